"""Finding the page for an address in one query instead of two per path segment.

Wagtail routes ``/wijken/zuidwest/ideeen/bankjes/`` by asking each page for
its child with the next slug, and loading that child's specific type: two
queries per segment. A page's ``url_path`` already spells its whole address,
so every page on the way is found at once, by ``url_path``; only the page that
answers is loaded as its specific type. The page's own ``route()`` still runs,
so sub-pages (agenda/, print/, ics/), drafts (404) and the Dutch fallbacks of
``BasePage.route`` behave exactly as before; when this shortcut finds nothing,
or the page it found does not answer, Wagtail's own routing takes over.
"""

from django.db import connection
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from ..compiled import compiled
from ..locales import active_locale, default_locale, language_code_of


def _prefixes(path, steplen):
    return [path[:end] for end in range(steplen, len(path) + 1, steplen)]


def _walk(tree, components, by_url_path):
    """The pages along ``components`` below ``tree``, as far as they exist."""
    matched = []
    for end in range(1, len(components) + 1):
        page = by_url_path.get(tree.url_path + "/".join(components[:end]) + "/")
        if page is None:
            break
        matched.append(page)
    return matched


def _answers_itself(page, remaining):
    """Whether a live routable page has a sub-address for ``remaining``."""
    page_class = page.specific_class
    if not (page.live and page_class and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
    except Resolver404:
        return False
    return True


def _answering_page(matched, components):
    """How many segments lead to the page that answers: a live routable page on
    the way answers its own sub-addresses (agenda/) before any child page does,
    as in Wagtail's routing."""
    for depth, page in enumerate(matched[:-1], start=1):
        if _answers_itself(page, components[depth:]):
            return depth
    return len(matched)


def _remember_route_facts(page, ancestors, found, pages):
    """Keep on ``page`` what the routing query found out about it, for the
    breadcrumbs, the privacy check and the language switcher."""
    if found is not None and all(ancestor is not None for ancestor in ancestors):
        page.route_ancestors = ancestors
        chain = [*ancestors, found]
        if any(p.alias_of_id for p in chain):
            # Wagtail checks an alias by its source page's own restrictions
            # (Page.get_view_restrictions); the query fetched those too.
            page._public_by_route = not any(
                p.source_restricted if p.alias_of_id else p.restricted for p in chain
            )
        else:
            page._public_by_route = not found.private
    if found is not None:
        page.route_translations = [
            p for p in pages if p.translation_key == found.translation_key and p.live
        ]


def _remember_site_root_paths(request, site, homes):
    """Wagtail's site root paths, which every page address is made from: on a
    site that is the only one, its home page in every language. Fetched here
    anyway, they spare the two queries Wagtail reads them with when its cache
    is empty."""
    if site is None or not homes or homes[0].other_sites:
        return
    if homes[0].translation_key != site.root_page.translation_key:
        return
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        # Where Wagtail's Page._get_site_root_paths keeps them for the request.
        request._wagtail_cached_site_root_paths = [
            SiteRootPath(site.id, home.url_path, site.root_url, language_code_of(home.locale_id))
            for home in homes
        ]


# Written as SQL rather than built with the ORM: every page request runs it,
# and building and compiling the same query with the ORM cost more (2.5 ms)
# than PostgreSQL takes to answer it. Two parts joined by UNION rather than
# one WHERE with OR: PostgreSQL cannot combine an OR over a subquery with
# indexes, and scanned the whole page table (15 ms at 25,000 pages). Each part
# uses an index (url_path, path, translation_key, depth). ``private`` is
# ``pages.models.base.in_private_section``: a view restriction on the page or
# an ancestor (whose path is a prefix of the page's path). Only the columns
# that routing, menus, section cards, breadcrumbs and language links use are
# read; Django defers the others (publishing dates, locks), which saves
# converting some 20 to 30 rows' worth of them on every request. The routed
# page itself is read again in full, as its specific type (``_specific``).
_ROUTE_COLUMNS = (
    "id",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale_id",
    "live",
    "title",
    "draft_title",
    "slug",
    "content_type_id",
    "url_path",
    "show_in_menus",
    "search_description",
    "alias_of_id",
)
_PAGES_NEAR = """
SELECT {columns},
    SUBSTR(page.path, 1, %s) AS parent_path,
    EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction restriction
        INNER JOIN wagtailcore_page restricted ON restricted.id = restriction.page_id
        WHERE restricted.path = SUBSTR(page.path, 1, restricted.depth * %s)
    ) AS private,
    EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction restriction
        WHERE restriction.page_id = page.id
    ) AS restricted,
    EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction restriction
        WHERE restriction.page_id = page.alias_of_id
    ) AS source_restricted,
    EXISTS (SELECT 1 FROM wagtailcore_site site WHERE site.id <> %s) AS other_sites
FROM wagtailcore_page page
WHERE page.id IN (
    SELECT id FROM wagtailcore_page
    WHERE url_path IN ({candidates})
        OR path IN ({ancestors})
        OR (translation_key = %s AND depth = %s)
        OR (depth = %s AND path LIKE %s AND locale_id IN (%s, %s))
    UNION
    SELECT id FROM wagtailcore_page
    WHERE translation_key IN (
        SELECT translation_key FROM wagtailcore_page WHERE url_path IN ({candidates})
    )
)
ORDER BY page.path
"""


def _pages_near(home, site, candidates, ancestor_paths):
    """The pages along the address and their translations, the home page in
    every language, and the sections in the visitor's language and in the
    site's own (the menu shows the Dutch ones not translated yet), ordered by
    path; each with ``parent_path`` (its path at the home's depth),
    ``private``, ``restricted``, ``source_restricted`` and ``other_sites``."""
    sql = _PAGES_NEAR.format(
        columns=", ".join(f"page.{column}" for column in _ROUTE_COLUMNS),
        # IN (NULL) matches nothing: the home page itself has no candidates.
        candidates=", ".join(["%s"] * len(candidates)) or "NULL",
        ancestors=", ".join(["%s"] * len(ancestor_paths)) or "NULL",
    )
    translation_key = Page._meta.get_field("translation_key").get_db_prep_value(
        home.translation_key, connection
    )
    params = [
        home.depth * Page.steplen,
        Page.steplen,
        site.pk if site else 0,  # no site: any site is another one
        *candidates,
        *ancestor_paths,
        translation_key,
        home.depth,
        # Whichever home routes (a translated one hands over to the Dutch
        # one), the menu is that of the visitor's language.
        home.depth + 1,
        home.path[: -Page.steplen] + "%",
        active_locale().id,
        site.root_page.locale_id if site else default_locale().id,
        *candidates,
    ]
    return list(Page.objects.raw(sql, params))


@compiled
def _page_by_id(model, related, *, page_id):
    return model.objects.select_related(*related).filter(pk=page_id)


def _specific(model, page):
    """``page.specific``, with the foreign keys its view shows
    (``route_select_related``), in a query compiled once per page type."""
    if model is None:
        return page.specific
    related = tuple(getattr(model, "route_select_related", ()))
    found = _page_by_id(model, related, page_id=page.pk)
    if not found:
        return page.specific
    specific = found[0]
    # What the routing query found out about the page goes along, as
    # Wagtail's get_specific copies it.
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    return specific


def route_by_url_path(home, request, path_components):
    """Wagtail's ``RouteResult`` for ``path_components`` below ``home``, or None
    to let Wagtail's routing decide."""
    if request is None:
        return None
    trees = [home]
    site = Site.find_for_request(request)
    source_home = site.root_page if site else None
    if (
        source_home is not None
        and source_home.pk != home.pk
        and source_home.translation_key == home.translation_key
    ):
        # A translated home falls back to the Dutch tree (BasePage.route).
        trees.append(source_home)
    candidates, ancestor_paths = [], []
    for tree in trees:
        ancestor_paths += _prefixes(tree.path, Page.steplen)
        candidates += [
            tree.url_path + "/".join(path_components[:end]) + "/"
            for end in range(1, len(path_components) + 1)
        ]
    # Also fetched here, to spare a query each: the translations of the pages
    # on the way (the language switcher), the home page in every language
    # (page addresses), the sections in the visitor's language and the site's
    # own (the menus, see portal.context_processors), and whether there are
    # other sites (see _remember_site_root_paths).
    pages = _pages_near(home, site, candidates, ancestor_paths)
    home_paths = {
        p.path for p in pages if p.depth == home.depth and p.translation_key == home.translation_key
    }
    request.navigation_pages = [
        p
        for p in pages
        if p.path in home_paths or (p.depth == home.depth + 1 and p.parent_path in home_paths)
    ]
    _remember_site_root_paths(request, site, [p for p in pages if p.path in home_paths])
    by_url_path = {page.url_path: page for page in pages if page.url_path in candidates}
    by_path = {page.path: page for page in pages}
    if not path_components:
        # The home page itself: already loaded, only its facts are new.
        _remember_route_facts(
            home,
            [by_path.get(p) for p in _prefixes(home.path, Page.steplen)[:-1]],
            by_path.get(home.path),
            pages,
        )
        return None
    tree = trees[0]
    matched = _walk(tree, path_components, by_url_path)
    consumed = _answering_page(matched, path_components) if matched else 0
    if len(trees) > 1 and consumed == len(matched) < len(path_components):
        # Where the translated tree ends, BasePage.route goes on in the Dutch
        # page of the same place (same translation key), as long as no
        # routable page answers the rest itself.
        source_matched = _walk(trees[1], path_components, by_url_path)
        same_place = not matched or (
            len(source_matched) >= len(matched)
            and source_matched[len(matched) - 1].translation_key == matched[-1].translation_key
        )
        if same_place and len(source_matched) > len(matched):
            last = matched[-1] if matched else None
            if last is None or not _answers_itself(last, path_components[len(matched) :]):
                tree, matched = trees[1], source_matched
                consumed = _answering_page(matched, path_components)
    if not matched:
        return None
    found = matched[consumed - 1]
    page = _specific(found.specific_class, found)
    chain = [by_path.get(path) for path in _prefixes(tree.path, Page.steplen)]
    _remember_route_facts(page, [*chain, *matched[: consumed - 1]], found, pages)
    try:
        return page.route(request, path_components[consumed:])
    except Http404:
        return None
