"""The public form: an organisation sends in its entry, or a change to it.

The same form serves both. Spam is kept out the way the idea form does it
(``feedback.submission``): a honeypot, a signed time stamp with a minimum fill
time, and a limit per client (``feedback.ratelimit``, in the view). Every
mistake gets a message that says what to do, next to the field and in a
summary at the top; nothing typed is lost.

Text is stored as the plain text it is: control characters go, HTML stays
literal and is escaped on output. There are no ``maxlength`` attributes: a
browser would cut off pasted text without a word; the validators say how much
is too much instead.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.utils.translation import gettext_lazy as _

from feedback.submission import (
    RecordMultipleChoiceField,
    SpamGuard,
    form_started_token,
    plain_text,
)
from pages.models import NeighbourhoodPage, Theme
from pages.models.neighbourhoods import SPOKEN_LANGUAGES

from .models import (
    NAME_MAX_LENGTH,
    OPENING_HOURS_MAX_LENGTH,
    SUMMARY_MAX_LENGTH,
    Organisation,
    postcode_validator,
    validate_phone,
    validate_web_address,
)
from .search import neighbourhood_options

SUMMARY_MIN_LENGTH = 15

# The field people never see. Not "website": that is a real field here.
HONEYPOT_FIELD = "homepage"


class PlainTextField(forms.CharField):
    """Text as typed, without control characters; one line unless ``multiline``."""

    def __init__(self, *, limit, too_long, multiline=False, **kwargs):
        self.multiline = multiline
        kwargs.setdefault("required", False)
        kwargs["validators"] = [MaxLengthValidator(limit, too_long), *kwargs.get("validators", [])]
        super().__init__(**kwargs)

    def to_python(self, value):
        value = plain_text(super().to_python(value))
        return value if self.multiline else " ".join(value.split())


class PostcodeField(PlainTextField):
    """3527tk, 3527 TK and 3527  tk all become 3527 TK."""

    def to_python(self, value):
        value = super().to_python(value).upper()
        compact = value.replace(" ", "")
        if len(compact) == 6 and compact[:4].isdigit():
            return f"{compact[:4]} {compact[4:]}"
        return value


class OrganisationForm(SpamGuard, forms.Form):
    honeypot_field = HONEYPOT_FIELD
    too_fast_message = _("You sent the form very quickly. Check what you wrote and send it again.")

    # --- About the organisation -----------------------------------------------------
    name = PlainTextField(
        label=_("Name of your organisation"),
        required=True,
        limit=NAME_MAX_LENGTH,
        too_long=_("The name is too long: %(show_value)d characters. Use at most %(limit_value)d."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Write the name of your organisation.")},
    )
    summary = PlainTextField(
        label=_("What does your organisation do?"),
        help_text=_(
            "Write it for residents, in short sentences. Who do you help, and with what? "
            "For example: We help women with letters from the municipality."
        ),
        required=True,
        multiline=True,
        limit=SUMMARY_MAX_LENGTH,
        too_long=_(
            "The text about what you do is too long: %(show_value)d characters. Make it "
            "shorter, to at most %(limit_value)d characters."
        ),
        validators=[
            MinLengthValidator(
                SUMMARY_MIN_LENGTH,
                _(
                    "Write a bit more about what your organisation does: at least "
                    "%(limit_value)d characters."
                ),
            )
        ],
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "true"}),
        error_messages={"required": _("Write what your organisation does.")},
    )

    # --- Where and when ---------------------------------------------------------------
    address = PlainTextField(
        label=_("Street and number (optional)"),
        help_text=_("Where residents can visit you."),
        limit=200,
        too_long=_(
            "The address is too long: %(show_value)d characters. Use at most %(limit_value)d."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    postcode = PostcodeField(
        label=_("Postcode (optional)"),
        limit=7,
        too_long=_("Write the postcode like 3527 TK."),
        validators=[postcode_validator],
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "autocapitalize": "characters", "size": 8}
        ),
    )
    city = PlainTextField(
        label=_("Place (optional)"),
        limit=100,
        too_long=_(
            "The place is too long: %(show_value)d characters. Use at most %(limit_value)d."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    opening_hours = PlainTextField(
        label=_("Opening hours (optional)"),
        help_text=_("For example: Monday to Thursday 9.00 to 12.00. Or: by appointment."),
        multiline=True,
        limit=OPENING_HOURS_MAX_LENGTH,
        too_long=_(
            "The opening hours are too long: %(show_value)d characters. Use at most "
            "%(limit_value)d."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    # --- How residents reach the organisation --------------------------------------------
    phone = PlainTextField(
        label=_("Phone number (optional)"),
        limit=30,
        too_long=_("The phone number is too long. Write only the number."),
        validators=[validate_phone],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        required=False,
        label=_("E-mail address for residents (optional)"),
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "inputmode": "email", "spellcheck": "false"}
        ),
        error_messages={"invalid": _("Write the e-mail address like name@example.nl.")},
    )
    website = forms.URLField(
        required=False,
        assume_scheme="https",
        label=_("Website (optional)"),
        help_text=_("For example: www.example.nl"),
        validators=[validate_web_address],
        widget=forms.URLInput(
            attrs={"autocomplete": "url", "inputmode": "url", "spellcheck": "false"}
        ),
        error_messages={"invalid": _("Write the website like www.example.nl.")},
    )

    # --- Where and for whom -------------------------------------------------------------
    neighbourhoods = RecordMultipleChoiceField(
        queryset=NeighbourhoodPage.objects.none(),  # set in __init__: live, Dutch
        label=_("In which neighbourhoods do you help residents?"),
        help_text=_("Choose one or more."),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one neighbourhood."),
            "invalid_choice": _("Choose neighbourhoods from the list."),
            "invalid_pk_value": _("Choose neighbourhoods from the list."),
        },
    )
    themes = RecordMultipleChoiceField(
        queryset=Theme.objects.order_by("name"),
        required=False,
        label=_("What do you help with? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Choose subjects from the list."),
            "invalid_pk_value": _("Choose subjects from the list."),
        },
    )
    languages = forms.MultipleChoiceField(
        choices=SPOKEN_LANGUAGES,
        required=False,
        label=_("Which languages do you speak with residents? (optional)"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose languages from the list.")},
    )

    # --- For the municipality only ------------------------------------------------------------
    contact_name = PlainTextField(
        label=_("Name of the contact person"),
        required=True,
        limit=100,
        too_long=_(
            "The name of the contact person is too long: %(show_value)d characters. Use at "
            "most %(limit_value)d."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Write the name of the contact person.")},
    )
    contact_email = forms.EmailField(
        label=_("E-mail address of the contact person"),
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "inputmode": "email", "spellcheck": "false"}
        ),
        error_messages={
            "required": _("Write the e-mail address of the contact person."),
            "invalid": _("Write the e-mail address of the contact person like name@example.nl."),
        },
    )
    consent = forms.BooleanField(
        label=_("The information about our organisation may be shown on this website"),
        error_messages={
            "required": _(
                "Tick the box to say we may show this information. Otherwise we cannot put "
                "it on the social map."
            )
        },
    )

    homepage = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    # The order of the error summary: the order of the form.
    FIELD_ORDER = (
        "name",
        "summary",
        "address",
        "postcode",
        "city",
        "opening_hours",
        "phone",
        "email",
        "website",
        "neighbourhoods",
        "themes",
        "languages",
        "contact_name",
        "contact_email",
        "consent",
    )
    CHECKBOX_GROUPS = ("neighbourhoods", "themes", "languages")

    def __init__(self, *args, organisation=None, **kwargs):
        """``organisation``: the live entry a change is for; None for a new one."""
        self.organisation = organisation
        if organisation is not None and not kwargs.get("data") and not args:
            # Start from what is public now. Never the contact person: this page is public.
            kwargs.setdefault("initial", {}).update(public_initial(organisation))
        super().__init__(*args, **kwargs)
        self.fields["neighbourhoods"].queryset = neighbourhood_options()
        if not self.is_bound:
            self.initial.setdefault("started", form_started_token())

    def clean(self):
        cleaned_data = super().clean()
        ways_to_reach = ("phone", "email", "website", "address")
        if not any(cleaned_data.get(name) for name in ways_to_reach) and not any(
            self.has_error(name) for name in ways_to_reach
        ):
            self.add_error(
                "phone",
                ValidationError(
                    _(
                        "Residents need a way to reach you. Fill in at least a phone number, "
                        "e-mail address, website or address."
                    ),
                    code="no_way_to_reach",
                ),
            )
        if self.organisation is not None and not self.errors and not self.has_changes():
            raise ValidationError(
                _("Nothing has changed. Change what is wrong or out of date, then send it."),
                code="unchanged",
            )
        return cleaned_data

    def has_changes(self):
        """Whether a change form differs from the live entry (an empty change is noise)."""
        sent = Organisation.comparable(self.public_values())
        return sent != Organisation.comparable(self.organisation.public_values())

    def public_values(self):
        """What the form says about the public entry, in the model's terms."""
        values = {name: self.cleaned_data[name] for name in Organisation.PUBLIC_FIELDS}
        # In the order of the list, so the same choices compare equal however they were ticked.
        values["languages"] = [
            code for code, _label in SPOKEN_LANGUAGES if code in values["languages"]
        ]
        for name in Organisation.PUBLIC_RELATIONS:
            values[name] = list(self.cleaned_data[name])
        return values

    def renew_started(self):
        """A new time stamp after a timing error; everything else stays as typed."""
        if self.has_error("started"):
            self.data = self.data.copy()
            self.data["started"] = form_started_token()

    def anchor(self, name):
        """Where an error links to: a checkbox group's first box, else the field."""
        field = self[name]
        return f"#{field.auto_id}_0" if name in self.CHECKBOX_GROUPS else f"#{field.auto_id}"

    def error_summary(self):
        """(link target, message) for every error, in the order of the form.

        Errors about the form as a whole link to its first field.
        """
        first = self.anchor("name")
        items = [(first, message) for message in self.non_field_errors()]
        items += [(first, message) for message in self["started"].errors]
        for name in self.FIELD_ORDER:
            items += [(self.anchor(name), message) for message in self[name].errors]
        return items

    def save(self):
        """Store what was sent as a draft; never publish."""
        values = self.public_values()
        contact = {
            "contact_name": self.cleaned_data["contact_name"],
            "contact_email": self.cleaned_data["contact_email"],
        }
        if self.organisation is None:
            return Organisation.submit_new(values, **contact)
        return self.organisation.submit_change(values, **contact)


def public_initial(organisation):
    """What the change form starts from: the public entry, and nothing else."""
    return organisation.public_values()
