"""Nothing is lost or doubled when residents and editors act at the same moment.

Real threads against PostgreSQL, each with its own database connection, so
their transactions really overlap and really commit. Why not
``django_db(transaction=True)``: after such a test pytest-django empties every
table, and with them the demo site the whole session shares. Instead the test
keeps its own transaction for reading only (PostgreSQL's READ COMMITTED lets
it see what the threads committed), and a thread deletes what the test made.
"""

import datetime
import threading
from concurrent.futures import ThreadPoolExecutor

from django.core import mail
from django.db import connections, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from feedback.models import (
    FeedbackUpdate,
    IdeaPage,
    SentNotification,
    StatusChange,
    Subscription,
)
from feedback.queries import register_of
from feedback.status import Status
from feedback.submission import form_started_token
from pages.models import NeighbourhoodPage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

THREADS = 10
# Ideas the residents' test sends in; deleted after the test whatever happened.
LEFTOVER_TITLE = "Een zebrapad bij de school"
STATUS_CYCLE = [Status.UNDER_REVIEW, Status.PLANNED, Status.IN_PROGRESS, Status.DONE]


def in_threads(count, work):
    """Run ``work(i)`` in ``count`` threads that start together; return their results."""
    barrier = threading.Barrier(count)

    def run(number):
        try:
            barrier.wait(timeout=30)
            return work(number)
        finally:
            connections.close_all()  # this thread's connections

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


def committed(work):
    """Run ``work()`` on a connection of its own: committed at once, outside the test."""
    return in_threads(1, lambda _number: work())[0]


def dutch_neighbourhood():
    return NeighbourhoodPage.objects.live().filter(locale__language_code="nl").order_by("title")[0]


@pytest.fixture
def cleanup():
    """Pages made by the threads, deleted (committed) after the test."""
    made = []
    yield made

    def delete():
        made.extend(
            IdeaPage.objects.filter(title__startswith=LEFTOVER_TITLE).values_list("pk", flat=True)
        )
        for page_id in made:
            page = IdeaPage.objects.filter(pk=page_id).first()
            if page is not None:
                page.delete()

    committed(delete)


def test_ten_residents_sending_ideas_at_once_all_land_once(cleanup):
    neighbourhood = dutch_neighbourhood()
    register = register_of(neighbourhood)
    before = IdeaPage.objects.child_of(register).count()
    started = form_started_token(timezone.now() - datetime.timedelta(minutes=1))

    def send(number):
        client = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")  # each its own rate limit
        with translation.override("nl"):
            return client.post(
                reverse("feedback_submit"),
                {
                    "neighbourhood": neighbourhood.pk,
                    # Same words for everyone: the addresses (slugs) must still differ.
                    "idea": f"{LEFTOVER_TITLE} aan de Marnixlaan, graag.",
                    "email": f"bewoner{number}@example.nl",
                    "consent": "on",
                    "started": started,
                },
            ).status_code

    statuses = in_threads(THREADS, send)
    ideas = list(IdeaPage.objects.child_of(register).filter(title__startswith=LEFTOVER_TITLE))

    assert statuses == [302] * THREADS
    assert len(ideas) == THREADS
    assert IdeaPage.objects.child_of(register).count() == before + THREADS
    assert len({idea.slug for idea in ideas}) == THREADS
    assert len({idea.path for idea in ideas}) == THREADS
    assert all(not idea.live and idea.latest_revision_id for idea in ideas)
    emails = set(Subscription.objects.filter(idea__in=ideas).values_list("email", flat=True))
    assert emails == {f"bewoner{number}@example.nl" for number in range(THREADS)}
    register.refresh_from_db()
    assert register.numchild == before + THREADS


@pytest.fixture
def followed_idea(cleanup):
    """A published idea with two confirmed followers, committed."""

    def make():
        register = register_of(dutch_neighbourhood())
        idea = IdeaPage(
            title="Gelijktijdig bewerkt idee",
            slug="gelijktijdig-bewerkt-idee",
            summary="Een idee dat veel redacteuren tegelijk bijwerken.",
            theme=IdeaPage.objects.live().first().theme,
            source="meeting",
            received_on=timezone.localdate() - datetime.timedelta(days=10),
        )
        register.add_child(instance=idea)
        idea.save_revision().publish()
        for number in range(2):
            Subscription.objects.create(
                idea=idea, email=f"volger{number}@example.nl", confirmed_at=timezone.now()
            )
        return idea.pk

    pk = committed(make)
    cleanup.append(pk)
    return pk


def publish_with_update(pk, status, message, lock):
    """What the editor's "Publish" does: the page with one more update, as a revision."""
    with transaction.atomic():
        query = IdeaPage.objects.select_for_update() if lock else IdeaPage.objects
        idea = query.get(pk=pk)
        updates = list(idea.updates.all())
        # The editor's form numbers the updates in order; without it same-day
        # updates have no order and the latest one is a matter of chance.
        new = FeedbackUpdate(
            date=timezone.localdate(), status=status, message=message, sort_order=len(updates)
        )
        idea.updates = [*updates, new]
        idea.save_revision().publish()


def check_status_history(pk):
    idea = IdeaPage.objects.get(pk=pk)
    changes = list(StatusChange.objects.filter(idea_id=pk).order_by("pk"))
    # One baseline, then one row per real change, each continuing the one before.
    assert changes[0].previous_status == ""
    for earlier, later in zip(changes, changes[1:], strict=False):
        assert later.previous_status == earlier.status
        assert later.status != earlier.status
    assert changes[-1].status == idea.status
    return idea, changes


def check_mail(pk, changes):
    sent = SentNotification.objects.filter(status_change__idea_id=pk)
    pairs = list(sent.values_list("subscription_id", "status_change_id"))
    assert len(pairs) == len(set(pairs))
    assert len(mail.outbox) == len(pairs)
    # The newest change always reaches every follower, exactly once.
    latest = changes[-1]
    if latest.previous_status:
        assert sent.filter(status_change=latest).count() == 2


def test_editors_adding_updates_one_after_another_lose_none(followed_idea):
    def add(number):
        status = STATUS_CYCLE[number % len(STATUS_CYCLE)]
        publish_with_update(followed_idea, status, f"Bericht {number}.", lock=True)

    in_threads(THREADS, add)

    idea, changes = check_status_history(followed_idea)
    messages = list(idea.updates.values_list("message", flat=True))
    assert sorted(messages) == sorted(f"Bericht {number}." for number in range(THREADS))
    assert idea.status == idea.ordered_updates()[-1].status
    check_mail(followed_idea, changes)


def test_editors_publishing_at_once_keep_status_history_and_mail_consistent(followed_idea):
    # Without a lock each editor publishes what they saw: the last one wins, like
    # two people saving the same form. What must hold is the bookkeeping.
    def publish(number):
        status = STATUS_CYCLE[number % len(STATUS_CYCLE)]
        publish_with_update(followed_idea, status, f"Bericht {number}.", lock=False)

    in_threads(THREADS, publish)

    idea, changes = check_status_history(followed_idea)
    assert idea.status == idea.ordered_updates()[-1].status
    check_mail(followed_idea, changes)
