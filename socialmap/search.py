"""Finding organisations on the social map: text search plus three filters.

The overview is a plain GET form, so it works without JavaScript and every
result list has an address to share or print. Each filter takes one value: a
select box per filter is short on a phone, and "Zuidwest, Arabic, money
worries" is the question residents ask; the filters combine (all must match).

The filters run in SQL and the words go to Wagtail search on what is left:
Wagtail search cannot filter on a many-to-many relation, so the search gets
the ids that passed the filters as a subquery (``FilterField("id")`` on the
model). Both work the same on SQLite and PostgreSQL. Unknown filter values
are left out and shown to the visitor rather than silently ignored.
"""

from dataclasses import dataclass

from django.utils.functional import cached_property

from pages.locales import default_locale
from pages.models import NeighbourhoodPage, Theme
from pages.models.neighbourhoods import SPOKEN_LANGUAGES

from .models import Organisation

MAX_QUERY_LENGTH = 200
QUOTES = str.maketrans({'"': " ", "'": " "})

# GET parameters: part of shared and printed links, keep them stable.
QUERY_PARAM = "q"
NEIGHBOURHOOD_PARAM = "wijk"
THEME_PARAM = "thema"
LANGUAGE_PARAM = "taal"


def clean_query(raw):
    """The words as typed, without control characters (a NUL byte breaks PostgreSQL)
    and quotes (SQLite's full-text syntax fails on a quote inside a word; both
    databases split words on them anyway)."""
    text = " ".join("".join(ch for ch in raw if ch.isprintable()).translate(QUOTES).split())
    return text[:MAX_QUERY_LENGTH]


def neighbourhood_options():
    """The Dutch neighbourhoods: organisations are linked to these."""
    return (
        NeighbourhoodPage.objects.live()
        .public()
        .filter(locale_id=default_locale().id)
        .order_by("title")
    )


@dataclass(frozen=True)
class Option:
    value: str
    label: str


class SocialMapSearch:
    def __init__(self, params):
        self.query = clean_query(params.get(QUERY_PARAM, ""))
        self.requested = {
            name: params.get(name, "").strip()[:100]
            for name in (NEIGHBOURHOOD_PARAM, THEME_PARAM, LANGUAGE_PARAM)
        }

    # --- The options (one query each, however many organisations exist) --------

    @cached_property
    def neighbourhoods(self):
        return list(neighbourhood_options().only("id", "title", "slug", "locale_id"))

    @cached_property
    def themes(self):
        # Only themes that live organisations have: an option must lead somewhere.
        used = Organisation.themes.through.objects.filter(organisation__live=True)
        return list(Theme.objects.filter(pk__in=used.values("theme_id")).order_by("name"))

    languages = [Option(code, label) for code, label in SPOKEN_LANGUAGES]

    @cached_property
    def options(self):
        return {
            NEIGHBOURHOOD_PARAM: [Option(page.slug, page.title) for page in self.neighbourhoods],
            THEME_PARAM: [Option(theme.slug, theme.name) for theme in self.themes],
            LANGUAGE_PARAM: self.languages,
        }

    # --- What the visitor chose -------------------------------------------------

    @cached_property
    def selected(self):
        """Chosen values that exist, by parameter."""
        selected = {}
        for name, value in self.requested.items():
            if value and any(option.value == value for option in self.options[name]):
                selected[name] = value
        return selected

    @property
    def ignored(self):
        return [
            value for name, value in self.requested.items() if value and name not in self.selected
        ]

    @property
    def selected_neighbourhood(self):
        slug = self.selected.get(NEIGHBOURHOOD_PARAM)
        return next((page for page in self.neighbourhoods if page.slug == slug), None)

    @property
    def is_filtered(self):
        return bool(self.query or self.selected)

    # --- Results ------------------------------------------------------------------

    def _filtered(self):
        organisations = Organisation.objects.live()
        neighbourhood = self.selected_neighbourhood
        if neighbourhood is not None:
            organisations = organisations.in_neighbourhood(neighbourhood)
        theme = self.selected.get(THEME_PARAM)
        if theme:
            links = Organisation.themes.through.objects.filter(theme__slug=theme)
            organisations = organisations.filter(pk__in=links.values("organisation_id"))
        language = self.selected.get(LANGUAGE_PARAM)
        if language:
            organisations = organisations.speaking(language)
        return organisations

    @cached_property
    def results(self):
        """A queryset by name (no words) or Wagtail search results, best match first.

        Both can be paginated. The queryset loads its relations per page by
        itself; for search results ``with_relations`` loads them.
        """
        filtered = self._filtered()
        if not self.query:
            return filtered.for_listing()
        return Organisation.objects.live().filter(pk__in=filtered.values("pk")).search(self.query)


def with_relations(organisations):
    """The organisations of one result page with their themes and neighbourhoods,
    in the same order, in three queries however many there are."""
    ids = [organisation.pk for organisation in organisations]
    loaded = Organisation.objects.filter(pk__in=ids).for_listing().in_bulk()
    return [loaded[pk] for pk in ids if pk in loaded]
