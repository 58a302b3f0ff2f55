"""Is this answer clear? Residents rate each feedback update, anonymously.

A vote holds only the answer and when it was given: no account, no IP
address, no cookie value. One vote per browser is kept by the browser itself
(a signed cookie, see ``feedback.follow``), so the database holds nothing that
points at a person.
"""

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _


class AnswerVote(models.Model):
    update = models.ForeignKey(
        "feedback.FeedbackUpdate",
        verbose_name=_("feedback update"),
        on_delete=models.CASCADE,
        related_name="votes",
    )
    clear = models.BooleanField(_("clear"))
    created_at = models.DateTimeField(_("given at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer vote")
        verbose_name_plural = _("answer votes")

    def __str__(self):
        return f"{self.update_id}: {'clear' if self.clear else 'unclear'}"


def updates_with_votes(updates=None):
    """Feedback updates with their ``clear_votes`` and ``unclear_votes`` counted in the query."""
    from .ideas import FeedbackUpdate

    updates = FeedbackUpdate.objects.all() if updates is None else updates
    return updates.annotate(
        clear_votes=Count("votes", filter=Q(votes__clear=True)),
        unclear_votes=Count("votes", filter=Q(votes__clear=False)),
    )


def unclear_answers(updates=None):
    """Updates at least one resident found unclear, the most unclear first."""
    return (
        updates_with_votes(updates)
        .filter(unclear_votes__gt=0)
        .select_related("idea")
        .order_by("-unclear_votes", "-date", "-pk")
    )
