"""Who may change feedback: a page permission policy for the register and its ideas.

Wagtail grants page permissions per subtree, not per page type. Communicatie
needs to publish news and meetings under every neighbourhood, and the
feedback register lives in that same subtree, yet must stay out of its reach.
So for feedback pages (``IdeaIndexPage``, ``IdeaPage``) only the page
permissions of groups that also hold ``feedback.change_ideapage`` count.

The rule sits in a permission policy registered with Wagtail's
``policy_registry`` for those two models. Wagtail's ``PagePermissionTester``
reads its permissions from that registry, and the models' own listings (the
"Ideas" menu) ask it too, so edit, publish, delete, move, copy, revisions,
previews, workflow actions, bulk actions and listings all follow one rule.
"""

from django.contrib.auth.models import Group

from wagtail.models import PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

FEEDBACK_PERMISSION = ("feedback", "change_ideapage")


def feedback_groups():
    app_label, codename = FEEDBACK_PERMISSION
    return Group.objects.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    )


class FeedbackPagePermissionPolicy(PagePermissionPolicy):
    # Separate caches on the user object: the general page policy caches the
    # unfiltered permissions under its own names.
    permission_cache_name = "_feedback_page_permission_cache"
    _explorable_root_instance_cache_name = "_feedback_explorable_root_page_cache"

    def get_all_permissions_for_user(self, user):
        return super().get_all_permissions_for_user(user).filter(group__in=feedback_groups())


class IdeaPermissionTester(PagePermissionTester):
    """Adds the moderators' review step to publishing an idea, when it is switched on."""

    def can_publish(self):
        from .review import draft_needs_review

        return super().can_publish() and not draft_needs_review(self.page, self.user)


def register_feedback_policies():
    from feedback.models import IdeaIndexPage, IdeaPage

    for model in (IdeaIndexPage, IdeaPage):
        if not isinstance(
            policy_registry.get_by_type(model, fallback=False), FeedbackPagePermissionPolicy
        ):
            register_permission_policy(model, FeedbackPagePermissionPolicy(model), exact_class=True)


def user_may_change_feedback_under(user, page):
    """Whether the user may add feedback pages at or below ``page`` (any page type)."""
    from feedback.models import IdeaIndexPage

    policy = policy_registry.get_by_type(IdeaIndexPage)
    return policy.user_has_permission_for_instance(user, "add", page)
