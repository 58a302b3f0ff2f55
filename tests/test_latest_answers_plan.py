"""Short lists of the newest or next items cost the same however much the city
has (issue 6), checked in PostgreSQL's query plans.

A neighbourhood's newest answers are read from the register's own answers,
newest first (the ``feedback_update_register`` index), stopping after the few
shown. Before, PostgreSQL walked every answer in the city newest first until
enough of this neighbourhood's turned up: for a quiet neighbourhood that was
nearly all of them. The home page's next meetings are read in date order
(``event_start_order``) instead of joining every meeting to its page and
sorting them."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from bench.tree import Placer, fix_numchild, insert_pages
from feedback.models import FeedbackUpdate
from feedback.queries import latest_updates
from feedback.status import Status
from pages.models import EventPage, NeighbourhoodPage

from .factories import IdeaIndexPageFactory
from .test_register_pagination import add_ideas, plan_nodes

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

BUSY_ANSWERS = 3000
LONG_AGO = datetime.date(2024, 1, 1)


def answers(ideas, count, first_day):
    """``count`` answers spread over ``ideas``, a day apart from ``first_day`` on."""
    return [
        FeedbackUpdate(
            idea_id=ideas[n % len(ideas)].pk,
            register_key=ideas[n % len(ideas)].register_key,  # what save() copies
            date=first_day + datetime.timedelta(days=n % 500),
            status=Status.UNDER_REVIEW,
            message=f"Antwoord {n}",
        )
        for n in range(count)
    ]


@pytest.fixture
def quiet_register(home):
    busy_neighbourhood, quiet_neighbourhood = NeighbourhoodPage.objects.filter(
        locale=home.locale
    ).order_by("path")[:2]
    busy = IdeaIndexPageFactory(parent=busy_neighbourhood)
    quiet = IdeaIndexPageFactory(parent=quiet_neighbourhood)
    busy_ideas = add_ideas(busy, 300, seed=7)
    quiet_ideas = add_ideas(quiet, 2, seed=8)
    # Every answer in the busy neighbourhood is newer than the quiet one's.
    FeedbackUpdate.objects.bulk_create(
        answers(quiet_ideas, 3, LONG_AGO)
        + answers(busy_ideas, BUSY_ANSWERS, LONG_AGO + datetime.timedelta(days=30))
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return quiet


def test_a_quiet_neighbourhoods_answers_are_read_from_its_own_index(quiet_register):
    with CaptureQueriesContext(connection) as queries:
        found = latest_updates(register=quiet_register, limit=3)
    assert [update.date for update in found] == sorted(
        (update.date for update in found), reverse=True
    )
    assert len(found) == 3
    [query] = queries.captured_queries
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query['sql']}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    scans = [
        node
        for node in plan_nodes(plan[0]["Plan"])
        if node.get("Relation Name") == "feedback_feedbackupdate"
    ]
    assert [scan.get("Index Name") for scan in scans] == ["feedback_update_register"]
    assert scans[0]["Actual Rows"] <= 3, "only the register's own answers are read"


@pytest.fixture
def many_meetings(home):
    """600 meetings across the city, half of them over, inserted in bulk."""
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    placer = Placer()
    now = timezone.now()
    meetings = []
    for n in range(600):
        start = now + datetime.timedelta(days=n - 300, hours=1)
        meeting = EventPage(
            title=f"Bijeenkomst {n}",
            slug=f"bijeenkomst-plan-{n}",
            locale_id=home.locale_id,
            start=start,
            end=start + datetime.timedelta(hours=2),
            location_name="Buurthuis",
            address="Plein 1",
        )
        placer.place(meeting, neighbourhood, published_at=now)
        meetings.append(meeting)
    insert_pages(EventPage, meetings)
    fix_numchild()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return meetings


def test_the_home_pages_next_meetings_are_read_in_date_order_from_an_index(
    client, home, many_meetings
):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(home.url)
    assert response.status_code == 200
    [query] = [
        q["sql"] for q in queries.captured_queries if '"pages_eventpage"."start"' in q["sql"]
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    [scan] = [
        node
        for node in plan_nodes(plan[0]["Plan"])
        if node.get("Relation Name") == "pages_eventpage"
    ]
    assert scan.get("Index Name") == "event_start_order"
    # The past meetings are passed over in the index; it stops after the few shown.
    assert scan["Actual Rows"] <= 10
