"""A register's tally (feedback.tally): the database adds up the counts, and
what it gives is what counting idea by idea gives."""

import datetime
import pickle

from django.utils import timezone

import pytest

from feedback.models.register import _register_tally_rows, each_idea
from feedback.status import Status
from feedback.tally import Tally
from pages.locales import default_locale
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def register(home):
    """30 ideas over three themes, answered after 0–9 days or not yet."""
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    register = IdeaIndexPageFactory(parent=neighbourhood)
    themes = [ThemeFactory(slug=f"thema-{n}") for n in range(3)]
    for n in range(30):
        received = TODAY - datetime.timedelta(days=40 + n)
        answers = (
            []
            if n % 4 == 0
            else [
                {
                    "date": received + datetime.timedelta(days=n % 10),
                    "status": [Status.UNDER_REVIEW, Status.PLANNED, Status.DONE][n % 3],
                    "message": "Antwoord.",
                }
            ]
        )
        IdeaPageFactory(parent=register, theme=themes[n % 3], received_on=received, updates=answers)
    return register


def one_by_one(register):
    """The tally counted in Python from a row per idea."""
    return Tally.from_rows(each_idea(register.ideas()))


def test_the_database_adds_up_what_counting_idea_by_idea_gives(register):
    tally = register.tally()
    assert tally == one_by_one(register)
    assert tally.total == 30
    assert sum(tally.waits.values()) == 30 - 8  # every fourth idea has no answer yet
    assert len(tally.theme_ids()) == 3
    # Whole numbers, not the decimals PostgreSQL's SUM gives.
    assert {type(n) for n in [*tally.counts.values(), *tally.waits.values()]} == {int}


def test_the_database_sends_a_row_per_status_and_theme_and_per_wait_not_per_idea(register):
    sent = _register_tally_rows(
        register.locale_id, default_locale().id, register_key=register.translation_key
    )
    per_idea = list(each_idea(register.ideas()))
    # At most 4 statuses × 3 themes, plus the 10 waits (no row for the ideas
    # not yet answered), where each idea has a row of its own.
    assert len(sent) <= 4 * 3 + 10 < len(per_idea) == 30
    assert all(days is not None for status, days, _theme, _n in sent if status is None)
    assert Tally.from_rows(sent) == Tally.from_rows(per_idea)


def test_counts_per_filter_and_status_come_from_the_tally():
    tally = Tally.from_rows(
        [
            (Status.DONE, None, 1, 2),
            (Status.DONE, None, 2, 3),
            (Status.RECEIVED, None, 1, 4),
            (None, 5, None, 4),
            (None, 20, None, 1),
        ]
    )
    assert tally.total == 9
    assert tally.count() == 9
    assert tally.count(Status.DONE) == 5
    assert tally.count(theme_id=1) == 6
    assert tally.count(Status.DONE, 2) == 3
    assert tally.count(Status.ON_HOLD) == 0
    assert tally.theme_ids() == {1, 2}
    assert tally.status_counts() == [(Status.DONE, 5), (Status.RECEIVED, 4)]  # DISPLAY_ORDER
    assert tally.on_time()["answered"] == 5
    # Kept in the shared cache between requests.
    assert pickle.loads(pickle.dumps(tally)) == tally  # noqa: S301 (our own bytes)
