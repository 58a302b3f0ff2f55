"""Record the ideas collected at one meeting in one go, in the Wagtail admin.

After a meeting the neighbourhood team has a stack of notes. This view takes
them as a list of short rows and creates one idea page per row under the
neighbourhood's register: published when the user may publish there, else as
drafts for a colleague to approve.
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _

from pages.locales import default_locale
from pages.models import EventPage, Theme

from .models import IdeaIndexPage, IdeaPage
from .status import Source

ROWS = 8


def registers_for(user):
    """Registers (Dutch originals) where this user may add ideas."""
    registers = IdeaIndexPage.objects.filter(locale=default_locale()).order_by("path")
    return [r for r in registers if r.permissions_for_user(user).can_add_subpage()]


class MeetingForm(forms.Form):
    register = forms.ChoiceField(label=_("Neighbourhood register"))
    event = forms.ModelChoiceField(
        label=_("Meeting"),
        queryset=EventPage.objects.none(),
        required=False,
        help_text=_("The meeting where the ideas were collected, if any."),
    )
    received_on = forms.DateField(
        label=_("Received on"),
        initial=datetime.date.today,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    source = forms.ChoiceField(label=_("Where they came from"), choices=Source.choices)

    def __init__(self, *args, registers, **kwargs):
        super().__init__(*args, **kwargs)
        self.registers = {str(r.pk): r for r in registers}
        self.fields["register"].choices = [(str(r.pk), r.get_parent().title) for r in registers]
        recent = timezone.now() - datetime.timedelta(days=120)
        self.fields["event"].queryset = EventPage.objects.filter(
            locale=default_locale(), start__gte=recent
        ).order_by("-start")

    def clean_register(self):
        return self.registers[self.cleaned_data["register"]]

    def clean(self):
        cleaned = super().clean()
        register, event = cleaned.get("register"), cleaned.get("event")
        if register and event and not event.path.startswith(register.get_parent().path):
            self.add_error("event", _("This meeting was in another neighbourhood."))
        return cleaned


class IdeaRowForm(forms.Form):
    summary = forms.CharField(
        label=_("The idea"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=600,
        required=False,
    )
    title = forms.CharField(
        label=_("Short title"),
        max_length=60,
        required=False,
        help_text=_("Optional; otherwise the first words of the idea."),
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("summary", "").strip() and not cleaned.get("theme"):
            raise ValidationError(_("Choose a theme for this idea."))
        return cleaned


IdeaRowFormSet = forms.formset_factory(IdeaRowForm, extra=ROWS)


def title_from(summary):
    return Truncator(" ".join(summary.split())).chars(60, truncate="…")


def record_meeting_ideas(request):
    registers = registers_for(request.user)
    if not registers:
        raise PermissionDenied
    if request.method == "POST":
        form = MeetingForm(request.POST, registers=registers)
        rows = IdeaRowFormSet(request.POST, prefix="ideas")
        if form.is_valid() and rows.is_valid():
            filled = [r.cleaned_data for r in rows if r.cleaned_data.get("summary", "").strip()]
            if not filled:
                messages.error(request, _gettext("Write at least one idea."))
            else:
                created = create_ideas(request.user, form.cleaned_data, filled)
                messages.success(
                    request,
                    _gettext("%(count)s ideas recorded.") % {"count": len(created)},
                )
                return redirect("ideas:index")
    else:
        form = MeetingForm(registers=registers)
        rows = IdeaRowFormSet(prefix="ideas")
    return TemplateResponse(
        request, "feedback/admin/record_meeting.html", {"form": form, "rows": rows}
    )


@transaction.atomic
def create_ideas(user, meeting, rows):
    register = meeting["register"]
    may_publish = register.permissions_for_user(user).can_publish_subpage()
    created = []
    for row in rows:
        summary = row["summary"].strip()
        idea = IdeaPage(
            title=row["title"].strip() or title_from(summary),
            summary=summary,
            theme=row["theme"],
            source=meeting["source"],
            received_on=meeting["received_on"],
            event=meeting["event"],
            owner=user,
            live=False,
        )
        register.add_child(instance=idea)
        revision = idea.save_revision(user=user)
        if may_publish:
            revision.publish(user=user)
        created.append(idea)
    return created
