"""Querysets the public pages reuse: latest answers, and register figures."""

from django.db.models import Q

from pages.compiled import compiled
from pages.locales import default_locale
from pages.models.base import in_private_section

from .models import FeedbackUpdate, IdeaIndexPage, IdeaPage


def public_ideas():
    return IdeaPage.objects.live().public()


def latest_updates(locale=None, register=None, limit=5):
    """The newest feedback updates of public ideas, with their idea, in one query;
    only those in ``register`` (an ``IdeaIndexPage``, in any language) if given.

    Ideas are answered in Dutch first; other languages show the Dutch answers.
    A list: the query is compiled once (``pages.compiled``).
    """
    locale_id = (locale or default_locale()).id
    if register is None:
        return _latest_updates(locale_id, limit)
    return _latest_updates_in(locale_id, limit, register_key=register.translation_key)


def _updates_of_public_ideas(locale_id, limit, answers=None):
    # The idea's conditions on the join, not as ``idea__in`` a subquery of
    # public ideas: PostgreSQL then checks each update, newest first, against
    # its own idea (found by primary key) and stops at ``limit``. With the
    # subquery and a neighbourhood's path it compared each update with every
    # idea of the neighbourhood (5 ms at 1x for three updates; now 0.3 ms).
    return (
        FeedbackUpdate.objects.filter(answers or Q(), idea__live=True, idea__locale_id=locale_id)
        .exclude(in_private_section("idea__path"))
        .select_related("idea", "reason_code")
        .order_by("-date", "-pk")[:limit]
    )


@compiled
def _latest_updates(locale_id, limit):
    return _updates_of_public_ideas(locale_id, limit)


@compiled
def _latest_updates_in(locale_id, limit, *, register_key):
    # By the answers' own copy of the register key: PostgreSQL reads the
    # register's answers newest first from their index (feedback_update_register).
    return _updates_of_public_ideas(locale_id, limit, Q(register_key=register_key))


def register_of(neighbourhood):
    """The register page under a neighbourhood (in the neighbourhood's language)."""
    return IdeaIndexPage.objects.child_of(neighbourhood).live().public().first()


def feedback_figures():
    """Site-wide: how many ideas, how many answered, how many closed with a reason."""
    [figures] = _feedback_figures(default_locale().id)
    return figures


@compiled
def _feedback_figures(locale_id):
    from django.db.models import Count, Value

    from .status import NEEDS_REASON

    # One row of counts over all ideas, as aggregate() gives it; written with
    # values() so that it can be compiled once (grouped by a constant, which
    # adds no GROUP BY).
    return (
        public_ideas()
        .filter(locale_id=locale_id)
        .order_by()
        .annotate(everything=Value(1))
        .values("everything")
        .annotate(
            total=Count("pk"),
            answered=Count("pk", filter=Q(first_answer_on__isnull=False)),
            with_reason=Count("pk", filter=Q(status__in=sorted(NEEDS_REASON))),
        )
        .values("total", "answered", "with_reason")
    )
