"""Faceted filtering of good practices, driven by a plain GET form.

Within one facet the chosen options widen the result (any of them); across
facets they narrow it (all facets must match). The count shown next to an
option is how many practices there would be with that option added to the
other facets' choices — the usual "disjunctive" counting, so a visitor can see
where each click leads. Each facet costs one query however many practices exist.
"""

from dataclasses import dataclass, field

from django.core.validators import slug_re
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


def slug_param(value):
    """A GET parameter that should name a slug: the value, or "" when it cannot be one.

    Whatever cannot be a slug matches nothing, so the database never sees it:
    PostgreSQL refuses a NUL byte in a query (a server error).
    """
    return value if slug_re.match(value) else ""


@dataclass(frozen=True)
class Facet:
    param: str  # GET parameter; part of shared URLs, keep stable
    label: str
    field_name: str  # relation on GoodPracticePage
    reverse_name: str  # relation from the taxonomy back to the practices


@dataclass
class FacetOption:
    slug: str
    name: str
    count: int
    selected: bool


@dataclass
class FacetState:
    facet: Facet
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


FACETS = [
    Facet("thema", _("Theme"), "themes", "good_practices"),
    Facet("doelgroep", _("Target group"), "target_groups", "good_practices"),
    Facet("methode", _("Method"), "methods", "good_practices"),
    Facet("element", _("Element of inclusive participation"), "elements", "good_practices"),
    Facet("gemeente", _("Municipality"), "municipality", "good_practices"),
]


class FacetedSearch:
    def __init__(self, practices, params, facets=FACETS):
        """``practices``: the queryset to filter; ``params``: request.GET."""
        self.practices = practices
        self.facets = facets
        self.requested = {
            facet.param: [value for value in params.getlist(facet.param) if value][:50]
            for facet in facets
        }

    def _model(self, facet):
        return self.practices.model._meta.get_field(facet.field_name).related_model

    @cached_property
    def selected(self):
        """Chosen slugs per facet that exist; unknown slugs are dropped (see ``ignored``)."""
        selected = {}
        for facet in self.facets:
            wanted = {value for value in self.requested[facet.param] if slug_param(value)}
            if wanted:
                known = set(
                    self._model(facet)
                    .objects.filter(slug__in=wanted)
                    .values_list("slug", flat=True)
                )
                if known:
                    selected[facet.param] = known
        return selected

    @property
    def ignored(self):
        """Requested values that match no option: shown to the visitor, not silently lost."""
        ignored = []
        for facet in self.facets:
            known = self.selected.get(facet.param, set())
            ignored += [value for value in self.requested[facet.param] if value not in known]
        return ignored

    def _filtered(self, skip=None):
        queryset = self.practices
        for facet in self.facets:
            slugs = self.selected.get(facet.param)
            if slugs and facet is not skip:
                matching = self.practices.model.objects.filter(
                    **{f"{facet.field_name}__slug__in": slugs}
                ).values("pk")
                queryset = queryset.filter(pk__in=matching)
        return queryset

    @cached_property
    def results(self):
        return self._filtered()

    @cached_property
    def facet_states(self):
        states = []
        for facet in self.facets:
            candidates = self._filtered(skip=facet).values("pk")
            relation = facet.reverse_name
            options = (
                self._model(facet)
                .objects.annotate(
                    matches=Count(
                        relation, filter=Q(**{f"{relation}__in": candidates}), distinct=True
                    )
                )
                .values_list("slug", "name", "matches")
            )
            chosen = self.selected.get(facet.param, set())
            states.append(
                FacetState(
                    facet,
                    [
                        FacetOption(slug, name, count, slug in chosen)
                        for slug, name, count in options
                    ],
                )
            )
        return states

    @property
    def is_filtered(self):
        return bool(self.selected)
