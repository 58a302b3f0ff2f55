"""Wagtail's page view, with the visitor's home page found in one query.

Wagtail starts every page request with ``site.root_page.localized.specific``:
one query for the active ``Locale``, one for the translated home page and one
for its specific type, before any routing. The locale is known without a
query (``pages.locales``), and the home page in the visitor's language comes
with its specific fields in a single query. The route is left where Wagtail
looks for it (``request._wagtail_route_for_request``); Wagtail's own view then
runs its hooks (privacy, passwords) and serves the page as usual.
"""

from django.http import Http404

from wagtail.models import Locale, Page
from wagtail.views import serve as wagtail_serve

from .compiled import compiled
from .locales import active_locale
from .sites import find_site


def visitors_home(root):
    """``root`` in the active language if that translation is live, else ``root``:
    what Wagtail's ``root.localized.specific`` gives, in one query."""
    try:
        locale_id = active_locale().id
    except (LookupError, Locale.DoesNotExist):  # as Wagtail's localized_draft
        locale_id = root.locale_id
    found = _translations(
        root.specific_class or Page,
        translation_key=root.translation_key,
        locale_id=locale_id,
        source_locale_id=root.locale_id,
    )
    homes = {home.locale_id: home for home in found}
    home = homes.get(locale_id)
    if home is None or not home.live:
        home = homes.get(root.locale_id, root)
    return home


@compiled
def _translations(model, *, translation_key, locale_id, source_locale_id):
    """The pages of ``model`` with this translation key in these two locales."""
    return model.objects.filter(
        translation_key=translation_key, locale_id__in=[locale_id, source_locale_id]
    )


def route(request, path):
    site = find_site(request)
    if site is None:
        return None
    try:
        return visitors_home(site.root_page).route(
            request, [component for component in path.split("/") if component]
        )
    except Http404:
        return None


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_serve(request, path)
