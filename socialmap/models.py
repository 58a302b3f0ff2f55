"""The social map: organisations that help residents, and where to find them.

An ``Organisation`` is a Wagtail snippet, not a page. It belongs to several
neighbourhoods at once (a food bank serves two wijken), so it has no single
place in the page tree; as a snippet it gets the admin listing, search,
history and preview without a parent to choose.

Approval is publishing. ``DraftStateMixin`` keeps a draft apart from the live
version, and ``RevisionMixin`` keeps every version, so staff compare what an
organisation sent in with what is live (Wagtail shows the differences) and
publish it when it is right. Until then the public only ever sees the live row.

The relations are ``ParentalManyToManyField`` on a ``ClusterableModel`` on
purpose: only then are themes and neighbourhoods part of a revision. With a
plain ``ManyToManyField`` a draft change of neighbourhoods would change the
live entry at once, before anyone approved it.

The entry is not translatable (no ``TranslatableMixin``). Organisations write
it themselves, in Dutch; a translation made by staff would run behind each of
their changes, and the neighbourhood relation would have to follow page
translations. Instead the entry says which languages the organisation speaks,
and templates mark its text as Dutch for screen readers in other languages.
"""

import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models, transaction
from django.db.models.functions import Cast, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from pages.fields import MultipleChoiceJSONField
from pages.models.neighbourhoods import SPOKEN_LANGUAGES

NAME_MAX_LENGTH = 150
SUMMARY_MAX_LENGTH = 500
OPENING_HOURS_MAX_LENGTH = 300
SLUG_MAX_LENGTH = 80

# History entries of the public form (labels: wagtail_hooks.py).
SUBMITTED_ACTION = "socialmap.submitted"
CHANGE_SENT_ACTION = "socialmap.change_sent"

# Addresses under /sociale-kaart/ that are not organisations.
RESERVED_SLUGS = frozenset({"aanmelden"})

# Digits, spaces, dashes and brackets, with an optional + in front: 030-555 01 41,
# +31 30 555 0141, 14 030 (the municipal number has five digits).
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]+$")
PHONE_MIN_DIGITS = 5
PHONE_MAX_DIGITS = 15

postcode_validator = RegexValidator(
    r"^[1-9][0-9]{3} [A-Z]{2}$", _("Write the postcode like 3527 TK."), code="invalid_postcode"
)


def validate_phone(value):
    digits = sum(ch.isdigit() for ch in value)
    if not PHONE_PATTERN.match(value) or not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        raise ValidationError(
            _(
                "Write the phone number with digits, like 030 555 01 41. You may use spaces, "
                "dashes, brackets and a + at the start."
            ),
            code="invalid_phone",
        )


def validate_web_address(value):
    # URLValidator also accepts ftp://; a resident's browser should get a web page.
    try:
        scheme = urlsplit(value).scheme
    except ValueError:  # not an address at all (an unclosed "["): URLValidator says so
        return
    if scheme not in ("http", "https"):
        raise ValidationError(_("Write the website like www.example.nl."), code="invalid_scheme")


def validate_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("This address is used by the site itself. Choose another one."), code="reserved"
        )


