"""Residents submit an idea online: the form, its spam checks and the views.

A submitted idea becomes an unpublished draft ``IdeaPage`` under the
neighbourhood's register, with a revision, and enters the moderation workflow
when one applies to that part of the page tree. Staff rewrite it where needed
(no names of residents) and publish it; until then it is nowhere public.

Spam is kept out without third-party services: a honeypot field that people
do not see, a signed timestamp that tells how long the form was open (bots are
fast, and a form open for hours gets a fresh timestamp), and a limit on the
number of ideas per client (see ``ratelimit``).
"""

import datetime
import unicodedata

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from wagtail.log_actions import log
from wagtail.models import Site

from pagecache.decorators import form_page_cache_control
from pages.facets import slug_param
from pages.locales import default_locale
from pages.models import NeighbourhoodPage, StandardPage, Theme

from . import ratelimit
from .models import IdeaIndexPage, IdeaPage
from .queries import register_of
from .status import Source

IDEA_MIN_LENGTH = 10
# The idea becomes the public summary, which editors keep to 600 characters.
IDEA_MAX_LENGTH = 600
TITLE_MAX_LENGTH = 60
SLUG_MAX_LENGTH = 50

# A person needs more than a few seconds to write an idea; a form open for
# hours was probably forgotten in a tab, and is sent again with a new stamp.
MIN_FILL_TIME = datetime.timedelta(seconds=3)
MAX_FILL_TIME = datetime.timedelta(hours=2)
STARTED_SALT = "feedback.submission.started"

RATE_LIMIT_SCOPE = "feedback-submit"
IDEAS_PER_CLIENT = 5
RATE_LIMIT_PERIOD = 60 * 60  # seconds

# The field a person never sees; bots tend to fill in anything called "website".
HONEYPOT_FIELD = "website"


# --- The follow feature connects here -------------------------------------------


def after_submission(idea, email):
    """Called once a resident's idea is stored, with the e-mail address they gave
    (an empty string when they gave none).

    The address is not stored on the idea: it starts following the idea, which
    keeps it only after the resident confirms it (double opt-in).
    """
    if email:
        from .follow import request_follow

        # Double opt-in: nothing is sent to the resident's address but the
        # confirmation, and nothing kept unless they confirm.
        request_follow(email, idea)


# --- Helpers -----------------------------------------------------------------


def form_started_token(when=None):
    """A signed stamp of the moment the form was shown; tests pass a moment in the past."""
    when = when or timezone.now()
    return signing.dumps(int(when.timestamp()), salt=STARTED_SALT)


