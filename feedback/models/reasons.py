"""Reason codes: the managed list of reasons why an idea is not (yet) carried out."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class ReasonCode(index.Indexed, models.Model):
    code = models.SlugField(
        _("code"),
        max_length=50,
        unique=True,
        help_text=_("Appears in the open data; keep it stable so figures stay comparable."),
    )
    title = models.CharField(_("title"), max_length=120)
    explanation = models.TextField(
        _("standard explanation"),
        help_text=_(
            "A ready text in plain language. Editors adapt it to the idea when they use it."
        ),
    )
    active = models.BooleanField(_("in use"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("title"),
        FieldPanel("code"),
        FieldPanel("explanation"),
        FieldPanel("active"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["sort_order", "title"]
        verbose_name = _("reason")
        verbose_name_plural = _("reasons")

    def __str__(self):
        return self.title
