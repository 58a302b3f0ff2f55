"""Model fields the page models share."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MultipleChoiceJSONField(models.JSONField):
    """A list of choice values stored as JSON, edited as a group of checkboxes.

    Used for small fixed lists (languages spoken at an event) where a join table
    would cost a query per item on public pages and an ArrayField would tie us
    to PostgreSQL.
    """

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_list"] = self.choices_list
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.choices_list}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(values)s"), params={"values": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices_list,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def labels(self, values):
        names = dict(self.choices_list)
        return [names.get(value, value) for value in values or []]


IMAGE_LABEL = _("image")


def optional_image(verbose_name=IMAGE_LABEL):
    """A link to an image in the library that editors may leave empty; deleting
    the image leaves the page in place."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
