"""A status change reaches followers by e-mail, through the real task queue.

Publishing an idea with a new status stores one task in the database
(django-tasks-db); the tests then run the worker, as `manage.py db_worker`
does in production, and read the e-mails it sent.
"""

import io
import logging
import signal

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from feedback import notifications
from feedback.models import (
    FeedbackUpdate,
    IdeaPage,
    SentNotification,
    StatusChange,
)
from feedback.queries import register_of
from feedback.status import Status
from feedback.tasks import notify_followers
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, SubscriptionFactory, reason

pytestmark = pytest.mark.django_db

TASK_PATH = "feedback.tasks.notify_followers"


@pytest.fixture(autouse=True)
def database_queue(settings):
    """The production backend: tasks wait in the database until a worker runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(monkeypatch):
    """Run `manage.py db_worker --batch`: every queued task, then stop."""
    # Between tasks the worker drops database connections it thinks are stale;
    # inside a test's transaction that would drop the test's own connection.
    # Django's test client switches the same clean-up off for requests.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
        loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
        levels = [logger.level for logger in loggers]
        try:
            call_command(
                "db_worker",
                "--batch",
                "--no-startup-delay",
                "--interval=0",
                "--no-reload",
                verbosity=0,
                stdout=io.StringIO(),
            )
        finally:
            for sig, handler in handlers.items():
                signal.signal(sig, handler)
            for logger, level in zip(loggers, levels, strict=True):
                logger.setLevel(level)

    return run


@pytest.fixture
def neighbourhood(home):
    return NeighbourhoodPage.objects.live().filter(locale=home.locale).order_by("title").first()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish an idea's current state, running what waits for the commit (the enqueue)."""

    def publish(idea):
        with django_capture_on_commit_callbacks(execute=True):
            idea.save_revision().publish()
        return IdeaPage.objects.get(pk=idea.pk)

    return publish


@pytest.fixture
def idea(neighbourhood, publish):
    register = register_of(neighbourhood) or IdeaIndexPageFactory(parent=neighbourhood)
    return publish(IdeaPageFactory(parent=register, title="Bankjes bij de speeltuin"))


def with_update(idea, status, message="We hebben het plan gemaakt.", **fields):
    """The idea with one more feedback update, not yet published."""
    idea = IdeaPage.objects.get(pk=idea.pk)
    new = FeedbackUpdate(date=timezone.localdate(), status=status, message=message, **fields)
    idea.updates = [*idea.updates.all(), new]
    return idea


def queued_tasks():
    return DBTaskResult.objects.filter(task_path=TASK_PATH)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_status_change_mails_each_follower_once_through_the_queue(
    idea, neighbourhood, publish, run_worker
):
    idea_follower = SubscriptionFactory(idea=idea)
    neighbourhood_follower = SubscriptionFactory(neighbourhood=neighbourhood)

    publish(with_update(idea, Status.PLANNED))

    assert mail.outbox == []  # nothing is sent while the editor waits
    assert queued_tasks().count() == 1
    run_worker()

    assert recipients() == sorted([idea_follower.email, neighbourhood_follower.email])
    assert queued_tasks().get().status == "SUCCESSFUL"


def test_each_status_change_gets_its_own_mail(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)

    publish(with_update(idea, Status.PLANNED))
    run_worker()
    publish(with_update(idea, Status.IN_PROGRESS, "We zijn begonnen."))
    run_worker()

    assert recipients() == [follower.email, follower.email]
    assert queued_tasks().count() == 2


def test_republishing_without_a_status_change_sends_nothing(idea, publish, run_worker):
    SubscriptionFactory(idea=idea)
    idea = publish(with_update(idea, Status.PLANNED))
    run_worker()
    mail.outbox.clear()

    idea.summary = "Meer bankjes en een prullenbak bij de speeltuin."
    publish(idea)
    publish(with_update(idea, Status.PLANNED, "Het plan is klaar."))
    run_worker()

    assert mail.outbox == []
    assert queued_tasks().count() == 1


def test_the_first_publication_of_an_idea_sends_nothing(neighbourhood, publish, run_worker):
    SubscriptionFactory(neighbourhood=neighbourhood)
    register = register_of(neighbourhood)

    publish(IdeaPageFactory(parent=register))
    run_worker()

    assert mail.outbox == []
    assert not queued_tasks().exists()


def test_a_follower_of_both_the_idea_and_its_neighbourhood_gets_one_mail(
    idea, neighbourhood, publish, run_worker
):
    for_idea = SubscriptionFactory(idea=idea, email="Jan@Example.nl")
    for_neighbourhood = SubscriptionFactory(neighbourhood=neighbourhood, email="jan@example.nl")

    publish(with_update(idea, Status.PLANNED))
    run_worker()

    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    # Both unsubscribe links, so the resident can stop either.
    assert for_idea.token in body
    assert for_neighbourhood.token in body
    assert (
        SentNotification.objects.filter(subscription__in=[for_idea, for_neighbourhood]).count() == 2
    )