def time_since_started(token, now=None):
    """How long the form was open, or None when the stamp is missing or tampered with."""
    try:
        started = signing.loads(token, salt=STARTED_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(started, int):
        return None
    now = now or timezone.now()
    return now - datetime.datetime.fromtimestamp(started, tz=datetime.UTC)


def plain_text(value):
    """The text as typed, without control characters (a NUL byte breaks PostgreSQL).

    Line breaks stay, as the resident's paragraphs; tabs become spaces. HTML is
    kept as the literal text it is: templates escape it on output.
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in value if ch == "\n" or unicodedata.category(ch) != "Cc").strip()


def title_from(text, limit=TITLE_MAX_LENGTH):
    """The first words of the idea, on a word boundary, for staff to improve."""
    words = text.split()
    whole = " ".join(words)
    if len(whole) <= limit:
        return whole
    title = ""
    for word in words:
        candidate = f"{title} {word}" if title else word
        if len(candidate) > limit - 1:
            break
        title = candidate
    # One very long "word" (a link, say): cut it.
    title = title or words[0][: limit - 1]
    return title.rstrip(",.;:!?-–") + "…"


def available_slug(register, title):
    base = slugify(title)[:SLUG_MAX_LENGTH].strip("-") or "idee"
    taken = set(
        IdeaPage.objects.child_of(register)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def neighbourhoods_with_register():
    """Live Dutch neighbourhoods that have a public register to put ideas in.

    Ideas are moderated in Dutch, the source language; translations follow.
    """
    locale = default_locale()
    register_paths = IdeaIndexPage.objects.live().public().filter(locale=locale)
    parent_paths = [
        path[: -IdeaIndexPage.steplen] for path in register_paths.values_list("path", flat=True)
    ]
    return (
        NeighbourhoodPage.objects.live()
        .public()
        .filter(locale=locale, path__in=parent_paths)
        .order_by("title")
    )


def fallback_theme():
    return Theme.objects.order_by("name").first()


@transaction.atomic
def create_draft_idea(register, text, theme):
    """Store the idea as a draft with a revision, and start moderation; never publish."""
    # Residents sending ideas at the same moment would pick the same free slug
    # and tree position: one at a time per register, each seeing the one before.
    register = IdeaIndexPage.objects.select_for_update().get(pk=register.pk)
    title = title_from(text)
    idea = IdeaPage(
        title=title,
        slug=available_slug(register, title),
        summary=text,
        theme=theme,
        source=Source.ONLINE_FORM,
        received_on=timezone.localdate(),
        live=False,
    )
    register.add_child(instance=idea)
    log(instance=idea, action="wagtail.create", content_changed=True)
    idea.save_revision()
    # Wagtail's default "Moderators approval" workflow (or one set for this part
    # of the tree) puts the idea in the moderators' task list. Without a
    # workflow, the draft with its revision still shows in the page explorer.
    workflow = idea.get_workflow()
    if workflow is not None:
        workflow.start(idea, user=None)
    return idea


# --- The form ----------------------------------------------------------------


class PlainTextField(forms.CharField):
    def to_python(self, value):
        return plain_text(super().to_python(value))


class RecordChoiceField(forms.ModelChoiceField):
    """A choice from the database; an id too large for SQLite's integers (an
    OverflowError there) is an unknown choice like any other."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from None


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several choices from the database; see ``RecordChoiceField``."""

    def _check_values(self, value):
        try:
            return super()._check_values(value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": "…"},
            ) from None


class SpamGuard:
    """Honeypot and fill-time checks shared by the public forms.

    A form using it has a hidden ``started`` field with a signed timestamp and
    names its honeypot field in ``honeypot_field``.
    """

    honeypot_field = HONEYPOT_FIELD
    too_fast_message = _("You sent the form very quickly. Check your idea and send it again.")

    @property
    def honeypot_filled(self):
        return bool(self.is_bound and self.data.get(self.honeypot_field, "").strip())

    def clean_started(self):
        open_for = time_since_started(self.cleaned_data["started"])
        if open_for is None or open_for > MAX_FILL_TIME:
            raise ValidationError(
                _("The form was open for a long time. Your text is still here: send it again."),
                code="expired",
            )
        if open_for < MIN_FILL_TIME:
            raise ValidationError(self.too_fast_message, code="too_fast")
        return self.cleaned_data["started"]


class IdeaSubmissionForm(SpamGuard, forms.Form):
    neighbourhood = RecordChoiceField(
        queryset=NeighbourhoodPage.objects.none(),
        label=_("Which neighbourhood is your idea about?"),
        empty_label=_("Choose a neighbourhood"),
        error_messages={
            "required": _("Choose the neighbourhood your idea is about."),
            "invalid_choice": _("Choose a neighbourhood from the list."),
        },
    )
    idea = PlainTextField(
        label=_("Your idea"),
        help_text=_(
            "Write what you want to change or keep, and where. Do not write names of other people."
        ),
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "true"}),
        # No maxlength attribute: a browser would cut off pasted text without a word.
        validators=[
            MinLengthValidator(
                IDEA_MIN_LENGTH,
                _("Your idea is too short. Write at least %(limit_value)d characters."),
            ),
            MaxLengthValidator(
                IDEA_MAX_LENGTH,
                _(
                    "Your idea is too long: %(show_value)d characters. "
                    "Make it shorter, to at most %(limit_value)d characters."
                ),
            ),
        ],
        error_messages={"required": _("Write your idea.")},
    )
    theme = RecordChoiceField(
        queryset=Theme.objects.order_by("name"),
        required=False,
        label=_("What is your idea about? (optional)"),
        empty_label=_("I do not know"),
        help_text=_("If you do not know, we choose it for you."),
        error_messages={"invalid_choice": _("Choose a subject from the list.")},
    )
    email = forms.EmailField(
        required=False,
        label=_("Your e-mail address (optional)"),
        help_text=_(
            "Only if you want to hear what happens with your idea. We do not show it anywhere."
        ),
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "inputmode": "email", "spellcheck": "false"}
        ),
        error_messages={
            "invalid": _("Write your e-mail address like name@example.nl, or leave it empty.")
        },
    )
    consent = forms.BooleanField(
        label=_("I have read this and I agree"),
        help_text=_("We use your idea to improve the neighbourhood."),
        error_messages={
            "required": _("Tick the box to say you agree. Otherwise we cannot use your idea.")
        },
    )
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["neighbourhood"].queryset = neighbourhoods_with_register()
        if not self.is_bound:
            self.initial.setdefault("started", form_started_token())
        self.register = None

    def clean_neighbourhood(self):
        neighbourhood = self.cleaned_data["neighbourhood"]
        self.register = register_of(neighbourhood)
        if self.register is None:  # removed since the form was shown
            raise ValidationError(
                self.fields["neighbourhood"].error_messages["invalid_choice"],
                code="invalid_choice",
            )
        return neighbourhood

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("theme"):
            cleaned_data["theme"] = fallback_theme()
            if cleaned_data["theme"] is None:
                # An idea needs a theme; without any, staff have not set up the register yet.
                raise ValidationError(
                    _(
                        "We cannot receive ideas online right now. Your text is still here: "
                        "try again later, or call or e-mail us."
                    ),
                    code="no_theme",
                )
        return cleaned_data

    def renew_started(self):
        """Give the form a new stamp after a timing error, keeping everything else."""
        if self.has_error("started"):
            self.data = self.data.copy()
            self.data["started"] = form_started_token()

    def error_summary(self):
        """(link target, message) for every error, in the order of the form.

        Errors about the form as a whole link to the idea, the text worth checking.
        """
        idea_anchor = f"#{self['idea'].auto_id}"
        items = [(idea_anchor, message) for message in self.non_field_errors()]
        items += [(idea_anchor, message) for message in self["started"].errors]
        for name in ("neighbourhood", "idea", "theme", "email", "consent"):
            field = self[name]
            items += [(f"#{field.auto_id}", message) for message in field.errors]
        return items

    def save(self):
        return create_draft_idea(
            self.register, self.cleaned_data["idea"], self.cleaned_data["theme"]
        )


# --- The views ---------------------------------------------------------------


def privacy_page(request):
    """The privacy statement, linked from the consent question (``/privacy/`` if missing)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return StandardPage.objects.live().child_of(site.root_page).filter(slug="privacy").first()


