"""Staff: the answers residents found unclear ("Is this answer clear?" → no).

A report in the admin's Reports menu: feedback updates with at least one
"unclear" vote, the most unclear first, each linking to its idea's edit page.
Editors see the answers of the ideas they may edit, so each neighbourhood's
team sees its own.

It lists updates with their counts, not single votes: a single vote says
little, and votes hold nothing else to look at. Updates are not edited here;
they are part of the idea page (revisions, moderation).
"""

from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import policy_registry

from .models import FeedbackUpdate, IdeaPage
from .models.votes import unclear_answers


def idea_edit_url(update):
    return reverse("wagtailadmin_pages:edit", args=[update.idea_id])


class UnclearAnswersView(BaseListingView):
    page_title = _("Unclear answers")
    header_icon = "help"
    paginate_by = 50
    columns = [
        TitleColumn("idea", label=_("Idea"), accessor="idea.title", get_url=idea_edit_url),
        DateColumn("date", label=_("Date of the answer"), sort_key="date"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column(
            "message",
            label=_("Message to residents"),
            accessor=lambda update: Truncator(update.message).words(20),
        ),
        Column("unclear_votes", label=_("Unclear"), sort_key="unclear_votes"),
        Column("clear_votes", label=_("Clear"), sort_key="clear_votes"),
    ]

    def get_base_queryset(self):
        # The ideas' own policy: only groups allowed to change feedback see its votes.
        editable = policy_registry.get_by_type(IdeaPage).instances_user_has_permission_for(
            self.request.user, "change"
        )
        return unclear_answers(FeedbackUpdate.objects.filter(idea__in=editable.values("pk")))


class UnclearAnswersViewSet(ViewSet):
    name = "unclear_answers"
    icon = "help"
    menu_label = _("Unclear answers")
    menu_hook = "register_reports_menu_item"

    def get_urlpatterns(self):
        return [
            path(
                "",
                UnclearAnswersView.as_view(
                    index_url_name=self.get_url_name("index"),
                    index_results_url_name=self.get_url_name("index_results"),
                ),
                name="index",
            ),
            path(
                "results/",
                UnclearAnswersView.as_view(
                    index_url_name=self.get_url_name("index"),
                    index_results_url_name=self.get_url_name("index_results"),
                    results_only=True,
                ),
                name="index_results",
            ),
        ]


def register_unclear_answers_viewset():
    """For the ``register_admin_viewset`` hook in ``feedback.wagtail_hooks``."""
    return UnclearAnswersViewSet()