def test_unconfirmed_and_unsubscribed_addresses_get_nothing(
    idea, neighbourhood, publish, run_worker
):
    SubscriptionFactory(idea=idea, confirmed_at=None)
    SubscriptionFactory(neighbourhood=neighbourhood, unsubscribed_at=timezone.now())

    publish(with_update(idea, Status.PLANNED))
    run_worker()

    assert mail.outbox == []


def test_unsubscribing_with_the_link_stops_the_mails(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)
    publish(with_update(idea, Status.PLANNED))
    run_worker()
    assert recipients() == [follower.email]
    mail.outbox.clear()

    Client().post(f"/afmelden/{follower.token}/")
    publish(with_update(idea, Status.IN_PROGRESS, "We zijn begonnen."))
    run_worker()

    assert mail.outbox == []


def test_the_one_click_address_in_the_headers_unsubscribes(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)
    publish(with_update(idea, Status.PLANNED))
    run_worker()
    message = mail.outbox[0]

    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http") and header.endswith(">")
    path = header.strip("<>").split("://", 1)[1].split("/", 1)[1]

    # A mail program posts without a CSRF token, with the body RFC 8058 prescribes.
    response = Client(enforce_csrf_checks=True).post(
        f"/{path}",
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    follower.refresh_from_db()
    assert follower.unsubscribed_at is not None


def test_the_mail_tells_title_status_message_reason_and_links(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)

    publish(
        with_update(
            idea,
            Status.NOT_DOING,
            "We gaan geen bankjes plaatsen.",
            reason_code=reason("no-budget"),
            reason="Het geld voor dit jaar is op.",
        )
    )
    run_worker()

    message = mail.outbox[0]
    assert "Bankjes bij de speeltuin" in message.subject
    assert "\n" not in message.subject
    assert "Bankjes bij de speeltuin" in message.body
    assert str(Status.NOT_DOING.label) in message.body
    assert "We gaan geen bankjes plaatsen." in message.body
    assert "Het geld voor dit jaar is op." in message.body
    assert reason("no-budget").title in message.body
    assert IdeaPage.objects.get(pk=idea.pk).get_full_url() in message.body
    assert f"/afmelden/{follower.token}/" in message.body
    assert "&quot;" not in message.body  # plain text, not HTML-escaped


def test_a_follower_who_used_english_gets_links_in_english(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea, language="en")

    publish(with_update(idea, Status.PLANNED))
    run_worker()

    assert f"/en/afmelden/{follower.token}/" in mail.outbox[0].body


def test_running_the_task_again_sends_no_second_mail(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)
    publish(with_update(idea, Status.PLANNED))
    run_worker()
    change = StatusChange.objects.filter(idea=idea).latest("pk")

    notify_followers.enqueue(change.pk)  # a retry, or a task enqueued twice
    run_worker()

    assert recipients() == [follower.email]
    assert queued_tasks().count() == 2


def test_a_failed_mail_fails_the_task_and_a_retry_mails_only_that_follower(
    idea, publish, run_worker, monkeypatch
):
    refused = SubscriptionFactory(idea=idea, email="vol@example.nl")
    accepted = SubscriptionFactory(idea=idea, email="leeg@example.nl")
    real_send = notifications.EmailMessage.send

    def send_refusing_one(message, *args, **kwargs):
        if message.to == [refused.email]:
            raise OSError("mailbox full")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(notifications.EmailMessage, "send", send_refusing_one)
    publish(with_update(idea, Status.PLANNED))
    run_worker()
    assert recipients() == [accepted.email]
    # The failed run queued a retry for later (feedback.tasks): look at the first run.
    assert queued_tasks().order_by("enqueued_at").first().status == "FAILED"

    monkeypatch.setattr(notifications.EmailMessage, "send", real_send)
    notify_followers.enqueue(StatusChange.objects.filter(idea=idea).latest("pk").pk)
    run_worker()

    assert recipients() == sorted([accepted.email, refused.email])


def test_a_change_replaced_before_the_worker_ran_sends_only_the_newest(idea, publish, run_worker):
    follower = SubscriptionFactory(idea=idea)

    publish(with_update(idea, Status.PLANNED))
    publish(with_update(idea, Status.IN_PROGRESS, "We zijn begonnen."))
    run_worker()

    assert recipients() == [follower.email]
    assert str(Status.IN_PROGRESS.label) in mail.outbox[0].body
