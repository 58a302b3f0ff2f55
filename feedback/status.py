"""The status an idea can have, and the rules that come with each one.

received → under review → planned → in progress → done; or closed as not
doing, on hold (for now nothing), referred to another organisation, or merged
into another idea. These rules live here once; the models, forms and database
constraints all read them.
"""

from django.db import models
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_DOING = "not_doing", _("Not doing")
    ON_HOLD = "on_hold", _("On hold: for now nothing")
    REFERRED = "referred", _("Referred to another organisation")
    MERGED = "merged", _("Merged with another idea")


LABELS = dict(Status.choices)


def status_display(instance):
    """``get_status_display`` for a model with a ``status`` field, looked up
    in a dict. Django's own builds a dict of every (lazy) choice on each call,
    about 40 µs; a register page, a feed or an export shows dozens of statuses.
    Assign it in the model's own class body: Django puts its own version on
    any model whose class body does not define the name itself."""
    return force_str(LABELS.get(instance.status, instance.status))


# A reason in plain language is required when nothing (more) happens.
NEEDS_REASON = frozenset({Status.NOT_DOING, Status.ON_HOLD, Status.REFERRED})

# No more answers are due once an idea has one of these. On hold is not among
# them: residents are promised a new look on the date given.
CLOSED = frozenset({Status.DONE, Status.NOT_DOING, Status.REFERRED, Status.MERGED})

# Order in which the register shows its counts: the path of action first.
DISPLAY_ORDER = [
    Status.DONE,
    Status.IN_PROGRESS,
    Status.PLANNED,
    Status.UNDER_REVIEW,
    Status.RECEIVED,
    Status.ON_HOLD,
    Status.REFERRED,
    Status.NOT_DOING,
    Status.MERGED,
]

# Plain-language sentence a resident reads next to the label.
RESIDENT_EXPLANATION = {
    Status.RECEIVED: _("We have your idea. We will tell you what we do with it."),
    Status.UNDER_REVIEW: _("We are looking at what is possible."),
    Status.PLANNED: _("We are going to do this. The plan is ready."),
    Status.IN_PROGRESS: _("We are working on it now."),
    Status.DONE: _("This is done."),
    Status.NOT_DOING: _("We are not doing this. Read why below."),
    Status.ON_HOLD: _("For now nothing happens. We look again on the date below."),
    Status.REFERRED: _("Another organisation handles this. Read who below."),
    Status.MERGED: _("This idea is handled together with a similar idea."),
}


class Source(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    INFORMATION_MARKET = "information_market", _("Information market")
    KEY_PERSON = "key_person", _("Key person")
    VOLUNTEER_ORGANISATION = "volunteer_organisation", _("Volunteer organisation")
    ONLINE_FORM = "online_form", _("Online form")
    LETTER_OR_PHONE = "letter_or_phone", _("Letter or phone")
