"""Load the Dutch demo content (with English translations) and a demo admin.

Safe to run again: what exists is kept, nothing is duplicated.
"""

import logging
import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from pages.demo.loader import DemoLoader

DEMO_ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = "Load the Meedoen demo content (idempotent) and create a demo admin account."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the demo admin account."
        )

    def handle(self, *args, **options):
        # Wagtail logs every page it creates and publishes: hundreds of lines here.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            created = DemoLoader(log=self.stdout.write).run()
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(f"Demo content: {created} new item(s) created.")
        call_command("rebuild_references_index", verbosity=0)
        call_command("sync_roles", stdout=self.stdout)
        if not options["no_admin"]:
            self._admin()

    def _admin(self):
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "meedoen-demo")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEMO_ADMIN_USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.org"},
        )
        if created:
            user.set_password(password)
            user.save()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo admin created: http://127.0.0.1:8000/admin/ "
                    f"user '{DEMO_ADMIN_USERNAME}', password '{password}'"
                )
            )
        else:
            self.stdout.write(
                f"Demo admin exists: http://127.0.0.1:8000/admin/ user '{DEMO_ADMIN_USERNAME}' "
                f"(password as set when it was created; default '{password}')"
            )
