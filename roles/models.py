"""Which group is the team of which neighbourhood, and the moderation switch."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class NeighbourhoodTeam(models.Model):
    """Links a "Wijkteam" group to a neighbourhood in all its languages.

    Keyed on the translation key, not on a page: the team covers the Dutch page
    and every translation of it, and keeps its members when the neighbourhood
    is renamed (the group is renamed with it).
    """

    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="neighbourhood_team"
    )
    translation_key = models.UUIDField(_("neighbourhood translation key"), unique=True)

    class Meta:
        verbose_name = _("neighbourhood team")
        verbose_name_plural = _("neighbourhood teams")

    def __str__(self):
        return self.group.name


@register_setting(icon="tasks")
class FeedbackReviewSettings(BaseGenericSetting):
    review_closing_feedback = models.BooleanField(
        _("moderators review closing feedback"),
        default=False,
        help_text=_(
            "When on, feedback that closes an idea without action (not doing, on hold, "
            "referred) goes to the moderators before it is published."
        ),
    )

    class Meta:
        verbose_name = _("feedback review")
        permissions = [
            (
                "publish_closing_feedback",
                "Can publish feedback that closes an idea without review",
            )
        ]
