"""The moderators' review step for feedback that closes an idea without action.

Where the municipality switches it on (Settings > Feedback review), a
neighbourhood team cannot publish an idea whose newest feedback update says
not doing, on hold or referred, unless that update is already live. Pressing
"Publish" then submits the idea to its workflow instead, where Moderatoren
approve (and thereby publish) it. Users holding
``roles.publish_closing_feedback`` (Moderatoren, Beheerders) skip the step.

Two places enforce it: the editor (the content comes from the submitted
form, see ``divert_publish_to_review``) and ``IdeaPermissionTester.can_publish``
(the stored draft; this covers bulk publishing and every other route that
publishes the latest revision).
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from feedback.status import NEEDS_REASON

SKIP_REVIEW_PERMISSION = "roles.publish_closing_feedback"


def review_switched_on():
    from .models import FeedbackReviewSettings

    return FeedbackReviewSettings.load().review_closing_feedback


def user_skips_review(user):
    return user.is_superuser or user.has_perm(SKIP_REVIEW_PERMISSION)


def answer_of(update):
    return (
        update.date,
        update.status,
        update.message,
        update.reason_code_id,
        update.reason,
        update.referred_to,
        update.revisit_on,
    )


def closes_without_action(version, live):
    """Whether ``version`` newly closes the idea without action, compared with ``live``.

    ``live`` is the published idea, or None when the idea was never published.
    """
    updates = version.ordered_updates()
    if not updates or updates[-1].status not in NEEDS_REASON:
        return False
    live_updates = live.ordered_updates() if live is not None and live.live else []
    return not live_updates or answer_of(live_updates[-1]) != answer_of(updates[-1])


def needs_review(user, version, live):
    if user_skips_review(user) or not review_switched_on():
        return False
    return closes_without_action(version, live)


def draft_needs_review(idea, user):
    if not idea.pk or not idea.has_unpublished_changes:
        return False
    if user_skips_review(user) or not review_switched_on():
        return False
    stored = type(idea).objects.get(pk=idea.pk)
    return closes_without_action(stored.get_latest_revision_as_object(), stored)


def submitted_version(request, page_class, instance, parent):
    """The idea as the editor's form would save it, or None when the form is invalid."""
    form_class = page_class.get_edit_handler().get_form_class()
    form = form_class(
        request.POST, request.FILES, instance=instance, parent_page=parent, for_user=request.user
    )
    if not form.is_valid():
        return None
    return form.save(commit=False)


def divert_publish_to_review(request, page, parent):
    """Turn "Publish" into "Submit for moderation" when the feedback needs review.

    ``page`` is the idea as the editor shows it (None when creating one). The
    form is checked on a copy, so the editor's own instance stays untouched.
    """
    from feedback.models import IdeaPage

    if request.method != "POST" or not request.POST.get("action-publish"):
        return
    if user_skips_review(request.user) or not review_switched_on():
        return
    if page is None:
        instance, live = IdeaPage(owner=request.user, locale=parent.locale), None
    else:
        instance = page.with_content_json(page.serializable_data())
        live = IdeaPage.objects.get(pk=page.pk)
    version = submitted_version(request, IdeaPage, instance, parent)
    if version is None or not closes_without_action(version, live):
        return
    post = request.POST.copy()
    del post["action-publish"]
    post["action-submit"] = "1"
    request.POST = post
    messages.info(
        request,
        _(
            "Feedback that closes an idea without action is checked by the moderators "
            "before it is published."
        ),
    )
