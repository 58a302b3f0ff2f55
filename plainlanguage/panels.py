"""The "Plain language (B1)" panel for the page editor.

Add it to a page model's panels; the model must be listed in
``plainlanguage.sources.RESIDENT_TEXTS``:

    from plainlanguage.panels import PlainLanguagePanel

    content_panels = [..., PlainLanguagePanel()]

It lists the findings for the texts in the form: the latest saved revision when
the editor opens the page, or what they submitted when the form comes back with
errors. A small script re-checks the form while the editor types (see
``static/plainlanguage/plain-language.js``); without it the panel still works.
The panel only advises: it adds no form fields and never stops a save.
"""

from django.core.exceptions import ImproperlyConfigured
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from .report import report_for, report_for_form
from .sources import fields_for, is_checked


class PlainLanguagePanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Plain language (B1)"))
        super().__init__(**kwargs)

    def on_model_bound(self):
        if fields_for(self.model) is None:
            raise ImproperlyConfigured(
                f"{self.model._meta.label} has no resident texts: add it to "
                "plainlanguage.sources.RESIDENT_TEXTS before using PlainLanguagePanel."
            )

    class BoundPanel(Panel.BoundPanel):
        template_name = "plainlanguage/panel.html"

        class Media:
            js = ["plainlanguage/plain-language.js"]

        def is_shown(self):
            return self.instance is not None and is_checked(self.instance)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.form is not None:
                context["report"] = report_for_form(self.form)
            else:
                context["report"] = report_for(self.instance)
            context["check_url"] = self.check_url()
            return context

        def check_url(self):
            """Where the script posts the form to re-check it; None if unknown."""
            if self.instance.pk:
                return reverse("plainlanguage_check_page", args=[self.instance.pk])
            match = getattr(self.request, "resolver_match", None)
            parent_id = match.kwargs.get("parent_page_id") if match else None
            if parent_id is None:
                return None
            meta = self.instance._meta
            try:
                return reverse(
                    "plainlanguage_check_new_page",
                    args=[meta.app_label, meta.model_name, parent_id],
                )
            except NoReverseMatch:
                return None
