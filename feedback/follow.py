"""Following ideas and neighbourhoods by e-mail, and "Is this answer clear?": forms and views.

Following (double opt-in, no account):

1. The form (``templates/feedback/follow/follow_form.html``) stores an
   unconfirmed subscription and sends a confirmation e-mail. The answer is
   the same whether the address was new, waiting or already following, so
   the form does not tell anyone who follows what; no page ever shows an
   address.
2. The link in that e-mail opens a page with a button: confirming is a POST.
   Mail scanners open every link in an e-mail; if a GET confirmed, a scanner
   would confirm subscriptions that someone else made for this address.
3. Unsubscribing works the same way: the link shows a button. Mail programs
   that support RFC 8058 POST to a separate address without a CSRF token
   (they have none); the secret token in the address is the protection.

"Is this answer clear?": one vote per browser and update, remembered in a
signed cookie that lists the updates this browser voted on. A second vote on
the same update is ignored, not counted as a change of mind: a vote holds no
trace of who gave it (no IP address, no cookie id), so there is no earlier
vote to find and replace.
"""

import logging

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from wagtail.models import Page

from pagecache.decorators import form_page_cache_control

from . import notifications, ratelimit
from .models import AnswerVote, FeedbackUpdate, IdeaPage, Subscription
from .models.subscriptions import UNCONFIRMED_KEEP_DAYS, follow_target

logger = logging.getLogger(__name__)

# Each request sends an e-mail: limit them per client (see ``ratelimit``).
FOLLOW_SCOPE = "feedback-follow"
FOLLOW_REQUESTS_PER_CLIENT = 20
VOTE_SCOPE = "feedback-vote"
VOTES_PER_CLIENT = 100
RATE_LIMIT_PERIOD = 60 * 60  # seconds

HONEYPOT_FIELD = "website"

VOTE_COOKIE = "meedoen_answer_votes"
VOTE_COOKIE_SALT = "feedback.answer_votes"
VOTE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60
# A cookie holds about 4 kB: remember the most recent votes only.
VOTE_COOKIE_MAX_IDS = 300


# --- Following -----------------------------------------------------------------


def followable_page(page_id):
    """The live, public page with this id as its specific type, or None."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return None
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None or follow_target(page) is None:
        return None
    return page.specific


class FollowForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        error_messages={
            "required": _("Write your e-mail address."),
            "invalid": _("Write your e-mail address like name@example.nl."),
            "max_length": _("This e-mail address is too long."),
        },
    )
    page = forms.IntegerField(widget=forms.HiddenInput)
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = followable_page(self.data.get("page")) if self.is_bound else None

    @property
    def honeypot_filled(self):
        return bool(self.is_bound and self.data.get(HONEYPOT_FIELD, "").strip())

    def clean_page(self):
        if self.page is None:
            raise ValidationError(_("This page cannot be followed (any more)."), code="gone")
        return self.cleaned_data["page"]

    def error_summary(self):
        """(link target, message) for every error; the e-mail field is the one to fix."""
        return [("#follow-email", message) for message in self.errors.get("email", [])]


def request_follow(email, page, language=None):
    """Start the double opt-in for ``email`` and ``page``; returns False when the
    confirmation e-mail could not be sent.

    Also meant for other parts of the site, such as a resident who sends in an
    idea and leaves an address to hear what happens with it.
    """
    target = follow_target(page)
    if target is None:
        return False
    Subscription.objects.stale().delete()
    subscription = Subscription.objects.request(
        email, target, language=language or translation.get_language()
    )
    if subscription is None:  # a confirmation e-mail went out a moment ago
        return True
    try:
        notifications.send_confirmation(subscription)
    except Exception as error:  # the resident must get a clear answer
        logger.warning("Confirmation e-mail failed (%s)", type(error).__name__)
        # Allow a new try at once instead of after the resend interval.
        Subscription.objects.filter(pk=subscription.pk).update(confirmation_sent_at=None)
        return False
    return True


def render_follow_page(request, form, page, status=200):
    return render(
        request,
        "feedback/follow/follow_page.html",
        {
            "follow_form": form,
            "follow": page,
            "error_summary": form.error_summary() if form.is_bound else [],
        },
        status=status,
    )


@form_page_cache_control
@require_http_methods(["GET", "POST"])
def follow(request):
    if request.method == "GET":
        page = followable_page(request.GET.get("pagina"))
        if page is None:
            return unknown_link(request)
        return render_follow_page(request, FollowForm(initial={"page": page.pk}), page)

    form = FollowForm(request.POST)
    if form.honeypot_filled:
        # A bot gets the same answer as a person: it learns nothing to adapt to.
        return redirect(sent_url(form.page))
    if not form.is_valid():
        if form.page is None:
            return unknown_link(request)
        return render_follow_page(request, form, form.page)
    if ratelimit.limit_reached(request, FOLLOW_SCOPE, FOLLOW_REQUESTS_PER_CLIENT):
        form.add_error(
            "email",
            ValidationError(
                _("You asked for many e-mails in a short time. Try again in an hour."),
                code="rate_limited",
            ),
        )
        response = render_follow_page(request, form, form.page, status=429)
        response["Retry-After"] = str(RATE_LIMIT_PERIOD)
        return response
    if not request_follow(form.cleaned_data["email"], form.page):
        form.add_error(
            "email",
            ValidationError(
                _("We could not send the e-mail just now. Try again later."), code="not_sent"
            ),
        )
        return render_follow_page(request, form, form.page, status=503)
    ratelimit.count(request, FOLLOW_SCOPE, RATE_LIMIT_PERIOD)
    return redirect(sent_url(form.page))


def sent_url(page):
    url = reverse("feedback_follow_sent")
    if page is not None:
        url += "?" + urlencode({"pagina": page.pk})
    return url


@never_cache
@require_GET
def follow_sent(request):
    """The "check your mail" page. Never the address: others may see the screen."""
    return render(
        request,
        "feedback/follow/check_your_mail.html",
        {"follow": followable_page(request.GET.get("pagina")), "keep_days": UNCONFIRMED_KEEP_DAYS},
    )


def unknown_link(request):
    """The friendly "this link does not work" page, for unknown and expired tokens."""
    return render(
        request,
        "feedback/follow/unknown_link.html",
        {"keep_days": UNCONFIRMED_KEEP_DAYS},
        status=404,
    )


def subscription_for(token):
    """The subscription of a link's token, or None when the link no longer works."""
    subscription = (
        Subscription.objects.filter(token=token).select_related("idea", "neighbourhood").first()
    )
    if subscription is None or subscription.is_expired():
        return None
    return subscription


