"""Faceted filtering of good practices, driven by a plain GET form.

Within one facet the chosen options widen the result (any of them); across
facets they narrow it (all facets must match). The count shown next to an
option is how many practices there would be with that option added to the
other facets' choices — the usual "disjunctive" counting, so a visitor can see
where each click leads. All facets' counts come in one query (a UNION ALL of one
grouped query per facet), and the chosen slugs are checked in one more, however
many practices and facets there are.
"""

from dataclasses import dataclass, field

from django.core.validators import slug_re
from django.db import models
from django.db.models import Count, F, Q, Value
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
        wanted = {
            facet.param: {value for value in self.requested[facet.param] if slug_param(value)}
            for facet in self.facets
        }
        lookups = [
            self._model(facet)
            .objects.filter(slug__in=wanted[facet.param])
            .annotate(param=Value(facet.param))
            .values_list("param", "slug")
            .order_by()
            for facet in self.facets
            if wanted[facet.param]
        ]
        if not lookups:
            return {}
        rows = lookups[0].union(*lookups[1:], all=True) if len(lookups) > 1 else lookups[0]
        selected = {}
        for param, slug in rows:
            selected.setdefault(param, set()).add(slug)
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

    def _option_counts(self, number, facet):
        """Grouped query of ``(facet number, position, slug, name, count)`` per option."""
        model = self._model(facet)
        candidates = self._filtered(skip=facet).values("pk")
        relation = facet.reverse_name
        # The taxonomy's own order; ParticipationElement has an editor-set one.
        has_order = any(f.name == "sort_order" for f in model._meta.fields)
        position = F("sort_order") if has_order else Value(0)
        return (
            model.objects.annotate(
                number=Value(number, output_field=models.IntegerField()),
                position=position,
                matches=Count(relation, filter=Q(**{f"{relation}__in": candidates}), distinct=True),
            )
            .values_list("number", "position", "slug", "name", "matches")
            .order_by()
        )

    @cached_property
    def facet_states(self):
        queries = [self._option_counts(number, facet) for number, facet in enumerate(self.facets)]
        rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
        options = [[] for _facet in self.facets]
        for number, _position, slug, name, count in rows.order_by("number", "position", "name"):
            options[number].append((slug, name, count))
        states = []
        for facet, facet_options in zip(self.facets, options, strict=True):
            chosen = self.selected.get(facet.param, set())
            states.append(
                FacetState(
                    facet,
                    [
                        FacetOption(slug, name, count, slug in chosen)
                        for slug, name, count in facet_options
                    ],
                )
            )
        return states

    @property
    def is_filtered(self):
        return bool(self.selected)
