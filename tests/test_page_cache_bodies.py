"""Big cached bodies (the open-data exports) are stored apart from their entry
and served from the app server's memory, never stale (pagecache/bodies.py)."""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from feedback.models import FeedbackUpdate
from feedback.status import Status
from pagecache import bodies

from .test_page_cache import body, publish, shown_in  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

EXPORT = "/open-data/terugkoppelingen.csv"


@pytest.fixture(autouse=True)
def small_bodies_count_as_big(settings, monkeypatch):
    """The demo's exports are a few kilobytes: treat anything from 100 bytes as big,
    with an empty memory of bodies for each test."""
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_BODY_MIN_BYTES = 100
    monkeypatch.setattr(bodies, "local", bodies.LocalBodies(budget=10 * 1024 * 1024))


class CountedCacheGets:
    """What is read from the shared cache: the keys, and the bytes that come back."""

    def __init__(self, monkeypatch):
        self.keys = []
        self.values = []
        get, get_many = cache.get, cache.get_many

        def counted_get(key, *args, **kwargs):
            self.keys.append(key)
            value = get(key, *args, **kwargs)
            self.values.append(value)
            return value

        def counted_get_many(keys, *args, **kwargs):
            self.keys.extend(keys)
            found = get_many(keys, *args, **kwargs)
            self.values.extend(found.values())
            return found

        monkeypatch.setattr(cache, "get", counted_get)
        monkeypatch.setattr(cache, "get_many", counted_get_many)

    def bodies(self):
        return [key for key in self.keys if key.startswith(bodies.PREFIX)]

    def carried(self, content):
        """Whether ``content`` came out of the shared cache, alone or in an entry."""
        return any(
            value == content or (isinstance(value, dict) and value.get("content") == content)
            for value in self.values
        )


def fetch(client, url=EXPORT):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        content = body(response)
    return response.get("X-Page-Cache"), content, len(queries)


def test_a_big_body_is_stored_under_the_hash_of_its_bytes_apart_from_its_entry():
    client = Client()
    _state, first, _queries = fetch(client)
    assert list(bodies.local.bodies) == [bodies.PREFIX + hashlib.sha256(first).hexdigest()]
    assert cache.get(bodies.PREFIX + hashlib.sha256(first).hexdigest()) == first


def test_a_repeated_request_of_a_big_export_reads_its_body_from_memory_not_the_shared_cache(
    monkeypatch,
):
    client = Client()
    _state, first, _queries = fetch(client)
    reads = CountedCacheGets(monkeypatch)

    state, second, queries = fetch(client)

    assert (state, queries) == ("hit", 0)
    assert second == first
    assert reads.bodies() == [] and not reads.carried(first)


def test_another_app_server_fetches_the_body_once_then_keeps_it(monkeypatch):
    client = Client()
    _state, first, _queries = fetch(client)
    # Another process: the same shared cache, nothing in its own memory yet.
    monkeypatch.setattr(bodies, "local", bodies.LocalBodies(budget=10 * 1024 * 1024))
    reads = CountedCacheGets(monkeypatch)

    assert fetch(client)[:2] == ("hit", first)
    assert fetch(client)[:2] == ("hit", first)
    assert len(reads.bodies()) == 1
    assert len([value for value in reads.values if value == first]) == 1


def test_a_body_gone_from_the_shared_cache_is_rendered_again_not_an_error(monkeypatch):
    client = Client()
    _state, first, _queries = fetch(client)
    (name,) = bodies.local.bodies
    cache.delete(name)
    monkeypatch.setattr(bodies, "local", bodies.LocalBodies(budget=10 * 1024 * 1024))

    state, again, queries = fetch(client)

    assert (state, again) == ("miss", first) and queries > 0
    assert fetch(client)[0] == "hit"


def test_a_shared_cache_that_fails_while_reading_a_body_means_the_export_is_rendered(
    monkeypatch,
):
    client = Client()
    _state, first, _queries = fetch(client)
    monkeypatch.setattr(bodies, "local", bodies.LocalBodies(budget=10 * 1024 * 1024))
    get = cache.get

    def failing_for_bodies(key, *args, **kwargs):
        if key.startswith(bodies.PREFIX):
            raise ConnectionError("Redis went away")
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", failing_for_bodies)

    state, again, queries = fetch(client)

    assert (state, again) == ("miss", first) and queries > 0


def test_a_change_shows_in_a_big_export_at_once_though_the_old_body_is_still_in_memory(publish):  # noqa: F811
    idea = shown_in("nl")
    client = Client()
    _state, before, _queries = fetch(client)
    message = "We zetten er in het voorjaar twee bankjes neer."
    assert message.encode() not in before

    def answer(page):
        page.updates.add(
            FeedbackUpdate(date=timezone.localdate(), status=Status.PLANNED, message=message)
        )

    publish(idea, answer)
    state, after, _queries = fetch(client)

    assert state == "miss" and message.encode() in after
    assert fetch(client)[:2] == ("hit", after)


def test_the_memory_of_bodies_keeps_to_its_budget_dropping_the_least_recently_used():
    local = bodies.LocalBodies(budget=10)
    local.remember("a", b"1234")
    local.remember("b", b"1234")
    assert local.get("a") == b"1234"  # now "b" is the least recently used
    local.remember("c", b"1234")

    assert (local.get("a"), local.get("b"), local.get("c")) == (b"1234", None, b"1234")
    assert local.size == 8
    local.remember("too big", b"x" * 11)
    assert local.get("too big") is None and local.size == 8