def target_context(subscription):
    target = subscription.target
    return {
        "subscription_target": target,
        "is_idea": isinstance(target, IdeaPage),
        "target_is_live": target.live,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    subscription = subscription_for(token)
    if subscription is None or subscription.unsubscribed_at is not None:
        return unknown_link(request)
    if request.method == "POST":
        subscription.confirm()
        return redirect(request.path)
    return render(
        request,
        "feedback/follow/confirm.html",
        {**target_context(subscription), "confirmed": subscription.confirmed_at is not None},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscription = subscription_for(token)
    if subscription is None:
        return unknown_link(request)
    if request.method == "POST":
        subscription.unsubscribe()
        return redirect(request.path)
    return render(
        request,
        "feedback/follow/unsubscribe.html",
        {
            **target_context(subscription),
            "unsubscribed": subscription.unsubscribed_at is not None,
        },
    )


@csrf_exempt  # RFC 8058: mail programs POST here without a token; the link's secret is enough
@never_cache
@require_POST
def unsubscribe_one_click(request, token):
    subscription = subscription_for(token)
    if subscription is None:
        return unknown_link(request)
    subscription.unsubscribe()
    return HttpResponse(
        translation.gettext("You will no longer get these e-mails."),
        content_type="text/plain; charset=utf-8",
    )


# --- Is this answer clear? -----------------------------------------------------


def voted_update_ids(request):
    value = request.get_signed_cookie(VOTE_COOKIE, default="", salt=VOTE_COOKIE_SALT)
    return [int(part) for part in value.split(",") if part.isdigit()]


def remember_vote(response, request, voted, update_id):
    voted = [pk for pk in voted if pk != update_id] + [update_id]
    response.set_signed_cookie(
        VOTE_COOKIE,
        ",".join(str(pk) for pk in voted[-VOTE_COOKIE_MAX_IDS:]),
        salt=VOTE_COOKIE_SALT,
        max_age=VOTE_COOKIE_MAX_AGE,
        secure=request.is_secure() or settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


@never_cache
@require_POST
def answer_vote(request, update_id):
    public_ideas = IdeaPage.objects.live().public()
    update = (
        FeedbackUpdate.objects.filter(pk=update_id, idea__in=public_ideas)
        .select_related("idea")
        .first()
    )
    if update is None:
        return unknown_link(request)
    answer = request.POST.get("clear", "")
    context = {"update": update, "idea": update.idea}
    if answer not in ("yes", "no"):
        return render(
            request,
            "feedback/follow/answer_vote_page.html",
            {**context, "vote_error": True},
            status=400,
        )
    voted = voted_update_ids(request)
    if update.pk in voted:
        return render(
            request, "feedback/follow/answer_vote_page.html", {**context, "already_voted": True}
        )
    if ratelimit.limit_reached(request, VOTE_SCOPE, VOTES_PER_CLIENT):
        return render(
            request,
            "feedback/follow/answer_vote_page.html",
            {**context, "rate_limited": True},
            status=429,
        )
    AnswerVote.objects.create(update=update, clear=answer == "yes")
    ratelimit.count(request, VOTE_SCOPE, RATE_LIMIT_PERIOD)
    response = render(
        request,
        "feedback/follow/answer_vote_page.html",
        {**context, "thanked": True, "clear": answer == "yes"},
    )
    remember_vote(response, request, voted, update.pk)
    return response
