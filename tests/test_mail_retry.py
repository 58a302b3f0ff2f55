"""When the mail server fails, the status change stands and the e-mail follows later.

django-tasks does not retry a failed task by itself: the task queues its own
retry (``feedback.tasks``), and ``send_pending_notifications`` picks up what
is left.
"""

import datetime
import io
import smtplib

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone

import pytest

from feedback import tasks
from feedback.models import IdeaPage, SentNotification, StatusChange
from feedback.status import Status

from . import test_notifications as notifications_tests
from .factories import SubscriptionFactory

# The fixtures of the e-mail tests: the database queue, a worker, a published idea.
database_queue = notifications_tests.database_queue
run_worker = notifications_tests.run_worker
neighbourhood = notifications_tests.neighbourhood
publish = notifications_tests.publish
idea = notifications_tests.idea
queued_tasks = notifications_tests.queued_tasks
recipients = notifications_tests.recipients
with_update = notifications_tests.with_update

pytestmark = pytest.mark.django_db


class RefusingBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPException("421 Service not available")


@pytest.fixture
def mail_server_down(settings):
    settings.EMAIL_BACKEND = "tests.test_mail_retry.RefusingBackend"

    def back_up():
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    return back_up


def make_retries_due():
    queued_tasks().filter(status="READY").update(run_after=timezone.now())


@pytest.fixture
def followers(idea, neighbourhood):
    return [
        SubscriptionFactory(idea=idea, email="een@example.nl"),
        SubscriptionFactory(neighbourhood=neighbourhood, email="twee@example.nl"),
    ]


def test_a_failing_mail_server_leaves_the_published_status_standing(
    idea, followers, publish, run_worker, mail_server_down
):
    publish(with_update(idea, Status.PLANNED))
    run_worker()

    idea = IdeaPage.objects.get(pk=idea.pk)
    assert idea.live and idea.status == Status.PLANNED
    assert StatusChange.objects.filter(idea=idea, status=Status.PLANNED).count() == 1
    assert mail.outbox == []
    assert not SentNotification.objects.exists()


def test_the_failed_task_queues_its_own_retry_for_later(
    idea, followers, publish, run_worker, mail_server_down
):
    before = timezone.now()
    publish(with_update(idea, Status.PLANNED))
    run_worker()

    first, retry = queued_tasks().order_by("enqueued_at")
    assert first.status == "FAILED"
    assert retry.status == "READY"
    assert retry.args_kwargs["args"][1] == 2
    assert retry.run_after >= before + tasks.FIRST_RETRY_DELAY
    run_worker()  # not due yet: nothing runs
    assert queued_tasks().get(pk=retry.pk).status == "READY"


def test_once_the_mail_server_is_back_the_retry_mails_each_follower_exactly_once(
    idea, followers, publish, run_worker, mail_server_down
):
    publish(with_update(idea, Status.PLANNED))
    run_worker()
    mail_server_down()  # the mail server is back up
    make_retries_due()
    run_worker()

    assert recipients() == sorted(f.email for f in followers)
    assert SentNotification.objects.count() == 2
    assert IdeaPage.objects.get(pk=idea.pk).status == Status.PLANNED

    notify_again = StatusChange.objects.filter(idea=idea).latest("pk").pk
    tasks.notify_followers.enqueue(notify_again)
    run_worker()
    call_command("send_pending_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_retries_stop_after_the_last_attempt(
    idea, followers, publish, run_worker, mail_server_down
):
    publish(with_update(idea, Status.PLANNED))
    for _ in range(tasks.MAX_ATTEMPTS + 2):
        run_worker()
        make_retries_due()

    assert queued_tasks().count() == tasks.MAX_ATTEMPTS
    assert not queued_tasks().filter(status="READY").exists()


def test_retry_delays_grow():
    assert tasks.retry_delay(2) == tasks.FIRST_RETRY_DELAY
    assert tasks.retry_delay(3) == 2 * tasks.FIRST_RETRY_DELAY


def test_pending_notifications_are_sent_when_the_task_never_ran(
    idea, followers, publish, run_worker, mail_server_down
):
    publish(with_update(idea, Status.PLANNED))
    queued_tasks().delete()  # the queue lost it
    mail_server_down()
    out = io.StringIO()

    call_command("send_pending_notifications", stdout=out)
    call_command("send_pending_notifications", stdout=io.StringIO())

    assert recipients() == sorted(f.email for f in followers)
    assert "2 e-mail(s) sent" in out.getvalue()


def test_pending_notifications_leave_old_and_replaced_changes_alone(
    idea, followers, publish, mail_server_down
):
    publish(with_update(idea, Status.PLANNED))
    StatusChange.objects.filter(idea=idea).update(
        published_at=timezone.now() - datetime.timedelta(days=8)
    )
    mail_server_down()

    call_command("send_pending_notifications", stdout=io.StringIO())

    assert mail.outbox == []


def test_a_follower_who_came_after_the_change_is_not_told_old_news(idea, publish, mail_server_down):
    publish(with_update(idea, Status.PLANNED))
    SubscriptionFactory(idea=idea, confirmed_at=timezone.now() + datetime.timedelta(seconds=1))
    mail_server_down()

    call_command("send_pending_notifications", stdout=io.StringIO())

    assert mail.outbox == []
