"""Delete personal data we promised not to keep (see ``feedback.privacy.purge``).

Run it once a day, for example from cron:

    15 3 * * * cd /srv/meedoen && .venv/bin/python manage.py purge_personal_data --quiet

It deletes follow requests nobody confirmed within UNCONFIRMED_KEEP_DAYS,
subscriptions unsubscribed more than UNSUBSCRIBED_KEEP_DAYS ago, and social map
sign-ups that staff did not publish within SOCIALMAP_UNPUBLISHED_KEEP_DAYS
(older change requests lose their contact person). Running it twice is harmless.
"""

from django.core.management.base import BaseCommand

from feedback import privacy


class Command(BaseCommand):
    help = "Delete unconfirmed and old unsubscribed follow requests and old social map sign-ups."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="print nothing")

    def handle(self, *args, quiet, **options):
        done = privacy.purge()
        if not quiet:
            for what, count in done.items():
                self.stdout.write(f"{what.replace('_', ' ')}: {count}")
