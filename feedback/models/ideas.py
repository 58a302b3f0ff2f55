"""Ideas residents raised, and the public timeline of what happened with each.

Ideas are Wagtail pages under a neighbourhood's register page, so page
permissions per neighbourhood, revisions, moderation workflows, previews,
search and wagtail-localize all apply to them. Each idea's feedback updates are
an inline list on the idea; the idea keeps a few figures derived from that list
(current status, first and last answer, when the next answer is due) so the
register can filter, count and find overdue ideas in single queries.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from pages.compiled import compiled
from pages.models.base import BasePage
from plainlanguage.panels import PlainLanguagePanel

from ..status import CLOSED, NEEDS_REASON, RESIDENT_EXPLANATION, Source, Status, status_display


def promise_days():
    return settings.FEEDBACK_FIRST_ANSWER_DAYS, settings.FEEDBACK_FOLLOW_UP_DAYS


def is_overdue(answer_due_on, today):
    """Whether an idea with this deadline for its answer is late on ``today``."""
    return answer_due_on is not None and today > answer_due_on


class IdeaPage(BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("What the idea is, in a few plain sentences. Never the names of residents."),
    )
    theme = models.ForeignKey(
        "pages.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="ideas"
    )
    source = models.CharField(_("where it came from"), max_length=30, choices=Source.choices)
    received_on = models.DateField(_("received on"), default=datetime.date.today)
    event = models.ForeignKey(
        "pages.EventPage",
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ideas",
        help_text=_("The meeting where residents raised it, if any."),
    )
    next_steps = RichTextField(
        _("what you can do"),
        features=["bold", "link"],
        blank=True,
        help_text=_("Optional: what residents can do now, or whom to contact."),
    )

    # Derived from the feedback updates on every save; see ``refresh_status``.
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED, editable=False
    )
    get_status_display = status_display
    status_since = models.DateField(_("status since"), null=True, editable=False)
    first_answer_on = models.DateField(_("first answer on"), null=True, editable=False)
    days_to_first_answer = models.PositiveIntegerField(null=True, editable=False)
    last_answer_on = models.DateField(_("last answer on"), null=True, editable=False)
    answer_due_on = models.DateField(_("next answer due"), null=True, editable=False)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    # The register the idea is listed in, as the register's translation key: an
    # idea under the Dutch register and one under its English translation get
    # the same key, so one index serves every language's register (which shows
    # its own ideas plus the untranslated Dutch ones). Set on save from the
    # parent page, and on a move by ``feedback.signals``.
    register_key = models.UUIDField(null=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("source")]),
        FieldRowPanel([FieldPanel("received_on"), FieldPanel("event")]),
        InlinePanel("updates", label=_("Feedback update"), heading=_("What happened")),
        FieldPanel("next_steps"),
        PlainLanguagePanel(),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.FilterField("status"),
        index.RelatedFields("updates", [index.SearchField("message"), index.SearchField("reason")]),
    ]
    parent_page_types = ["feedback.IdeaIndexPage"]
    # Shown on the idea's page: read along with it when the router loads it.
    route_select_related = ("theme",)
    subpage_types = []

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        indexes = [
            models.Index(fields=["status"], name="idea_status"),
            models.Index(fields=["answer_due_on"], name="idea_answer_due"),
            models.Index(fields=["received_on"], name="idea_received"),
            # The register lists its ideas newest first, optionally filtered on one
            # status or one theme. With these, page 50 reads 1,000 index entries in
            # order instead of sorting the whole register (see IdeaIndexPage).
            models.Index(
                fields=["register_key", "-received_on", "-page_ptr"], name="idea_register_order"
            ),
            models.Index(
                fields=["register_key", "status", "-received_on", "-page_ptr"],
                name="idea_register_status_order",
            ),
            models.Index(
                fields=["register_key", "theme", "-received_on", "-page_ptr"],
                name="idea_register_theme_order",
            ),
        ]

    # The columns refresh_status() derives from the feedback updates.
    DERIVED_FIELDS = (
        "status",
        "status_since",
        "first_answer_on",
        "days_to_first_answer",
        "last_answer_on",
        "answer_due_on",
        "merged_into_id",
    )

    def derived_values(self):
        return {name: getattr(self, name) for name in self.DERIVED_FIELDS}

    def save(self, *args, **kwargs):
        self.refresh_status()
        self.refresh_register_key()
        return super().save(*args, **kwargs)

    def refresh_register_key(self):
        """Take the parent register's translation key; a page not in the tree yet
        (a preview, a form being checked) keeps what it has."""
        if not self.path or self.depth is None or self.depth < 2:
            return
        parent_path = self.path[: -self.steplen]
        self.register_key = (
            Page.objects.filter(path=parent_path).values_list("translation_key", flat=True).first()
        )

    def permissions_for_user(self, user):
        # Only feedback-capable groups count here, plus the moderators' review
        # step; see roles.permissions.
        from roles.permissions import IdeaPermissionTester

        return IdeaPermissionTester(user, self)

    def ordered_updates(self):
        """Updates oldest first; works on unsaved (in-form) updates too."""

        # Updates made in code have no sort_order, and the database returns them in
        # any order: break ties on the same day by sort_order, then by creation (pk),
        # then by position in the form, so "the latest" is the same on every database.
        def key(pair):
            position, update = pair
            return (
                update.date,
                update.sort_order is None,
                update.sort_order or 0,
                update.pk is None,
                update.pk or 0,
                position,
            )

        return [update for _, update in sorted(enumerate(self.updates.all()), key=key)]

    def refresh_status(self):
        first_days, follow_up_days = promise_days()
        updates = self.ordered_updates()
        latest = updates[-1] if updates else None
        self.status = latest.status if latest else Status.RECEIVED
        self.merged_into_id = (
            latest.merged_into_id if latest and latest.status == Status.MERGED else None
        )
        self.first_answer_on = updates[0].date if updates else None
        self.days_to_first_answer = (
            (self.first_answer_on - self.received_on).days
            if self.first_answer_on and self.received_on
            else None
        )
        self.last_answer_on = latest.date if latest else None
        since = None
        for update in reversed(updates):
            if update.status != self.status:
                break
            since = update.date
        self.status_since = since
        if self.status in CLOSED:
            self.answer_due_on = None
        elif self.status == Status.ON_HOLD:
            self.answer_due_on = latest.revisit_on
        elif latest is None:
            self.answer_due_on = self.received_on + datetime.timedelta(days=first_days)
        else:
            self.answer_due_on = latest.date + datetime.timedelta(days=follow_up_days)

    def is_overdue(self, today=None):
        return is_overdue(self.answer_due_on, today or timezone.localdate())

    @property
    def is_closed(self):
        return self.status in CLOSED

    @property
    def status_explanation(self):
        return RESIDENT_EXPLANATION[self.status]

    @property
    def listing_summary(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["updates"] = _updates_of(idea_id=self.pk)
        context["contact_people"] = _contact_people_at(
            neighbourhood_path=self.path[: -2 * self.steplen]
        )
        return context


class FeedbackUpdate(Orderable):
    idea = ParentalKey(IdeaPage, on_delete=models.CASCADE, related_name="updates")
    date = models.DateField(_("date"), default=datetime.date.today)
    status = models.CharField(_("new status"), max_length=20, choices=Status.choices)
    get_status_display = status_display
    message = models.TextField(
        _("message to residents"),
        help_text=_("What happened, in plain language. Short sentences, no names of residents."),
    )
    reason_code = models.ForeignKey(
        "feedback.ReasonCode",
        verbose_name=_("reason"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="updates",
        help_text=_("Required for not doing, on hold and referred."),
    )
    reason = models.TextField(
        _("why, in plain language"),
        blank=True,
        help_text=_("Start from the reason's standard text and adapt it to this idea."),
    )
    referred_to = models.CharField(
        _("referred to"),
        max_length=200,
        blank=True,
        help_text=_("The organisation that handles it now, and how residents reach it."),
    )
    revisit_on = models.DateField(
        _("we look again on"), null=True, blank=True, help_text=_("Required for on hold.")
    )
    merged_into = models.ForeignKey(
        IdeaPage,
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Required for merged."),
    )
    # The idea's ``register_key``, copied on save (and on a move, by
    # ``feedback.signals``): a neighbourhood's newest answers are then read from
    # one index, newest first, instead of walking every answer in the city
    # until three of that neighbourhood turn up (all of them, for a
    # neighbourhood with fewer than three answers).
    register_key = models.UUIDField(null=True, editable=False)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("status")]),
        FieldPanel("message"),
        MultiFieldPanel(
            [
                FieldPanel("reason_code"),
                FieldPanel("reason"),
                FieldRowPanel([FieldPanel("referred_to"), FieldPanel("revisit_on")]),
                FieldPanel("merged_into"),
            ],
            heading=_("When nothing (more) happens"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("feedback update")
        verbose_name_plural = _("feedback updates")
        # The newest answers (home page, feeds) read this index backwards instead
        # of sorting every update ever given.
        indexes = [
            models.Index(fields=["date", "id"], name="feedback_update_date_id"),
            models.Index(fields=["register_key", "-date", "-id"], name="feedback_update_register"),
        ]
        constraints = [
            models.CheckConstraint(
                name="feedback_reason_required",
                condition=~Q(status__in=sorted(NEEDS_REASON))
                | (Q(reason_code__isnull=False) & ~Q(reason="")),
                violation_error_message=_(
                    "Not doing, on hold and referred need a reason and an explanation."
                ),
            ),
            models.CheckConstraint(
                name="feedback_referred_names_organisation",
                condition=~Q(status=Status.REFERRED) | ~Q(referred_to=""),
                violation_error_message=_("Say to which organisation the idea was referred."),
            ),
            models.CheckConstraint(
                name="feedback_on_hold_has_revisit_date",
                condition=~Q(status=Status.ON_HOLD) | Q(revisit_on__isnull=False),
                violation_error_message=_("Say when we look at the idea again."),
            ),
            models.CheckConstraint(
                name="feedback_merged_names_idea",
                condition=~Q(status=Status.MERGED) | Q(merged_into__isnull=False),
                violation_error_message=_("Choose the idea this one was merged into."),
            ),
            models.CheckConstraint(
                name="feedback_message_not_empty",
                condition=~Q(message=""),
                violation_error_message=_("Write a message to residents."),
            ),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_status_display()}"

    def save(self, *args, **kwargs):
        self.register_key = self.idea.register_key
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.status in NEEDS_REASON:
            if self.reason_code_id is None:
                errors["reason_code"] = _("Choose a reason: residents must know why.")
            if not (self.reason or "").strip():
                errors["reason"] = _("Explain the reason in plain language.")
        if self.status == Status.REFERRED and not (self.referred_to or "").strip():
            errors["referred_to"] = _("Say to which organisation the idea was referred.")
        if self.status == Status.ON_HOLD and self.revisit_on is None:
            errors["revisit_on"] = _("Say when we look at the idea again.")
        if self.status == Status.MERGED and self.merged_into_id is None:
            errors["merged_into"] = _("Choose the idea this one was merged into.")
        if self.merged_into_id and self.merged_into_id == self.idea_id:
            errors["merged_into"] = _("An idea cannot be merged into itself.")
        if errors:
            raise ValidationError(errors)

    @property
    def status_explanation(self):
        return RESIDENT_EXPLANATION[self.status]


# What an idea's page lists, compiled once per process (pages.compiled).


@compiled
def _updates_of(*, idea_id):
    """The idea's answers, oldest first, with their reasons."""
    return (
        FeedbackUpdate.objects.filter(idea_id=idea_id)
        .select_related("reason_code")
        .order_by("date", "pk")
    )


@compiled
def _contact_people_at(*, neighbourhood_path):
    """The contact people of the neighbourhood page at this path."""
    from pages.models import ContactPerson

    return ContactPerson.objects.filter(neighbourhood__path=neighbourhood_path).order_by(
        "sort_order"
    )
