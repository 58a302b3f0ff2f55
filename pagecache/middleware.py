"""Serve public pages to anonymous visitors from the shared cache.

A page is taken from the cache only for a request that cannot be personal: GET
or HEAD, no cookie except the CSRF cookie, no Authorization header, and not in
the admin. It is stored only when the response is the same for everyone: a 200
that sets no cookie and does not forbid caching (forms with a time stamp send
``Cache-Control: no-cache``).

The key holds the day (overdue answers and upcoming meetings depend on the
date), the active language, the host and the full path with its query string.
Each entry notes the cache generation it was rendered in (see
:mod:`pagecache.generation`) and is served only while that generation is
current; the generation and the entry are read in one round trip to the cache.

Forms on cached pages keep working: values that must be new for each visitor
(the CSRF token, the signed time a form was shown) are cut out before storing
and made afresh when serving; ``PAGE_CACHE_FRESH_FIELDS`` names them.
"""

import functools
import hashlib
import logging
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string

from . import bodies, generation

logger = logging.getLogger(__name__)

PLACEHOLDER = b"\x00fresh:%s\x00"
HEADER = "X-Page-Cache"
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Cache-Control", "Link", "X-Robots-Tag")


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE", False)


def is_anonymous_read(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
        return False
    return not request.path_info.startswith(settings.PAGE_CACHE_SKIP_PATHS)


def cache_key(request) -> str:
    parts = (
        timezone.localdate().isoformat(),
        translation.get_language() or "",
        request.scheme,
        request.get_host(),
        request.get_full_path(),
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"pagecache:page:{digest}"


def is_shareable(response) -> bool:
    if response.status_code != 200 or response.cookies:
        return False
    # "no-cache" alone is fine: browsers must ask again, and this cache refreshes
    # the per-visitor fields on every request (see form_page_cache_control).
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store"))


@functools.cache
def fresh_fields() -> list[tuple[re.Pattern, bytes, object]]:
    """``(pattern of the field in the HTML, placeholder, function of the request)``."""
    return [
        (
            re.compile(rb'(name="%s" value=")[^"]*(")' % re.escape(name.encode())),
            PLACEHOLDER % name.encode(),
            import_string(path),
        )
        for name, path in settings.PAGE_CACHE_FRESH_FIELDS.items()
    ]


def lookup(key: str) -> tuple[str | None, dict | None]:
    """The current generation and the page stored under ``key`` if it belongs to it.

    The generation is None when the cache does not answer: nothing is cached then.
    """
    found = cache.get_many([generation.KEY, key])
    current = found.get(generation.KEY)
    if current is None:
        return generation.current(), None
    entry = found.get(key)
    if entry is not None and entry.get("generation") != current:
        entry = None
    return current, entry


def stored_form(response, content: bytes, current: str | None = None) -> dict:
    fresh = []
    for pattern, placeholder, _make in fresh_fields():
        content, found = pattern.subn(rb"\1" + placeholder + rb"\2", content)
        if found:
            fresh.append(placeholder)
    entry = {
        "content": content,
        "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
        # Which placeholders to fill on a hit: a hit on a big export or a page
        # without a form need not search its whole body for them.
        "fresh": fresh,
        "generation": current,
    }
    if bodies.is_big(content):
        # Stored before the entry that names it (see pagecache.bodies).
        entry.update(content=None, body=bodies.store(content))
    return entry


def response_from(entry: dict, request) -> HttpResponse | None:
    """The response for a cache hit; None if its big body is no longer there."""
    content = entry["content"]
    if content is None:
        content = bodies.fetch(entry["body"])
        if content is None:
            return None
    fresh = entry.get("fresh")
    personal = False
    for _pattern, placeholder, make in fresh_fields():
        if placeholder in fresh if fresh is not None else placeholder in content:
            content = content.replace(placeholder, make(request).encode())
            personal = True
    response = HttpResponse(content)
    for name, value in entry["headers"].items():
        response[name] = value
    # The CSRF cookie the fresh token belongs to is set by CsrfViewMiddleware.
    patch_vary_headers(response, ("Cookie",))
    response[HEADER] = "hit"
    fronting_cache_headers(response, personal)
    return response


def has_fresh_fields(content: bytes) -> bool:
    return any(pattern.search(content) for pattern, _placeholder, _make in fresh_fields())


def fronting_cache_headers(response, personal: bool):
    """What a CDN may do with the page.

    A page with fresh fields carries one visitor's CSRF token, and the cookie it
    belongs to: a shared cache must never hand those to someone else (whose
    own cookie would then not match the token, and the form would fail). Such
    pages are private; this cache still serves them, with fresh fields.
    Any other page a CDN may keep for CDN_MAX_AGE seconds; browsers still ask
    each time.
    """
    if personal:
        patch_cache_control(response, private=True)
    elif settings.CDN_MAX_AGE and not response.has_header("Cache-Control"):
        response["Cache-Control"] = f"public, max-age=0, s-maxage={settings.CDN_MAX_AGE}"


def store_when_streamed(response, key: str, current: str, limit: int):
    """Pass a streamed response (CSV exports) through, keeping a copy if small enough."""
    chunks = response.streaming_content

    def tee():
        kept, size = [], 0
        for chunk in chunks:
            if kept is not None:
                size += len(chunk)
                if size <= limit:
                    kept.append(chunk)
                else:
                    kept = None
            yield chunk
        if kept is not None:
            try:
                entry = stored_form(response, b"".join(kept), current)
                cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("Page cache unreachable; a streamed response not stored")

    response.streaming_content = tee()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (enabled() and is_anonymous_read(request)):
            return self.get_response(request)
        key = cache_key(request)
        try:
            current, entry = lookup(key)
        except Exception:
            # The cache is a speed-up: without it (Redis down) pages are rendered.
            logger.exception("Page cache unreachable; serving %s uncached", request.path)
            current = None
        if current is None:
            return self.get_response(request)
        if entry is not None:
            response = response_from(entry, request)
            if response is not None:
                return response
        response = self.get_response(request)
        if request.method == "GET" and is_shareable(response):
            try:
                # Stored under the generation read before rendering: if content
                # changed meanwhile, this copy is never served.
                self.store(response, key, current)
            except Exception:
                logger.exception("Page cache unreachable; %s not stored", request.path)
            response[HEADER] = "miss"
            # A streamed export has no form; its body is not read here.
            personal = not response.streaming and has_fresh_fields(response.content)
            fronting_cache_headers(response, personal)
        return response

    def store(self, response, key, current):
        if response.streaming:
            store_when_streamed(response, key, current, settings.PAGE_CACHE_MAX_BYTES)
        elif len(response.content) <= settings.PAGE_CACHE_MAX_BYTES:
            entry = stored_form(response, response.content, current)
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
