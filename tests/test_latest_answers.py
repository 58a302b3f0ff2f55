"""The newest answers that the home page and each neighbourhood page show
(feedback.queries.latest_updates): only answers on public, published ideas,
newest first, and on a neighbourhood page only those in that neighbourhood's
register."""

import datetime
import importlib

from django.apps import apps as django_apps
from django.db.models import F
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from feedback.models import FeedbackUpdate
from feedback.queries import latest_updates
from pages.models import NeighbourhoodIndexPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, NeighbourhoodPageFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def answer(days_ago, message):
    return {
        "date": TODAY - datetime.timedelta(days=days_ago),
        "status": "under_review",
        "message": message,
    }


@pytest.fixture
def registers(home):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    return [
        IdeaIndexPageFactory(parent=NeighbourhoodPageFactory(parent=index, title=name, slug=slug))
        for name, slug in [("Lombok", "lombok-test"), ("Oog in Al", "oog-in-al-test")]
    ]


def messages(updates):
    return [update.message for update in updates]


def test_a_neighbourhood_shows_its_own_newest_answers_first(registers):
    lombok, oog_in_al = registers
    IdeaPageFactory(parent=lombok, updates=[answer(9, "oud"), answer(1, "nieuw")])
    IdeaPageFactory(parent=lombok, updates=[answer(5, "midden")])
    IdeaPageFactory(parent=oog_in_al, updates=[answer(0, "elders")])
    found = latest_updates(register=lombok, limit=2)
    assert messages(found) == ["nieuw", "midden"]


def test_answers_on_drafts_unpublished_and_private_ideas_are_left_out(registers):
    lombok, _ = registers
    IdeaPageFactory(parent=lombok, updates=[answer(3, "zichtbaar")])
    IdeaPageFactory(parent=lombok, live=False, updates=[answer(0, "concept")])
    IdeaPageFactory(parent=lombok, updates=[answer(0, "ingetrokken")]).unpublish()
    hidden = IdeaPageFactory(parent=lombok, updates=[answer(0, "met wachtwoord")])
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    assert messages(latest_updates(register=lombok)) == ["zichtbaar"]
    assert "zichtbaar" in messages(latest_updates(limit=100))
    assert not {"concept", "ingetrokken", "met wachtwoord"} & set(
        messages(latest_updates(limit=100))
    )


def test_a_private_register_hides_the_answers_on_all_its_ideas(registers):
    lombok, _ = registers
    IdeaPageFactory(parent=lombok, updates=[answer(0, "achter de afscherming")])
    PageViewRestriction.objects.create(page=lombok, restriction_type="password", password="x")
    assert messages(latest_updates(register=lombok)) == []


def test_a_moved_idea_takes_its_answers_to_its_new_register(registers):
    lombok, oog_in_al = registers
    idea = IdeaPageFactory(parent=lombok, updates=[answer(2, "verhuisd")])
    idea.move(oog_in_al, pos="last-child")
    assert messages(latest_updates(register=oog_in_al)) == ["verhuisd"]
    assert messages(latest_updates(register=lombok)) == []


def test_an_answer_published_later_shows_in_its_register_at_once(registers):
    lombok, _ = registers
    idea = IdeaPageFactory(parent=lombok, updates=[answer(5, "eerste")])
    idea = idea.get_latest_revision_as_object()
    idea.updates.add(FeedbackUpdate(**answer(0, "tweede")))
    idea.save_revision().publish()
    assert messages(latest_updates(register=lombok)) == ["tweede", "eerste"]


def test_a_register_in_another_language_shows_the_dutch_answers(registers):
    lombok, _ = registers
    IdeaPageFactory(parent=lombok, updates=[answer(1, "in het Nederlands")])
    english = lombok.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    assert messages(latest_updates(register=english)) == ["in het Nederlands"]


def test_answers_given_before_the_upgrade_get_their_ideas_register():
    """The data migration that fills in the register key of existing answers."""
    migration = importlib.import_module("feedback.migrations.0007_feedback_update_register_key")
    lombok = IdeaIndexPageFactory()
    idea = IdeaPageFactory(parent=lombok, updates=[answer(1, "van voor de upgrade")])
    FeedbackUpdate.objects.update(register_key=None)
    migration.copy_register_keys(django_apps, None)
    assert list(idea.updates.values_list("register_key", flat=True)) == [lombok.translation_key]
    assert not FeedbackUpdate.objects.exclude(register_key=F("idea__register_key")).exists()
    assert messages(latest_updates(register=lombok)) == ["van voor de upgrade"]
