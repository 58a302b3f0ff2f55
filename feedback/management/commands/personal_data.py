"""Serve a resident's GDPR request about one e-mail address.

    manage.py personal_data export someone@example.org   # JSON on stdout
    manage.py personal_data erase someone@example.org    # asks first; --yes to skip

The address is matched as subscriptions store it: surrounding spaces removed,
case ignored. See ``feedback.privacy`` for where addresses are kept.
"""

import json

from django.core.management.base import BaseCommand, CommandError

from feedback import privacy


class Command(BaseCommand):
    help = "Export (as JSON) or erase everything stored about one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("address", help="the resident's e-mail address")
        parser.add_argument(
            "--yes", action="store_true", help="erase without asking for confirmation"
        )

    def handle(self, *args, action, address, yes, **options):
        try:
            address = privacy.clean_address(address)
        except privacy.NotAnAddress as error:
            raise CommandError(str(error)) from None
        if action == "export":
            data = privacy.export(address)
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
            return
        if not yes and not self.confirmed(address):
            raise CommandError("Nothing erased.")
        done = privacy.erase(address)
        for what, count in done.items():
            self.stdout.write(f"{what.replace('_', ' ')}: {count}")

    def confirmed(self, address):
        found = privacy.export(address)
        self.stdout.write(
            f"{address}: {len(found['subscriptions'])} subscription(s), "
            f"{len(found['social_map_contact'])} social map contact(s), "
            f"{len(found['social_map_revisions'])} social map revision(s)."
        )
        try:
            answer = input("Erase all of it? Type 'yes' to continue: ")
        except EOFError:
            answer = ""
        return answer.strip().lower() == "yes"