def dutch_neighbourhoods():
    """Organisations are linked to the Dutch neighbourhood pages; a translated
    neighbourhood page shows the organisations of its Dutch original."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class OrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def for_listing(self):
        """Everything a card shows, in a fixed number of queries however many there are."""
        return self.prefetch_related("themes", "neighbourhoods").order_by(Lower("name"), "pk")

    def in_neighbourhood(self, neighbourhood):
        """Organisations of this neighbourhood page, or of its Dutch original."""
        source = neighbourhood.source_language_page() or neighbourhood
        return self.in_neighbourhood_page(source.pk)

    def in_neighbourhood_page(self, page_id):
        """Organisations linked to the neighbourhood page with this id."""
        links = self.model.neighbourhoods.through.objects.filter(neighbourhoodpage_id=page_id)
        return self.filter(pk__in=links.values("organisation_id"))

    def speaking(self, language_code):
        """Organisations that speak this language.

        The codes are a JSON list. Django's ``__contains`` on a JSONField does not
        work on SQLite, so the list is compared as text; a code in quotes matches
        only itself ("pa" does not match "pap"), and codes are checked against
        SPOKEN_LANGUAGES before they get here.
        """
        return self.alias(languages_text=Cast("languages", models.TextField())).filter(
            languages_text__contains=f'"{language_code}"'
        )


class Organisation(
    PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    # --- Public: shown on the social map --------------------------------------
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    slug = models.SlugField(
        _("address on the site"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        validators=[validate_not_reserved],
        help_text=_("Part of the link /sociale-kaart/…/. Changing it breaks shared links."),
    )
    summary = models.TextField(
        _("what they do"),
        max_length=SUMMARY_MAX_LENGTH,
        # TextField's max_length only reaches the form; the validator holds it for the model.
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("Plain language, for residents: who they help and with what."),
    )
    address = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(
        _("postcode"), max_length=7, blank=True, validators=[postcode_validator]
    )
    city = models.CharField(_("town"), max_length=100, blank=True)
    opening_hours = models.TextField(
        _("opening hours"),
        max_length=OPENING_HOURS_MAX_LENGTH,
        blank=True,
        validators=[MaxLengthValidator(OPENING_HOURS_MAX_LENGTH)],
        help_text=_("For example: Monday to Thursday 9.00 to 12.00. Or: by appointment."),
    )
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True, validators=[validate_web_address])
    languages = MultipleChoiceJSONField(
        _("languages spoken"), choices_list=SPOKEN_LANGUAGES, default=list
    )
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("themes"), blank=True, related_name="organisations"
    )
    neighbourhoods = ParentalManyToManyField(
        "pages.NeighbourhoodPage",
        verbose_name=_("neighbourhoods"),
        related_name="organisations",
        limit_choices_to=dutch_neighbourhoods,
    )

    # --- Not public: for the municipality only ---------------------------------
    # Never in a template for visitors, never in the search index, never in an
    # export. It travels with each revision, so staff see who sent a change.
    contact_name = models.CharField(_("contact person"), max_length=100, blank=True)
    contact_email = models.EmailField(_("contact person's e-mail"), blank=True)
    submitted_at = models.DateTimeField(
        _("sent in through the website"), null=True, blank=True, editable=False
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="organisation")

    objects = OrganisationQuerySet.as_manager()

    PUBLIC_FIELDS = (
        "name",
        "summary",
        "address",
        "postcode",
        "city",
        "opening_hours",
        "phone",
        "email",
        "website",
        "languages",
    )
    PUBLIC_RELATIONS = ("themes", "neighbourhoods")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("opening_hours"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("How residents reach them"),
        ),
        FieldPanel("languages"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("neighbourhoods", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("Contact for the municipality (not public)"),
            help_text=_(
                "Never shown on the website. Use it to check an entry before you publish it."
            ),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("summary"),
        index.SearchField("city"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("neighbourhoods", [index.SearchField("title")]),
        index.FilterField("live"),
        # The overview narrows by neighbourhood, theme and language in SQL
        # first and hands the search the matching ids (see ``search.py``).
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [models.Index(fields=["live", "name"])]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def get_absolute_url(self):
        return reverse("socialmap_organisation", kwargs={"slug": self.slug})

    # --- For templates -----------------------------------------------------------

    @property
    def language_names(self):
        return self._meta.get_field("languages").labels(self.languages)

    @property
    def phone_uri(self):
        """tel: wants digits (and a leading +) only."""
        if not self.phone:
            return ""
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def full_address(self):
        place = " ".join(part for part in (self.postcode, self.city) if part)
        return ", ".join(part for part in (self.address, place) if part)

    def public_values(self):
        """The public fields and relations, as the form and ``apply_public_values`` use them."""
        values = {name: getattr(self, name) for name in self.PUBLIC_FIELDS}
        for name in self.PUBLIC_RELATIONS:
            values[name] = list(getattr(self, name).all())
        return values

    @classmethod
    def comparable(cls, values):
        """Public values with relations as sorted ids: equal when nothing changed."""
        values = dict(values)
        for name in cls.PUBLIC_RELATIONS:
            values[name] = sorted(item.pk for item in values[name])
        return values

    # --- Preview: staff see the public page of a draft before they publish it ----

    def get_preview_template(self, request, mode_name):
        return "socialmap/organisation_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"organisation": self, "is_preview": True}

    # --- Sent in through the public form: always a draft -------------------------------

    def apply_public_values(self, values):
        for name in self.PUBLIC_FIELDS:
            setattr(self, name, values[name])
        for name in self.PUBLIC_RELATIONS:
            items = list(values[name])
            # Objects, never ids: given ids, modelcluster passes them straight to
            # the database, and a draft change would change the live entry at once.
            if not all(isinstance(item, models.Model) for item in items):
                raise TypeError(f"{name}: pass model instances, not ids")
            # Kept in memory until a full save: it goes into the revision only.
            getattr(self, name).set(items)

    @classmethod
    @transaction.atomic
    def submit_new(cls, values, *, contact_name, contact_email):
        """A new entry from the public form: a draft that nobody sees until staff publish it."""
        organisation = cls(
            slug=cls.available_slug(values["name"]),
            live=False,
            contact_name=contact_name,
            contact_email=contact_email,
            submitted_at=timezone.now(),
        )
        organisation.apply_public_values(values)
        organisation.save()
        revision = organisation.save_revision(log_action=SUBMITTED_ACTION)
        log(instance=organisation, action="wagtail.create", revision=revision)
        return organisation

    @transaction.atomic
    def submit_change(self, values, *, contact_name, contact_email):
        """A change to a live entry from the public form: a new draft revision.

        The live row is not saved: ``save_revision`` writes only the pointer to
        the latest revision and the "unpublished changes" flag. The live text
        stays until staff publish the revision, after comparing it with the
        live one. Anyone may send a change (there is no secret link to lose or
        forward); what keeps it safe is that staff check it, with the contact
        person's e-mail in the revision to ask back.
        """
        draft = type(self).objects.get(pk=self.pk)  # a copy: nothing of it is saved as live
        draft.apply_public_values(values)
        draft.contact_name = contact_name
        draft.contact_email = contact_email
        draft.submitted_at = timezone.now()
        draft.save_revision(log_action=CHANGE_SENT_ACTION)
        return draft

    # --- Addresses -----------------------------------------------------------------

    @classmethod
    def available_slug(cls, name):
        base = slugify(name)[: SLUG_MAX_LENGTH - 4].strip("-") or "organisatie"
        if base in RESERVED_SLUGS:
            base = f"{base}-organisatie"
        taken = set(cls.objects.filter(slug__startswith=base).values_list("slug", flat=True))
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug
