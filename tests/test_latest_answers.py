"""The newest answers that the home page and each neighbourhood page show
(feedback.queries.latest_updates): only answers on public, published ideas,
newest first, and on a neighbourhood page only that neighbourhood's."""

import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

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
    found = latest_updates(under=lombok.get_parent().specific, limit=2)
    assert messages(found) == ["nieuw", "midden"]


def test_answers_on_drafts_unpublished_and_private_ideas_are_left_out(registers):
    lombok, _ = registers
    IdeaPageFactory(parent=lombok, updates=[answer(3, "zichtbaar")])
    IdeaPageFactory(parent=lombok, live=False, updates=[answer(0, "concept")])
    IdeaPageFactory(parent=lombok, updates=[answer(0, "ingetrokken")]).unpublish()
    hidden = IdeaPageFactory(parent=lombok, updates=[answer(0, "met wachtwoord")])
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    neighbourhood = lombok.get_parent().specific
    assert messages(latest_updates(under=neighbourhood)) == ["zichtbaar"]
    assert "zichtbaar" in messages(latest_updates(limit=100))
    assert not {"concept", "ingetrokken", "met wachtwoord"} & set(
        messages(latest_updates(limit=100))
    )


def test_a_private_register_hides_the_answers_on_all_its_ideas(registers):
    lombok, _ = registers
    IdeaPageFactory(parent=lombok, updates=[answer(0, "achter de afscherming")])
    PageViewRestriction.objects.create(page=lombok, restriction_type="password", password="x")
    assert messages(latest_updates(under=lombok.get_parent().specific)) == []
