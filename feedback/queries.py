"""Querysets the public pages reuse: latest answers, and register figures."""

from django.db.models import Q

from pages.locales import default_locale
from pages.models.base import in_private_section

from .models import FeedbackUpdate, IdeaIndexPage, IdeaPage


def public_ideas():
    return IdeaPage.objects.live().public()


def latest_updates(locale=None, under=None, limit=5):
    """The newest feedback updates of public ideas, with their idea, in one query.

    Ideas are answered in Dutch first; other languages show the Dutch answers.
    """
    # The idea's conditions on the join, not as ``idea__in`` a subquery of
    # public ideas: PostgreSQL then checks each update, newest first, against
    # its own idea (found by primary key) and stops at ``limit``. With the
    # subquery and a neighbourhood's path it compared each update with every
    # idea of the neighbourhood (5 ms at 1x for three updates; now 0.3 ms).
    ideas = Q(idea__live=True, idea__locale=locale or default_locale())
    if under is not None:
        source = under.source_language_page() or under
        ideas &= Q(idea__path__startswith=source.path)
    return (
        FeedbackUpdate.objects.filter(ideas)
        .exclude(in_private_section("idea__path"))
        .select_related("idea", "reason_code")
        .order_by("-date", "-pk")[:limit]
    )


def register_of(neighbourhood):
    """The register page under a neighbourhood (in the neighbourhood's language)."""
    return IdeaIndexPage.objects.child_of(neighbourhood).live().public().first()


def feedback_figures():
    """Site-wide: how many ideas, how many answered, how many closed with a reason."""
    from django.db.models import Count, Q

    from .status import NEEDS_REASON

    return (
        public_ideas()
        .filter(locale=default_locale())
        .aggregate(
            total=Count("pk"),
            answered=Count("pk", filter=Q(first_answer_on__isnull=False)),
            with_reason=Count("pk", filter=Q(status__in=sorted(NEEDS_REASON))),
        )
    )
