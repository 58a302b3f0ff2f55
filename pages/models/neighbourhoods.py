"""Neighbourhoods (wijken) with their people, news and meetings."""

import datetime
from operator import attrgetter

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey

from plainlanguage.panels import PlainLanguagePanel

from ..blocks import BodyBlock
from ..calendar import events_to_ical
from ..compiled import compiled
from ..fields import MultipleChoiceJSONField, optional_image
from ..locales import default_locale
from .base import (
    BasePage,
    BasePageQuerySet,
    attach_parents,
    localized_with_fallback,
    public_pages,
)

# CBS codes: WK + 4-digit municipality + 2-digit wijk, or BU + 4 + 2 + 2 for a buurt.
cbs_code_validator = RegexValidator(
    r"^(WK\d{6}|BU\d{8})$",
    _("Use the CBS code of the wijk (WK and 6 digits) or buurt (BU and 8 digits)."),
)

SPOKEN_LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("pl", _("Polish")),
    ("ber", _("Berber (Tamazight)")),
    ("so", _("Somali")),
    ("ti", _("Tigrinya")),
    ("uk", _("Ukrainian")),
    ("fa", _("Persian")),
    ("es", _("Spanish")),
    ("pap", _("Papiamento")),
]


# How many news items and meetings the neighbourhood page shows; the agenda shows all meetings.
SHOWN_ON_PAGE = 5

# The kinds of page NeighbourhoodPage.listings() reads below a neighbourhood, by
# the name of their table's link to Wagtail's page table.
LISTED_TYPES = {
    "register": "ideaindexpage",
    "news": "neighbourhoodupdatepage",
    "meeting": "eventpage",
}


def _numbered(*order_by):
    """1, 2, 3 … for the pages of each type, in the given order."""
    return Window(RowNumber(), partition_by=[F("content_type")], order_by=list(order_by))


def _of_kind(rows, kind, order):
    """The pages of one kind among the ``rows`` of ``listings()``, as their own
    type, sorted on the row attribute ``order``."""
    link = LISTED_TYPES[kind]
    # A row of another kind has no such page: Django raises an AttributeError.
    found = [row for row in rows if getattr(row, link, None) is not None]
    return [getattr(row, link) for row in sorted(found, key=attrgetter(order))]


def _below(path, depth, source_path=None, source_depth=None):
    """Pages at ``depth`` under ``path``, and under ``source_path`` if given."""
    below = models.Q(path__startswith=path, depth=depth)
    if source_path is not None:
        below |= models.Q(path__startswith=source_path, depth=source_depth)
    return below


@compiled
def _listing_rows(
    locale_id, source_locale_id, limit, *, path, depth, now, source_path=None, source_depth=None
):
    """The rows of ``NeighbourhoodPage.listings``, compiled once (pages.compiled):
    the pages right below ``path`` (and ``source_path``, the Dutch original of a
    translated neighbourhood) at ``depth``."""
    children = public_pages().filter(_below(path, depth, source_path, source_depth))
    is_news = models.Q(neighbourhoodupdatepage__isnull=False)
    is_meeting = models.Q(eventpage__isnull=False)
    is_register = models.Q(ideaindexpage__isnull=False)
    # As in upcoming_events(): which items are translated is decided among
    # all meetings, past ones too, before the past ones are left out.
    dated = localized_with_fallback(
        children.filter(is_news | is_meeting), locale_id, source_locale_id
    )
    dated = dated.filter(is_news | models.Q(eventpage__end__gte=now))
    return (
        (dated | children.filter(is_register))
        .select_related(*LISTED_TYPES.values())
        .annotate(
            news_rank=_numbered(F("neighbourhoodupdatepage__date").desc(), F("pk").desc()),
            meeting_rank=_numbered(F("eventpage__start").asc(), F("pk").asc()),
        )
        .filter(
            is_register
            | (is_news & models.Q(news_rank__lte=limit))
            | (is_meeting & models.Q(meeting_rank__lte=limit))
        )
    )


def without_neighbourhood_name(pages):
    """``pages`` for cards that need not name their neighbourhood (the
    neighbourhood's own page lists them). Said outright: a card asking for a
    ``parent_page`` that is not there costs the template engine three failed
    lookups, about 0.15 ms a card."""
    pages = list(pages)
    for page in pages:
        page.parent_page = None
    return pages


class NeighbourhoodIndexPage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), PlainLanguagePanel()]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NeighbourhoodPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("neighbourhoods overview")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["neighbourhoods"] = (
            NeighbourhoodPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .order_by("title")
        )
        return context


