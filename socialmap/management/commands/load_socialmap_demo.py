"""Load the demo organisations of the social map (after ``load_demo_content``).

Safe to run again: what exists is kept, nothing is duplicated.
"""

import logging

from django.core.management.base import BaseCommand, CommandError

from socialmap import demo


class Command(BaseCommand):
    help = "Load the demo organisations of the social map (idempotent)."

    def handle(self, *args, **options):
        # Wagtail logs every revision it saves and publishes.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            demo.load(log=self.stdout.write)
        except demo.MissingDemoSite as error:
            raise CommandError(str(error)) from error
        finally:
            wagtail_logger.setLevel(level)
