"""Context for every public page: the main navigation of the visitor's language."""

from django.utils.functional import SimpleLazyObject

from wagtail.models import Site


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "items": [], "footer": []}
    home = site.root_page.localized
    children = list(home.get_children().live().public().order_by("path"))
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
