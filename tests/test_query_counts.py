"""Every public page costs a bounded number of SQL queries, however much content there is.

Counted with an empty cache (the honest figure), on the demo site and again
after adding many more ideas, answers, practices, news, meetings,
organisations and translations: a page whose count grows with the content
runs a query per item somewhere.
"""

from django.db import transaction
from django.test import Client

import pytest

from tests.query_count_pages import MAX_QUERIES, add_more_content, count_queries, public_page_urls

# pytest-django sets up the test database only for sessions with a test marked
# for it: without this mark the module fails when run on its own.
pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    "home",
    "toolkit index",
    "toolkit chapter",
    "toolkit print view",
    "good practice index",
    "good practice index with two filters",
    "good practice index page 2",
    "good practice",
    "neighbourhood index",
    "neighbourhood",
    "neighbourhood agenda",
    "neighbourhood agenda calendar",
    "neighbourhood update",
    "event",
    "event calendar",
    "register",
    "register filtered",
    "register page 2",
    "register print view",
    "idea",
    "standard page",
    "search with results",
    "social map",
    "social map organisation",
    "feed",
    "neighbourhood feed",
    "open data ideas csv",
    "open data updates csv",
    "open data ideas json",
    "sitemap",
    "sitemap section",
    "robots.txt",
    "idea submission form",
    "follow form",
    "social map sign-up form",
    "en home",
    "en neighbourhood translated",
    "en neighbourhood untranslated",
    "en register translated",
    "en register untranslated",
    "en idea translated",
    "en idea untranslated",
    "en toolkit chapter translated",
    "en good practice index translated",
    "en good practice untranslated",
    "en neighbourhood update untranslated",
    "en event untranslated",
    "en standard page translated",
    "en search",
    "en social map",
    "en feed",
    "ar home",
    "ar neighbourhood translated",
    "ar neighbourhood untranslated",
    "ar register translated",
    "ar register untranslated",
    "ar idea translated",
    "ar idea untranslated",
    "ar toolkit chapter untranslated",
    "ar good practice index untranslated",
    "ar good practice untranslated",
    "ar neighbourhood update untranslated",
    "ar event untranslated",
    "ar standard page untranslated",
    "ar search",
    "ar social map",
    "ar feed",
]


def _counts(urls):
    client = Client()
    return {name: count_queries(client, url)[:2] for name, url in urls.items()}


@pytest.fixture(scope="module")
def query_counts(django_db_setup, django_db_blocker):
    """``{page type: ((status, count) on the demo, (status, count) with more content)}``.

    Measured once for the module, inside a transaction that is rolled back.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        urls = public_page_urls()
        demo = _counts(urls)
        add_more_content()
        more = _counts(urls)
        transaction.set_rollback(True)
    return {name: (demo[name], more[name]) for name in urls}


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_makes_at_most_twelve_queries_with_a_cold_cache(query_counts, page_type):
    (status, count), _more = query_counts[page_type]
    assert status == 200
    assert count <= MAX_QUERIES


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_makes_as_many_queries_with_much_more_content(query_counts, page_type):
    (_status, demo_count), (status, more_count) = query_counts[page_type]
    assert status == 200
    assert more_count == demo_count


def test_every_page_type_is_measured(query_counts):
    assert sorted(query_counts) == sorted(PAGE_TYPES)
