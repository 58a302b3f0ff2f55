"""Purging a fronting cache or CDN through Wagtail's frontend cache backends.

Configured only when ``WAGTAILFRONTENDCACHE`` is set (see docs/deploy.md). A
published page is shown on more addresses than its own: the pages above it
list it (a register lists its ideas, the home page the newest answers), and
the feeds, exports and sitemap include it; and every language shows either
its translation or the Dutch page under that language's prefix. All of those
addresses are purged, in one batch, by Wagtail's purge task on the task queue.

Wagtail's own language rewriting expects a prefix on every address; Dutch has
none here, so the addresses per language are made here instead.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from pages.locales import with_language_prefix

SITE_WIDE_ROUTES = (
    "feedback_feed",
    "feedback_ideas_csv",
    "feedback_updates_csv",
    "feedback_ideas_json",
)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def page_urls(page):
    """The full address of ``page`` in every language: its translation, else the Dutch page."""
    translations = {
        p.locale.language_code: p
        for p in Page.objects.filter(translation_key=page.translation_key)
        .live()
        .select_related("locale")
    }
    source = translations.get(settings.LANGUAGE_CODE, page)
    urls = []
    for code in languages():
        if code in translations:
            urls.append(translations[code].get_full_url())
        else:
            urls.append(with_language_prefix(source.get_full_url(), code))
    return [url for url in urls if url]


def site_wide_urls(page):
    root = page.get_site().root_url if page.get_site() else ""
    urls = [f"{root}/sitemap.xml", f"{root}/sitemap-pages.xml"]
    for code in languages():
        with translation.override(code):
            urls += [root + reverse(name) for name in SITE_WIDE_ROUTES]
    return urls


def urls_showing(page):
    """Every address where a change to ``page`` can show."""
    listing = page.get_ancestors(inclusive=True).filter(depth__gt=1).live()
    urls = site_wide_urls(page)
    for shown in listing:
        urls += page_urls(shown)
    return sorted(set(urls))


def purge_after_change(sender, instance, **kwargs):
    if get_backends():
        purge_urls_from_cache(urls_showing(instance))


def connect():
    page_published.connect(purge_after_change, dispatch_uid="pagecache.cdn.published")
    page_unpublished.connect(purge_after_change, dispatch_uid="pagecache.cdn.unpublished")
