"""The benchmark's data generator (bench/) keeps producing a valid site.

It writes pages in bulk, around Wagtail's usual ``add_child``; these tests
catch the day a model change makes it write a broken tree, wrong counts,
stale idea statuses or pages that do not render.
"""

import datetime

from django.db.models import Count

from wagtail.models import Page

import pytest

from bench.generate import CityGenerator, update_counts, zipf_split
from bench.runner import parse_wrk
from bench.sizes import Sizes
from feedback.models import FeedbackUpdate, IdeaIndexPage, IdeaPage
from feedback.status import Status
from pages.models import EventPage, GoodPracticePage, NeighbourhoodPage, NeighbourhoodUpdatePage

from .helpers import WRK_OUTPUT

TINY = Sizes(
    neighbourhoods=6, ideas=90, feedback_updates=260, news_and_events=30, good_practices=14
)


@pytest.fixture
def first_new_page_id(home):
    return Page.objects.order_by("-pk").values_list("pk", flat=True).first() + 1


@pytest.fixture
def city(home, first_new_page_id):
    return CityGenerator(sizes=TINY, seed=3).run()


def dutch(model, home):
    return model.objects.filter(locale=home.locale)


def test_generator_reaches_the_requested_totals(city, home):
    assert dutch(NeighbourhoodPage, home).count() == TINY.neighbourhoods
    assert dutch(IdeaPage, home).count() == TINY.ideas
    assert FeedbackUpdate.objects.filter(idea__locale=home.locale).count() == (
        TINY.feedback_updates
    )
    news_and_events = dutch(NeighbourhoodUpdatePage, home).count() + dutch(EventPage, home).count()
    assert news_and_events == TINY.news_and_events
    assert dutch(GoodPracticePage, home).count() == TINY.good_practices
    # Every neighbourhood, old and new, has its register.
    assert dutch(IdeaIndexPage, home).count() == TINY.neighbourhoods


def test_generated_tree_has_no_problems(city):
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.parametrize("language", ["en", "ar"])
def test_translations_are_copies_under_the_translated_parents(
    city, home, first_new_page_id, language
):
    generated = list(
        IdeaPage.objects.filter(locale__language_code=language, pk__gte=first_new_page_id)
    )
    assert generated, f"the generator made no ideas in {language}"
    for copy in generated[:10]:
        original = IdeaPage.objects.get(translation_key=copy.translation_key, locale=home.locale)
        parent_of_copy = copy.get_parent()
        assert parent_of_copy.translation_key == original.get_parent().translation_key
        assert parent_of_copy.locale_id == copy.locale_id
        assert copy.status == original.status
        assert copy.updates.count() == original.updates.count()


def test_stored_idea_status_follows_the_feedback_rules(city, home):
    ideas = dutch(IdeaPage, home).annotate(n=Count("updates")).order_by("-n")[:40]
    for idea in ideas:
        stored = idea.derived_values()
        idea.refresh_status()
        assert stored == idea.derived_values(), idea.title


def test_every_closing_status_is_generated_with_its_reason(city, home):
    statuses = set(dutch(IdeaPage, home).values_list("status", flat=True))
    assert {Status.RECEIVED, Status.DONE, Status.NOT_DOING} <= statuses
    assert not FeedbackUpdate.objects.filter(
        status__in=[Status.NOT_DOING, Status.ON_HOLD, Status.REFERRED], reason=""
    ).exists()


def test_generated_register_and_idea_pages_render(city, client, home):
    new_neighbourhood = dutch(NeighbourhoodPage, home).get(slug="wijk-1")
    register = IdeaIndexPage.objects.child_of(new_neighbourhood).get()
    idea = IdeaPage.objects.child_of(register).annotate(n=Count("updates")).order_by("-n").first()
    arabic_idea = IdeaPage.objects.filter(locale__language_code="ar").order_by("-pk").first()
    for url in (
        new_neighbourhood.url,
        register.url,
        f"{register.url}?status=done&pagina=2",
        idea.url,
        arabic_idea.url,
    ):
        response = client.get(url)
        assert response.status_code == 200, url
    assert idea.title in client.get(idea.url).content.decode()


def test_ideas_are_spread_unevenly_but_completely():
    assert zipf_split(100, 4) == [48, 24, 16, 12]
    assert sum(zipf_split(19_964, 40)) == 19_964


def test_update_counts_sum_exactly():
    import random

    counts = update_counts(random.Random(1), 1000, 3000)
    assert sum(counts) == 3000
    assert min(counts) >= 0


def test_twenty_times_is_the_city():
    assert Sizes.for_scale(20) == Sizes(
        neighbourhoods=40,
        ideas=20_000,
        feedback_updates=60_000,
        news_and_events=2_000,
        good_practices=300,
    )


def test_scale_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        Sizes.for_scale(0)


def test_wrk_output_is_read_in_milliseconds():
    assert parse_wrk(WRK_OUTPUT) == {
        "requests_per_second": 75.9,
        "p50_ms": 201.33,
        "p99_ms": 1020.0,
        "requests": 1140,
        "non_2xx": 2,
        "socket_errors": 3,
    }


def test_unexpected_wrk_output_is_an_error():
    with pytest.raises(ValueError, match="wrk"):
        parse_wrk("wrk: connection refused")


def test_generated_dates_are_not_in_the_future(city, home):
    today = datetime.date.today()
    assert not FeedbackUpdate.objects.filter(date__gt=today + datetime.timedelta(days=1)).exists()


@pytest.fixture
def connection_kept_between_requests():
    """As Django's test client does: the profiler calls the WSGI handler, whose
    end-of-request signal would close the connection that holds the test's
    transaction (on PostgreSQL; SQLite's in-memory database is never closed)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("connection_kept_between_requests")
def test_profile_prints_status_queries_and_cpu_time_of_a_page(capsys, home):
    from bench.profile import profile_path

    profile_path("/", requests=2, with_cprofile=False, top=5, show_sql=True)
    out = capsys.readouterr().out
    assert out.startswith("  [")  # each query with its time first
    summary = out.strip().splitlines()[-1]
    assert "status 200" in summary
    assert "queries" in summary and "CPU" in summary and "wall" in summary


@pytest.mark.usefixtures("connection_kept_between_requests")
def test_profile_reports_a_missing_page_instead_of_failing(capsys, home):
    from bench.profile import profile_path

    profile_path("/geen-pagina/", requests=1, with_cprofile=False, top=5)
    assert "status 404" in capsys.readouterr().out
