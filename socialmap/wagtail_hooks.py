"""Admin for the social map: the listing with an "awaiting approval" filter,
a panel on the dashboard, and the history entries of the public form.

Approving is publishing: staff open an entry that waits, compare its latest
revision with the live one (History > Compare), and publish.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from pages.models import NeighbourhoodPage

from .models import CHANGE_SENT_ACTION, SUBMITTED_ACTION, Organisation, dutch_neighbourhoods

AWAITING_APPROVAL = "awaiting"


class OrganisationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[
            (AWAITING_APPROVAL, _("Awaiting approval")),
            ("live", _("On the social map")),
            ("not_live", _("Not on the social map")),
        ],
        method="filter_status",
        empty_label=_("All"),
    )
    neighbourhoods = django_filters.ModelChoiceFilter(
        label=_("Neighbourhood"),
        queryset=lambda request: NeighbourhoodPage.objects.filter(
            **dutch_neighbourhoods()
        ).order_by("title"),
        empty_label=_("All"),
    )

    class Meta:
        model = Organisation
        fields = []

    def filter_status(self, queryset, name, value):
        if value == AWAITING_APPROVAL:
            # New entries (never live) and changes to live ones, both unpublished.
            return queryset.filter(has_unpublished_changes=True)
        if value == "live":
            return queryset.filter(live=True)
        if value == "not_live":
            return queryset.filter(live=False)
        return queryset


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Social map")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["name", "city"]
    filterset_class = OrganisationFilterSet
    ordering = ["name"]
    # Public fields only: the contact person is never exported.
    list_export = [
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
    ]
    export_filename = "sociale-kaart"


register_snippet(OrganisationViewSet)


@hooks.register("register_log_actions")
def register_public_form_actions(actions):
    actions.register_action(
        SUBMITTED_ACTION,
        _("Sent in through the public form"),
        _("Sent in through the public form; waits for approval"),
    )
    actions.register_action(
        CHANGE_SENT_ACTION,
        _("Change sent in through the public form"),
        _("Change sent in through the public form; compare it with the live version"),
    )


class AwaitingApprovalPanel(Component):
    """Admin home: how many social map entries wait for approval, with a link."""

    name = "socialmap_awaiting_approval"
    template_name = "socialmap/admin/awaiting_panel.html"
    order = 60

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        url = reverse(Organisation.snippet_viewset.get_url_name("list"))
        return {"count": self.count, "url": f"{url}?status={AWAITING_APPROVAL}"}


@hooks.register("construct_homepage_panels")
def add_awaiting_approval_panel(request, panels):
    if not request.user.has_perm("socialmap.publish_organisation"):
        return
    count = Organisation.objects.filter(has_unpublished_changes=True).count()
    if count:
        panels.append(AwaitingApprovalPanel(count))
