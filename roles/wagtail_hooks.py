"""Admin hooks of the roles: feedback pages only within a team's reach, and the review step."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks

from feedback.models import IdeaIndexPage, IdeaPage

from .permissions import user_may_change_feedback_under
from .review import divert_publish_to_review


@hooks.register("before_create_page")
def guard_feedback_page_creation(request, parent_page, page_class):
    # Adding a register under a neighbourhood is otherwise decided by the
    # neighbourhood's permissions, which Communicatie holds.
    if not issubclass(page_class, (IdeaIndexPage, IdeaPage)):
        return None
    if not request.user.is_superuser and not user_may_change_feedback_under(
        request.user, parent_page
    ):
        raise PermissionDenied
    if issubclass(page_class, IdeaPage):
        divert_publish_to_review(request, None, parent_page)
    return None


@hooks.register("before_edit_page")
def review_closing_feedback(request, page):
    if isinstance(page, IdeaPage):
        divert_publish_to_review(request, page, page.get_parent())
    return None


@hooks.register("register_admin_urls", order=-1)
def guard_translation_screens():
    from . import translations

    return translations.urlpatterns
