"""Context for every public page: the main navigation of the visitor's language."""

from django.db.models import Q
from django.db.models.functions import Substr
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page

from pages.compiled import compiled
from pages.locales import active_locale
from pages.models.base import in_private_section
from pages.sites import find_site


def _navigation(request):
    site = find_site(request)
    if site is None:
        return {"home": None, "items": [], "footer": []}
    source_home = site.root_page
    # One query: the home page in every language and the sections under each;
    # which to show is worked out below, as Wagtail's ``localized``, ``live()``,
    # ``public()`` and ``localized_with_fallback`` would.
    # The page router already fetched these on its way (pages.models.routing).
    pages = getattr(request, "navigation_pages", None) or _homes_and_sections(
        translation_key=source_home.translation_key,
        depth=source_home.depth,
        path_length=source_home.depth * Page.steplen,
        section_depth=source_home.depth + 1,
    )
    locale = active_locale()
    home = next(
        (
            page
            for page in pages
            if page.depth == source_home.depth and page.locale_id == locale.id and page.live
        ),
        source_home,
    )
    children = [page for page in pages if page.depth == source_home.depth + 1]
    # Sections not translated yet stay in the menu, as their Dutch pages.
    shown = [
        page
        for page in children
        if page.live
        and not page.private
        and page.parent_path in {source_home.path, home.path}
        and page.locale_id in {locale.id, source_home.locale_id}
    ]
    if locale.id != source_home.locale_id:
        translated = {page.translation_key for page in shown if page.locale_id == locale.id}
        shown = [
            page
            for page in shown
            if page.locale_id == locale.id or page.translation_key not in translated
        ]
    order = {
        page.translation_key: index
        for index, page in enumerate(p for p in children if p.parent_path == source_home.path)
    }
    shown.sort(key=lambda page: (order.get(page.translation_key, len(order)), page.path))
    return {
        "home": home,
        "items": [page for page in shown if page.show_in_menus],
        "footer": [page for page in shown if not page.show_in_menus],
    }


@compiled
def _homes_and_sections(*, translation_key, depth, path_length, section_depth):
    """The home page in every language (``translation_key`` at ``depth``) and
    the pages right below each, with ``parent_path`` and ``private``."""
    homes = Page.objects.filter(translation_key=translation_key, depth=depth)
    return (
        Page.objects.annotate(
            parent_path=Substr("path", 1, path_length),
            private=in_private_section(),
        )
        .filter(
            Q(pk__in=homes.values("pk"))
            | Q(depth=section_depth, parent_path__in=homes.values("path"))
        )
        # Implied by the condition above, but with it PostgreSQL reads the few
        # pages at these two depths (an index) instead of testing every page:
        # 8.5 ms on the benchmark's 25,000 pages, growing with each idea.
        .filter(depth__in=(depth, section_depth))
        .order_by("path")
    )


def site_navigation(request):
    if request.path.startswith("/admin/"):
        return {}
    # Before the templates ask for the site settings: Wagtail's own lookup of
    # the site costs far more (pages.sites).
    find_site(request)
    return {
        "navigation": SimpleLazyObject(lambda: _navigation(request)),
    }
