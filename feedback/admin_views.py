"""Staff views in the Wagtail admin: the idea listing with filters, and the
dashboard panel of overdue ideas."""

from django.db.models import Q
from django.forms import CheckboxSelectMultiple, RadioSelect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry

import django_filters

from pages.models import NeighbourhoodPage, Theme

from .models import IdeaPage
from .status import Source, Status


def neighbourhood_choices(request):
    return NeighbourhoodPage.objects.filter(locale__language_code="nl").order_by("title")


class IdeaFilterSet(PageFilterSet):
    neighbourhood = django_filters.ModelMultipleChoiceFilter(
        label=_("Neighbourhood"),
        queryset=neighbourhood_choices,
        method="filter_neighbourhood",
        widget=CheckboxSelectMultiple,
    )
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=CheckboxSelectMultiple
    )
    theme = django_filters.ModelMultipleChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.all(), widget=CheckboxSelectMultiple
    )
    source = django_filters.MultipleChoiceFilter(
        label=_("Source"), choices=Source.choices, widget=CheckboxSelectMultiple
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Answer overdue"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        method="filter_overdue",
        empty_label=_("Any"),
        widget=RadioSelect,
    )

    class Meta:
        model = IdeaPage
        fields = []

    def filter_neighbourhood(self, queryset, name, value):
        if not value:
            return queryset
        # Ideas of a neighbourhood in any language: match on the translation key.
        keys = [page.translation_key for page in value]
        paths = NeighbourhoodPage.objects.filter(translation_key__in=keys).values_list(
            "path", flat=True
        )
        condition = Q()
        for path in paths:
            condition |= Q(path__startswith=path)
        return queryset.filter(condition)

    def filter_overdue(self, queryset, name, value):
        today = timezone.localdate()
        if value == "yes":
            return queryset.filter(answer_due_on__lt=today)
        if value == "no":
            return queryset.filter(Q(answer_due_on__isnull=True) | Q(answer_due_on__gte=today))
        return queryset


class EditableIdeasIndexView(IndexView):
    """Only the ideas this user may change; Wagtail's listing also shows merely explorable ones."""

    def get_base_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return super().get_base_queryset().filter(pk__in=editable.values("pk"))


class IdeasMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(IdeaPage)
        return policy.user_has_any_permission(request.user, {"add", "change"})


class IdeaListingViewSet(PageListingViewSet):
    model = IdeaPage
    index_view_class = EditableIdeasIndexView
    menu_item_class = IdeasMenuItem
    icon = "comment"
    menu_label = _("Ideas")
    menu_order = 150
    add_to_admin_menu = True
    name = "ideas"
    filterset_class = IdeaFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("received_on", label=_("Received")),
        DateColumn("answer_due_on", label=_("Next answer due")),
    ]


class OverdueIdeasPanel(Component):
    """Admin home: ideas whose answer is overdue, per neighbourhood, oldest first."""

    name = "overdue_ideas"
    template_name = "feedback/admin/overdue_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        # The policy registered for ideas: only groups allowed to change feedback count.
        editable = policy_registry.get_by_type(IdeaPage).instances_user_has_permission_for(
            self.request.user, "change"
        )
        ideas = (
            IdeaPage.objects.filter(answer_due_on__lt=today, pk__in=editable.values("pk"))
            .order_by("answer_due_on", "pk")
            .select_related("locale")
        )[:200]
        ideas = list(ideas)
        neighbourhood_paths = {idea.path[: -2 * Page.steplen] for idea in ideas}
        names = dict(Page.objects.filter(path__in=neighbourhood_paths).values_list("path", "title"))
        groups = {}
        for idea in ideas:
            idea.days_overdue = (today - idea.answer_due_on).days
            name = names.get(idea.path[: -2 * Page.steplen], "")
            groups.setdefault(name, []).append(idea)
        return {"groups": sorted(groups.items()), "count": len(ideas)}
