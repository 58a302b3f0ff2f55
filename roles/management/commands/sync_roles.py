"""Create the staff roles and give every neighbourhood its team; safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from roles.sync import sync_roles


class Command(BaseCommand):
    help = (
        "Create or complete the staff groups (Beheerders, Communicatie, Moderatoren) and one "
        "'Wijkteam <neighbourhood>' group per neighbourhood, with page permissions on the "
        "neighbourhood in every language. Adds only what is missing."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            created = +sync_roles()  # unary plus drops the kinds with nothing added
        if not created:
            self.stdout.write("Roles: nothing to add.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(created.items()) if count)
        self.stdout.write(f"Roles: added {summary or 'nothing'}.")
