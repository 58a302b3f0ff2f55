"""Recompute every idea's status figures and answer deadline.

Run after changing FEEDBACK_FIRST_ANSWER_DAYS or FEEDBACK_FOLLOW_UP_DAYS: ideas
store their next deadline so the register and the dashboard can query it.
"""

from django.core.management.base import BaseCommand

from feedback.models import IdeaPage
from pagecache.generation import bump_after_commit


class Command(BaseCommand):
    help = "Recompute the status figures and answer deadlines of all ideas."

    def handle(self, *args, **options):
        changed = 0
        ideas = IdeaPage.objects.prefetch_related("updates").iterator(chunk_size=500)
        for idea in ideas:
            before = idea.derived_values()
            idea.refresh_status()
            after = idea.derived_values()
            if before != after:
                # Only the derived columns: no new revision, no publish signals.
                IdeaPage.objects.filter(pk=idea.pk).update(**after)
                changed += 1
        if changed:
            # update() sends no signal: registers and idea pages show these figures.
            bump_after_commit()
        self.stdout.write(f"{changed} idea(s) updated.")
