"""Admin registrations: taxonomies as snippets, grouped in one menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Method, Municipality, ParticipationElement, TargetGroup, Theme


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class ThemeViewSet(TaxonomyViewSet):
    model = Theme
    icon = "tag"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class MethodViewSet(TaxonomyViewSet):
    model = Method
    icon = "cogs"


class MunicipalityViewSet(TaxonomyViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name", "province"]
    list_filter = ["province"]


class ParticipationElementViewSet(TaxonomyViewSet):
    model = ParticipationElement
    icon = "list-ol"
    ordering = ["sort_order"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Tags")
    menu_icon = "tag"
    menu_order = 250
    items = [
        ThemeViewSet,
        TargetGroupViewSet,
        MethodViewSet,
        MunicipalityViewSet,
        ParticipationElementViewSet,
    ]


register_snippet(TaxonomyGroup)
