"""Big cached bodies, kept apart from their entry and remembered by each app server.

At city scale the open-data exports are megabytes (the ideas CSV of 20,000
ideas is 8 MB). Stored inside its entry, every hit on such an export copied the
whole body out of Redis again: more work than the hit itself, and Redis does
it for all app servers on one core. So a body of at least
``PAGE_CACHE_BODY_MIN_BYTES`` is stored on its own, under the SHA-256 of its
bytes, and the entry only names it. An app server that has fetched a body once
keeps it in its memory (at most ``PAGE_CACHE_LOCAL_BYTES``, least recently
used out first) and serves later hits from there.

This cannot serve anything stale: a name is the hash of the bytes, so a name
always means the same body, and whether an entry may be served at all is still
decided by the cache generation read with the entry (``middleware.lookup``).
"""

import collections
import hashlib
import logging
import threading

from django.conf import settings
from django.core.cache import cache

PREFIX = "pagecache:body:"

logger = logging.getLogger(__name__)


class LocalBodies:
    """Bodies by name, in this process, within a budget of bytes (LRU)."""

    def __init__(self, budget):
        self.budget = budget
        self.size = 0
        self.bodies = collections.OrderedDict()
        self.lock = threading.Lock()

    def get(self, name):
        with self.lock:
            body = self.bodies.get(name)
            if body is not None:
                self.bodies.move_to_end(name)
            return body

    def remember(self, name, body):
        if len(body) > self.budget:
            return
        with self.lock:
            if name in self.bodies:
                self.bodies.move_to_end(name)
                return
            self.bodies[name] = body
            self.size += len(body)
            while self.size > self.budget:
                _name, dropped = self.bodies.popitem(last=False)
                self.size -= len(dropped)


local = LocalBodies(settings.PAGE_CACHE_LOCAL_BYTES)


def is_big(content: bytes) -> bool:
    return len(content) >= settings.PAGE_CACHE_BODY_MIN_BYTES


def store(content: bytes) -> str:
    """Keep ``content`` in the shared cache and here; its name for the entry."""
    name = PREFIX + hashlib.sha256(content).hexdigest()
    cache.set(name, content, settings.PAGE_CACHE_SECONDS)
    local.remember(name, content)
    return name


def fetch(name: str) -> bytes | None:
    """The body called ``name``: from this process, else from the shared cache.
    None when the shared cache no longer has it (the page is rendered again)."""
    body = local.get(name)
    if body is None:
        try:
            body = cache.get(name)
        except Exception:
            # As everywhere in the page cache: a cache that fails is a miss.
            logger.exception("Page cache unreachable; body %s not read", name)
            return None
        if body is not None:
            local.remember(name, body)
    return body
