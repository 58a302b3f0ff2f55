"""Context for every public page: the main navigation of the visitor's language."""

from django.db.models import Q
from django.utils.functional import SimpleLazyObject

from wagtail.models import Page, Site

from pages.locales import active_locale
from pages.models.base import localized_with_fallback


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "items": [], "footer": []}
    source_home = site.root_page
    home = source_home.localized
    # Sections not translated yet stay in the menu, as their Dutch pages.
    sections = Q(path__startswith=source_home.path, depth=source_home.depth + 1)
    if home.pk != source_home.pk:
        sections |= Q(path__startswith=home.path, depth=home.depth + 1)
    pages = localized_with_fallback(Page.objects.live().public().filter(sections), active_locale())
    order = {
        key: index
        for index, key in enumerate(
            source_home.get_children().order_by("path").values_list("translation_key", flat=True)
        )
    }
    children = sorted(
        pages, key=lambda page: (order.get(page.translation_key, len(order)), page.path)
    )
    return {
        "home": home,
        "items": [page for page in children if page.show_in_menus],
        "footer": [page for page in children if not page.show_in_menus],
    }


def site_navigation(request):
    if request.path.startswith("/admin/"):
        return {}
    return {
        "navigation": SimpleLazyObject(lambda: _navigation(request)),
    }
