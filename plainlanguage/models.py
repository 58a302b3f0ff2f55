"""The list of words to avoid, managed by staff as a snippet."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .checker import AvoidEntry, tokens


class AvoidWordQuerySet(models.QuerySet):
    def entries(self):
        """The active words as the checker's plain values (one query)."""
        return tuple(
            AvoidEntry(word.word, word.alternative, word.note)
            for word in self.filter(active=True).order_by("word")
        )


class AvoidWord(index.Indexed, models.Model):
    word = models.CharField(
        _("word or phrase"),
        max_length=100,
        unique=True,
        help_text=_(
            "As in a dictionary: 'verstrekken' also finds 'verstrekt' and 'verstrekte'. "
            "Put ... where other words may come between: 'dienen ... te'."
        ),
    )
    alternative = models.CharField(
        _("plain alternative"),
        max_length=200,
        help_text=_("What to write instead. Separate several options with commas."),
    )
    note = models.CharField(
        _("note for editors"),
        max_length=300,
        blank=True,
        help_text=_("Optional: why to avoid it, shown with the finding."),
    )
    active = models.BooleanField(_("in use"), default=True)

    objects = AvoidWordQuerySet.as_manager()

    panels = [
        FieldPanel("word"),
        FieldPanel("alternative"),
        FieldPanel("note"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("word"),
        index.AutocompleteField("word"),
        index.SearchField("alternative"),
    ]

    class Meta:
        ordering = ["word"]
        verbose_name = _("word to avoid")
        verbose_name_plural = _("words to avoid")

    def __str__(self):
        return self.word

    def clean(self):
        super().clean()
        self.word = " ".join(self.word.lower().split())
        if not tokens(self.word):
            raise ValidationError({"word": _("Write at least one word.")})
        if self.word.startswith(("...", "…")) or self.word.endswith(("...", "…")):
            raise ValidationError(
                {"word": _("Put ... only between words, not at the start or end.")}
            )
