"""Faceted filtering of good practices, driven by a plain GET form.

Within one facet the chosen options widen the result (any of them); across
facets they narrow it (all facets must match). The count shown next to an
option is how many practices there would be with that option added to the
other facets' choices — the usual "disjunctive" counting, so a visitor can see
where each click leads.
"""

from dataclasses import dataclass, field

from django.core.validators import slug_re
from django.db import models
from django.db.models import F, Value
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .compiled import compiled


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


class JoinedIds(models.Aggregate):
    """The ids in a group, as one text of comma-separated numbers: one row per
    option instead of one per option and practice."""

    function = "GROUP_CONCAT"  # SQLite; its separator is a comma
    output_field = models.TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s::text, ',')",
            **extra_context,
        )


class FacetedSearch:
    """The practices that match the chosen options, and the count per option.

    Two queries whatever the choice: the ids of the practices, and every
    facet's options with the practices that carry each. Matching and counting
    are set operations on those ids: a city's catalogue is hundreds of
    practices, and building one grouped SQL query per facet cost more than
    counting them here.
    """

    def __init__(self, practices, params, facets=FACETS, ids=None):
        """``practices``: the queryset to filter; ``params``: request.GET;
        ``ids``: the ids of ``practices`` if known already."""
        self.practices = practices
        if ids is not None:
            self._ids = set(ids)
        self.facets = facets
        self.requested = {
            facet.param: [value for value in params.getlist(facet.param) if value][:50]
            for facet in facets
        }

    @cached_property
    def _ids(self):
        return set(self.practices.values_list("pk", flat=True))

    @cached_property
    def _catalogue(self):
        """``(options, carriers)``: per facet, its ``(slug, name)`` options in
        the taxonomy's own order, and per option slug the practices with it."""
        relations = tuple((facet.field_name, facet.reverse_name) for facet in self.facets)
        rows = _catalogue_rows(self.practices.model, relations)
        options = [[] for _facet in self.facets]
        carriers = [{} for _facet in self.facets]
        # Practices of every language come along; only those in ``practices`` count.
        ids = self._ids
        in_order = sorted(rows, key=lambda row: (row[0], row[1], row[3]))  # facet, position, name
        for number, _position, slug, name, practices in in_order:
            options[number].append((slug, name))
            carriers[number][slug] = (
                ids.intersection(map(int, practices.split(","))) if practices else set()
            )
        return options, carriers

    @cached_property
    def selected(self):
        """Chosen slugs per facet that exist; unknown slugs are dropped (see ``ignored``)."""
        options, _carriers = self._catalogue
        selected = {}
        for facet, facet_options in zip(self.facets, options, strict=True):
            known = {slug for slug, _name in facet_options}
            chosen = {value for value in self.requested[facet.param] if value in known}
            if chosen:
                selected[facet.param] = chosen
        return selected

    @property
    def ignored(self):
        """Requested values that match no option: shown to the visitor, not silently lost."""
        ignored = []
        for facet in self.facets:
            known = self.selected.get(facet.param, set())
            ignored += [value for value in self.requested[facet.param] if value not in known]
        return ignored

    def _matching(self, skip=None):
        """Ids of the practices with one of the chosen options of every facet
        (but ``skip``): any option within a facet, all facets together."""
        _options, carriers = self._catalogue
        matching = set(self._ids)
        for number, facet in enumerate(self.facets):
            slugs = self.selected.get(facet.param)
            if slugs and facet is not skip:
                matching &= set().union(*(carriers[number][slug] for slug in slugs))
        return matching

    @cached_property
    def result_ids(self):
        return self._matching()

    @cached_property
    def results(self):
        if not self.selected:
            return self.practices
        # By id: the other conditions of ``practices`` were checked with the ids.
        return self.practices.model.objects.filter(pk__in=sorted(self.result_ids))

    @property
    def count(self):
        return len(self.result_ids)

    @cached_property
    def facet_states(self):
        options, carriers = self._catalogue
        states = []
        for number, facet in enumerate(self.facets):
            candidates = self._matching(skip=facet)
            chosen = self.selected.get(facet.param, set())
            states.append(
                FacetState(
                    facet,
                    [
                        FacetOption(
                            slug, name, len(carriers[number][slug] & candidates), slug in chosen
                        )
                        for slug, name in options[number]
                    ],
                )
            )
        return states

    @property
    def is_filtered(self):
        return bool(self.selected)


@compiled
def _catalogue_rows(model, relations):
    """Every option of every facet of ``model`` with the ids of the pages that
    carry it: ``(facet number, position, slug, name, ids)`` rows, in one query
    (compiled once: it has no values). ``relations``: per facet, the field on
    ``model`` and the way back from the option to the pages."""
    parts = []
    for number, (field_name, reverse_name) in enumerate(relations):
        option_model = model._meta.get_field(field_name).related_model
        # ParticipationElement has an editor-set order; the others go by name.
        has_order = any(f.name == "sort_order" for f in option_model._meta.fields)
        parts.append(
            option_model.objects.annotate(
                number=Value(number, output_field=models.IntegerField()),
                position=F("sort_order") if has_order else Value(0),
                # Every option, also one no practice has yet (None).
                practices=JoinedIds(reverse_name),
            )
            .values_list("number", "position", "slug", "name", "practices")
            .order_by()
        )
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
