"""Admin registrations for the feedback register."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import IdeaListingViewSet, OverdueIdeasPanel
from .models import ReasonCode


class ReasonCodeViewSet(SnippetViewSet):
    model = ReasonCode
    icon = "help"
    list_display = ["title", "code", "active"]
    list_filter = ["active"]
    ordering = ["sort_order", "title"]
    add_to_admin_menu = False


register_snippet(ReasonCodeViewSet)


@hooks.register("register_admin_viewset")
def register_idea_listing():
    return IdeaListingViewSet()


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    panels.append(OverdueIdeasPanel(request))
