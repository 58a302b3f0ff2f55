"""Querysets the public pages reuse: latest answers, and register figures."""

from pages.locales import default_locale

from .models import FeedbackUpdate, IdeaIndexPage, IdeaPage


def public_ideas():
    return IdeaPage.objects.live().public()


def latest_updates(locale=None, under=None, limit=5):
    """The newest feedback updates of public ideas, with their idea, in one query.

    Ideas are answered in Dutch first; other languages show the Dutch answers.
    """
    ideas = public_ideas().filter(locale=locale or default_locale())
    if under is not None:
        source = under.source_language_page() or under
        ideas = ideas.filter(path__startswith=source.path)
    return (
        FeedbackUpdate.objects.filter(idea__in=ideas.values("pk"))
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
