"""A small rate limit per client, kept in the cache.

Clients are told apart by their IP address, but the address itself is never
stored: the cache key holds a keyed hash of it (HMAC with the SECRET_KEY). A
plain hash would not do, because the few billion IPv4 addresses can all be
hashed in minutes and so turned back into the address.

The window is fixed: it starts at the first counted action and lasts
``period`` seconds. That is precise enough to stop a flood and needs one cache
key per client. The cache is shared between app servers when REDIS_URL is set;
with the local-memory cache each process counts on its own.

Behind a reverse proxy REMOTE_ADDR is the proxy's address, so every visitor
would share one count: the address comes from portal.security.client_ip, which
reads X-Forwarded-For only as far as TRUSTED_PROXY_COUNT allows (the same
address the login throttling uses).
"""

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from portal.security import client_ip


def client_fingerprint(request):
    """A keyed hash of the client's address: the same for one client, useless to anyone else."""
    address = client_ip(request) or "unknown"
    return salted_hmac("feedback.ratelimit.client", address).hexdigest()


def _key(request, scope):
    return f"ratelimit:{scope}:{client_fingerprint(request)}"


def limit_reached(request, scope, limit):
    """True when this client has already done ``limit`` counted actions in the window."""
    return (cache.get(_key(request, scope)) or 0) >= limit


def count(request, scope, period):
    """Count one action of this client; the first one opens a window of ``period`` seconds."""
    key = _key(request, scope)
    if cache.add(key, 1, timeout=period):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        # The window closed between add() and incr(): this action opens a new one.
        cache.set(key, 1, timeout=period)
        return 1
