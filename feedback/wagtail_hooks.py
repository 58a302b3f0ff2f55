"""Admin registrations for the feedback register."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import IdeaListingViewSet, OverdueIdeasPanel
from .admin_votes import register_unclear_answers_viewset
from .bulk_entry import record_meeting_ideas, registers_for
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


@hooks.register("register_admin_urls")
def register_meeting_entry_url():
    return [path("ideeen-invoeren/", record_meeting_ideas, name="feedback_record_meeting")]


class MeetingEntryMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(registers_for(request.user))


@hooks.register("register_admin_menu_item")
def register_meeting_entry_menu_item():
    return MeetingEntryMenuItem(
        _("Record meeting ideas"),
        reverse("feedback_record_meeting"),
        icon_name="form",
        order=151,
    )


hooks.register("register_admin_viewset", register_unclear_answers_viewset)