class NeighbourhoodPage(RoutablePageMixin, BasePage):
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=10,
        validators=[cbs_code_validator],
        help_text=_("The official code of Statistics Netherlands, for example WK034408."),
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul"])
    image = optional_image()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("cbs_code"),
        FieldPanel("intro"),
        FieldPanel("image"),
        InlinePanel("contact_people", label=_("Contact people"), heading=_("Whom to talk to")),
        PlainLanguagePanel(),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.FilterField("cbs_code"),
        index.RelatedFields(
            "contact_people", [index.SearchField("name"), index.SearchField("role")]
        ),
    ]
    # Codes and addresses are the same in every language: copied, not translated.
    override_translatable_fields = [SynchronizedField("cbs_code")]
    parent_page_types = ["pages.NeighbourhoodIndexPage"]
    subpage_types = ["pages.NeighbourhoodUpdatePage", "pages.EventPage", "feedback.IdeaIndexPage"]
    route_select_related = ("image",)

    class Meta:
        verbose_name = _("neighbourhood")

    def clean(self):
        super().clean()
        duplicate = (
            NeighbourhoodPage.objects.filter(cbs_code=self.cbs_code, locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
            .first()
        )
        if duplicate:
            raise ValidationError(
                {"cbs_code": _("%(title)s already has this CBS code.") % {"title": duplicate.title}}
            )

    def _roots(self):
        """Where this page's items are, as ``_below`` takes them: right below
        this page and, for a translation, below its Dutch original (a
        translation may lack some news, so the Dutch items fill in)."""
        roots = {"path": self.path, "depth": self.depth + 1}
        source = self.source_language_page()
        if source is not None:
            roots.update(source_path=source.path, source_depth=source.depth + 1)
        return roots

    def _children(self, model):
        return localized_with_fallback(
            model.objects.live().public().filter(_below(**self._roots())), self.locale_id
        )

    def updates(self):
        return self._children(NeighbourhoodUpdatePage).order_by("-date", "-pk")

    def upcoming_events(self):
        return self._children(EventPage).filter(end__gte=timezone.now()).order_by("start", "pk")

    def listings(self, limit=SHOWN_ON_PAGE):
        """``(registers, news, meetings)`` below this page, in one query: the
        newest ``limit`` news items and the next ``limit`` meetings, as
        ``updates()`` and ``upcoming_events()`` list them, and the feedback
        registers that ``feedback_register`` chooses from.

        The child tables come along (select_related), and a window per kind
        numbers its items in its own order: only the first ``limit`` of each
        are read, however much news there is.
        """
        rows = _listing_rows(
            self.locale_id, default_locale().id, limit, now=timezone.now(), **self._roots()
        )
        return (
            _of_kind(rows, "register", order="path"),
            _of_kind(rows, "news", order="news_rank"),
            _of_kind(rows, "meeting", order="meeting_rank"),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        registers, news, meetings = self.listings()
        context["latest_updates"] = without_neighbourhood_name(news)
        context["upcoming_events"] = without_neighbourhood_name(meetings)
        context["contact_people"] = self.contact_people_with_pictures()
        context.update(self.feedback_context(registers))
        return context

    def contact_people_with_pictures(self):
        """The contact people with their photos; the renditions of those photos
        and of this page's own picture come in one query for all."""
        people = _contact_people(page_id=self.pk)
        images = [image for image in [self.image, *(p.photo for p in people)] if image]
        prefetch_related_objects(images, "renditions")
        return people

    def feedback_register(self, registers):
        """The feedback register below this page, or else below its Dutch
        original, among ``registers`` (see ``listings``); its own Dutch
        original comes with it, so its ideas need no query to find that."""
        source = self.source_language_page()
        registers = sorted(registers, key=attrgetter("path"))
        own = [page for page in registers if page.path.startswith(self.path)]
        originals = [page for page in registers if source and page.path.startswith(source.path)]
        register = (own or originals or [None])[0]
        if register is not None and register not in originals:
            key = register.translation_key
            original = [page for page in originals if page.translation_key == key]
            if original:
                register._source_language_page = original[0]
        return register

    def feedback_context(self, registers):
        from feedback.queries import latest_updates

        register = self.feedback_register(registers)
        if register is None:
            return {"register": None, "latest_feedback": []}
        tally = register.cached_tally()
        return {
            "register": register,
            "register_counts": tally.status_counts(),
            "register_figures": tally.on_time(),
            "latest_feedback": latest_updates(register=register, limit=3),
        }

    @path("agenda/", name="agenda")
    def agenda(self, request):
        """All upcoming meetings in this neighbourhood, as a list and a calendar feed."""
        # Only the page and its meetings: not the rest of the neighbourhood page.
        context = super().get_context(request)
        context["events"] = without_neighbourhood_name(self.upcoming_events())
        return TemplateResponse(request, "pages/neighbourhood_agenda.html", context)

    @path("agenda/ics/", name="agenda_ics")
    def agenda_ics(self, request):
        events = attach_parents(self.upcoming_events())
        return ical_response(events_to_ical(events, request, name=self.title), f"{self.slug}.ics")


class ContactPerson(Orderable):
    neighbourhood = ParentalKey(
        NeighbourhoodPage, on_delete=models.CASCADE, related_name="contact_people"
    )
    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=150, help_text=_("For example: key person"))
    photo = optional_image(_("photo"))
    where_and_when = models.CharField(
        _("where and when to find them"),
        max_length=250,
        help_text=_("For example: Tuesday mornings in community centre De Kikker"),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("where_and_when"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("phone")]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return self.name


class NeighbourhoodUpdatePage(BasePage):
    date = models.DateField(_("date"), default=datetime.date.today)
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two short sentences in plain language.")
    )
    image = optional_image()
    body = StreamField(BodyBlock(), verbose_name=_("content"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        PlainLanguagePanel(),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["pages.NeighbourhoodPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("neighbourhood update")
        # Lists show the newest first and stop after a few: read in this order,
        # PostgreSQL stops early instead of reading every page of a city.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]


class EventQuerySet(BasePageQuerySet):
    def upcoming(self, now):
        return self.live().filter(end__gte=now).order_by("start", "pk")


class EventPage(RoutablePageMixin, BasePage):
    class EventType(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        INFORMATION_MARKET = "information_market", _("Information market")
        EVALUATION = "evaluation", _("Evaluation")

    class Payment(models.TextChoices):
        NONE = "none", _("No payment")
        VOUCHER = "voucher", _("Gift voucher")
        CASH = "cash", _("Money")
        OTHER = "other", _("Other reward")

    event_type = models.CharField(
        _("type"), max_length=30, choices=EventType.choices, default=EventType.MEETING
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    location_name = models.CharField(_("place"), max_length=150, help_text=_("Name of the place"))
    address = models.CharField(_("address"), max_length=250)
    food_and_drink = models.CharField(
        _("food and drink"),
        max_length=200,
        blank=True,
        help_text=_("What there is to eat and drink. Leave empty if there is nothing."),
    )
    payment = models.CharField(
        _("payment for visitors"), max_length=20, choices=Payment.choices, default=Payment.NONE
    )
    payment_details = models.CharField(
        _("payment details"),
        max_length=200,
        blank=True,
        help_text=_("For example: a supermarket gift card of 15 euros, no login needed."),
    )
    languages = MultipleChoiceJSONField(
        _("languages spoken"), choices_list=SPOKEN_LANGUAGES, default=list
    )
    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ul"], blank=True
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("event_type"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel([FieldPanel("location_name"), FieldPanel("address")], heading=_("Where")),
        FieldPanel("food_and_drink"),
        FieldRowPanel([FieldPanel("payment"), FieldPanel("payment_details")]),
        FieldPanel("languages"),
        FieldPanel("description"),
        PlainLanguagePanel(),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("location_name"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    override_translatable_fields = [
        SynchronizedField("location_name"),
        SynchronizedField("address"),
    ]
    parent_page_types = ["pages.NeighbourhoodPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        indexes = [
            models.Index(fields=["end", "start"]),
            # The home page's next meetings, read in the order shown: PostgreSQL
            # stops after the first few upcoming ones instead of joining every
            # meeting of the city to its page and sorting them (2.1 → 0.4 ms at 20×).
            models.Index(fields=["start", "page_ptr"], name="event_start_order"),
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})
        if self.payment == self.Payment.NONE and self.payment_details:
            raise ValidationError(
                {"payment_details": _("Choose how visitors are paid, or leave this empty.")}
            )

    @property
    def language_names(self):
        return self._meta.get_field("languages").labels(self.languages)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @path("ics/", name="ics")
    def ics(self, request):
        self.parent_page = self.get_parent()
        return ical_response(events_to_ical([self], request), f"{self.slug}.ics")


def ical_response(payload, filename):
    response = HttpResponse(payload, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@compiled
def _contact_people(*, page_id):
    """A neighbourhood page's contact people, in the editors' order, with photos."""
    return ContactPerson.objects.filter(neighbourhood_id=page_id).select_related("photo")
