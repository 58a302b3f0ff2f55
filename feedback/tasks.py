"""Background tasks of the feedback register, run by `manage.py db_worker`.

The task gets the id of a recorded status change, not the idea: when it runs
(seconds or hours later) it reads the current state, and a second run of the
same task sends nothing twice (see ``feedback.notifications``).

A failed task is not retried by django-tasks itself. When some e-mails could
not be sent (the mail server is down, say), the task queues itself again for
later, with a growing delay and at most ``MAX_ATTEMPTS`` runs. What is still
unsent after that, or whose task never reached the queue, is picked up by
``manage.py send_pending_notifications`` (run it every hour from cron).
"""

import datetime
import logging

from django.utils import timezone

from django_tasks import task

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
# 10 minutes, then 20, 40 and 80: together about two and a half hours.
FIRST_RETRY_DELAY = datetime.timedelta(minutes=10)


def retry_delay(attempt):
    """How long to wait before run ``attempt`` (2 for the first retry)."""
    return FIRST_RETRY_DELAY * 2 ** (attempt - 2)


def schedule_retry(status_change_id, attempt):
    """Queue run ``attempt`` for later; False when the queue cannot wait (runs tasks at once)."""
    if attempt > MAX_ATTEMPTS or not notify_followers.get_backend().supports_defer:
        return False
    run_after = timezone.now() + retry_delay(attempt)
    notify_followers.using(run_after=run_after).enqueue(status_change_id, attempt)
    return True


@task()
def notify_followers(status_change_id: int, attempt: int = 1) -> int:
    """E-mail the followers of an idea and its neighbourhood about one status change."""
    from .notifications import NotificationsNotSent, send_status_change

    try:
        return send_status_change(status_change_id)
    except NotificationsNotSent:
        if not schedule_retry(status_change_id, attempt + 1):
            logger.warning(
                "Status change %s: e-mails still unsent after %s run(s); "
                "send_pending_notifications will try again.",
                status_change_id,
                attempt,
            )
        raise  # the task shows as failed, with the reason, in the admin's task list
