"""The cache generation: one value in the shared cache that every key includes.

Replacing it makes every cached page and fragment unreachable at once, on every
app server that shares the cache, without having to know which addresses show
the changed content (the home page, a register, feeds and exports all show
ideas). Old entries expire on their own.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

KEY = "pagecache:generation"


def current() -> str | None:
    """The generation, or None when the cache does not answer (nothing is cached then)."""
    value = cache.get(KEY)
    if value is None:
        # First request after a cache flush: agree on one value (add() is atomic).
        cache.add(KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(KEY)
    return value


def bump() -> None:
    cache.set(KEY, uuid.uuid4().hex, timeout=None)


def bump_after_commit() -> None:
    """Bump once the change is visible to other connections.

    Bumping earlier would let a request on another server render the old
    content under the new generation and keep it there. ``robust``: with the
    cache unreachable the change itself still stands (the error is logged, and
    old pages age out after ``PAGE_CACHE_SECONDS``).
    """
    transaction.on_commit(bump, robust=True)
