"""Shared fixtures: the demo site is loaded once per test session.

Each test runs inside a transaction that is rolled back, so tests can change
the demo content freely. Tests marked ``postgres`` run only against
PostgreSQL (DATABASE_URL); .ci/run runs the suite on both databases.
"""

import io
import os

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command

from wagtail.models import Locale, Site

import pytest


def pytest_collection_modifyitems(config, items):
    if settings.USES_POSTGRES:
        return
    if os.environ.get("REQUIRE_POSTGRES"):
        raise pytest.UsageError("REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL.")
    selected, deselected = [], []
    for item in items:
        (deselected if item.get_closest_marker("postgres") else selected).append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", "--no-admin", stdout=io.StringIO())


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def locale_nl(db):
    return Locale.objects.get(language_code="nl")


@pytest.fixture(autouse=True)
def empty_cache():
    # Rate limits and cached lookups live in the cache, which outlives a test's transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def neighbourhood(home):
    """The first demo neighbourhood, in Dutch."""
    from pages.models import NeighbourhoodPage

    return NeighbourhoodPage.objects.live().filter(locale=home.locale).order_by("title").first()


@pytest.fixture
def register(neighbourhood):
    """That neighbourhood's feedback register."""
    from feedback.queries import register_of

    return register_of(neighbourhood)
