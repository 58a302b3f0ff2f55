"""Page addresses with one ``reverse()`` per language instead of one per link.

Wagtail works out each page's address with Django's ``reverse()`` inside
``translation.override()``: about 70 µs a link on the benchmark machine, and a
page with its menus, cards, breadcrumbs and language links has 20 to 30 links.
Below a site's root, a page's address is the address of that root in the page's
language followed by the rest of its ``url_path``, so the root's address is
asked once per process and language and the rest is joined to it.

Whatever is not that plain case is left to Wagtail: several sites, a page type
with its own ``get_url_parts``, a slug that ``reverse()`` would quote, or
``WAGTAIL_APPEND_SLASH`` switched off. tests/test_page_addresses.py compares
the two for every demo page in every language.
"""

import functools
import re

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

# What reverse() leaves as it is: slugs of ASCII letters, digits, - and _.
_UNQUOTED = re.compile(r"[A-Za-z0-9_\-/]*")


@functools.lru_cache(maxsize=64)
def _root_address(urlconf, script_prefix, language_code):
    """Where ``wagtail_serve`` starts in ``language_code`` (its prefix included)."""
    with translation.override(language_code):
        try:
            return reverse("wagtail_serve", urlconf=urlconf, args=("",))
        except NoReverseMatch:
            return None


def _content_language(language_code):
    # As Wagtail's get_url_parts: the active language where it is a variant of the page's.
    active = translation.get_language()
    try:
        if get_supported_content_language_variant(active) == language_code:
            return active
    except LookupError:
        pass
    return language_code


def _address(page, request):
    """``(root_url, path)`` of ``page`` as Wagtail's get_url_parts gives them,
    or None where Wagtail itself must work it out."""
    if (
        request is None
        or type(page).get_url_parts is not Page.get_url_parts
        or not getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        or not getattr(settings, "WAGTAIL_I18N_ENABLED", False)
    ):
        return None
    # Wagtail keeps the site root paths on the request (our router fills them in).
    root_paths = page._get_site_root_paths(request)
    if len({root.site_id for root in root_paths}) != 1:
        return None
    url_path = page.url_path
    root = next((root for root in root_paths if url_path.startswith(root.root_path)), None)
    if root is None:
        return None
    rest = url_path[len(root.root_path) :]
    start = _root_address(
        get_urlconf() or settings.ROOT_URLCONF,
        get_script_prefix(),
        _content_language(root.language_code),
    )
    if start is None or not _UNQUOTED.fullmatch(rest):
        return None
    return root.root_url, start + rest


def page_url(page, request):
    """``page.get_url(request)``, the same address, worked out faster."""
    address = _address(page, request)
    # With one site Wagtail links within it without the domain.
    return address[1] if address else page.get_url(request)


def page_full_url(page, request):
    """``page.get_full_url(request)``, the same address, worked out faster."""
    address = _address(page, request)
    return address[0] + address[1] if address else page.get_full_url(request)