def received_url(neighbourhood=None):
    url = reverse("feedback_submit_received")
    if neighbourhood is not None:
        url += "?" + urlencode({"wijk": neighbourhood.slug})
    return url


@form_page_cache_control
@require_http_methods(["GET", "POST"])
def submit_idea(request):
    status = 200
    if request.method == "POST":
        form = IdeaSubmissionForm(request.POST)
        if form.honeypot_filled:
            # Answer a bot as if all went well: it learns nothing to adapt to.
            return redirect(received_url())
        limited = ratelimit.limit_reached(request, RATE_LIMIT_SCOPE, IDEAS_PER_CLIENT)
        if form.is_valid() and not limited:
            idea = form.save()
            # Only stored ideas count: a resident correcting mistakes is not held back.
            ratelimit.count(request, RATE_LIMIT_SCOPE, RATE_LIMIT_PERIOD)
            after_submission(idea, form.cleaned_data["email"])
            return redirect(received_url(form.cleaned_data["neighbourhood"]))
        if limited:
            form.add_error(
                None,
                ValidationError(
                    _(
                        "You have sent the most ideas we accept in one hour. Your text is "
                        "still here: send it again in an hour, or call or e-mail us."
                    ),
                    code="rate_limited",
                ),
            )
            status = 429
        form.renew_started()
    else:
        chosen = slug_param(request.GET.get("wijk", "")[:100])
        neighbourhood = neighbourhoods_with_register().filter(slug=chosen).first()
        form = IdeaSubmissionForm(initial={"neighbourhood": neighbourhood})
    response = render(
        request,
        "feedback/submit/form.html",
        {
            "form": form,
            "error_summary": form.error_summary() if form.is_bound else [],
            "privacy_page": privacy_page(request),
            "min_length": IDEA_MIN_LENGTH,
            "max_length": IDEA_MAX_LENGTH,
        },
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(RATE_LIMIT_PERIOD)
    return response


@require_GET
def submission_received(request):
    chosen = slug_param(request.GET.get("wijk", "")[:100])
    neighbourhood = neighbourhoods_with_register().filter(slug=chosen).first() if chosen else None
    return render(
        request,
        "feedback/submit/received.html",
        {
            "neighbourhood": neighbourhood,
            "register": register_of(neighbourhood) if neighbourhood else None,
            "answer_days": settings.FEEDBACK_FIRST_ANSWER_DAYS,
        },
    )


def fresh_started_token(request):
    """For the page cache: a cached form gets the moment this visitor opened it."""
    return form_started_token()
