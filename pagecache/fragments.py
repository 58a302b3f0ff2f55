"""Parts of a page that many addresses share, kept once in the shared cache.

The site-wide figures on the home page cost an aggregate over every idea; the
same text shows on the home page in each language. When a page is not in the
page cache (the first visitor after a change, or a visitor with a cookie), its
costly parts can still come from here. Keys hold the cache generation, the day
and the language, like whole pages (:mod:`pagecache.middleware`), so a change
clears them too. Only used with a shared cache: see ``PAGE_CACHE``.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from . import generation

logger = logging.getLogger(__name__)


def fragment_key(name, *vary_on) -> str | None:
    current = generation.current()
    if current is None:
        return None
    parts = [
        current,
        timezone.localdate().isoformat(),
        translation.get_language() or "",
        name,
        *(str(value) for value in vary_on),
    ]
    return "pagecache:fragment:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def remembered(name, render, *vary_on):
    """The output of ``render()``, from the shared cache when it is there."""
    if not getattr(settings, "PAGE_CACHE", False):
        return render()
    try:
        key = fragment_key(name, *vary_on)
        value = cache.get(key) if key else None
    except Exception:
        logger.exception("Page cache unreachable; fragment %s computed", name)
        key = None
    if key is None:
        return render()
    if value is None:
        value = render()
        try:
            cache.set(key, value, settings.PAGE_CACHE_SECONDS)
        except Exception:
            logger.exception("Page cache unreachable; fragment %s not stored", name)
    return value
