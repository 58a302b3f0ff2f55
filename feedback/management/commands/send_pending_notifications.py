"""Send status change e-mails that have not gone out yet.

The task of a status change retries itself a few times (``feedback.tasks``).
This command is the safety net behind it: for when the mail server was down
for longer, or the task never reached the queue. Run it every hour:

    5 * * * * cd /srv/meedoen && .venv/bin/python manage.py send_pending_notifications --quiet

Only changes of the last PENDING_DAYS days are looked at: older news is no
longer news. Nobody is mailed twice (see ``feedback.notifications``).
"""

import datetime

from django.core.management.base import BaseCommand
from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from feedback.models import SentNotification, StatusChange, Subscription
from feedback.notifications import NotificationsNotSent, send_status_change

PENDING_DAYS = 7


def pending_changes(now=None):
    """Recent, still current status changes with a follower who was not mailed."""
    since = (now or timezone.now()) - datetime.timedelta(days=PENDING_DAYS)
    newer = StatusChange.objects.filter(idea_id=OuterRef("idea_id"), pk__gt=OuterRef("pk"))
    candidates = (
        StatusChange.objects.filter(published_at__gte=since, idea__live=True)
        .exclude(previous_status="")
        .filter(status=F("idea__status"))
        .exclude(Exists(newer))
        .select_related("idea")
        .order_by("pk")
    )
    for change in candidates:
        mailed = SentNotification.objects.filter(status_change=change, subscription=OuterRef("pk"))
        # Only followers who already followed when the change was published.
        waiting = (
            Subscription.objects.followers_of(change.idea)
            .filter(confirmed_at__lte=change.published_at)
            .exclude(Exists(mailed))
        )
        if waiting.exists():
            yield change


class Command(BaseCommand):
    help = "Send status change e-mails that failed or were never sent (last 7 days)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="print nothing")

    def handle(self, *args, quiet, **options):
        sent = failed = 0
        for change in list(pending_changes()):
            try:
                sent += send_status_change(change.pk)
            except NotificationsNotSent as error:
                failed += 1
                self.stderr.write(str(error))
        if not quiet:
            self.stdout.write(f"{sent} e-mail(s) sent; {failed} status change(s) still failing.")
