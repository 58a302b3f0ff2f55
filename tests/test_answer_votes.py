"""Is this answer clear? Residents rate each answer, anonymously.

One vote per browser and answer, remembered in a signed cookie; the vote
itself holds no trace of the person. Staff see the answers rated unclear.
"""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import timezone

import pytest

from feedback.admin_votes import UnclearAnswersView
from feedback.follow import VOTE_COOKIE
from feedback.models import AnswerVote, FeedbackUpdate
from feedback.models.votes import unclear_answers
from feedback.queries import register_of
from feedback.status import Status
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit lives in the cache, which outlives a test's transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def register(home):
    neighbourhood = (
        NeighbourhoodPage.objects.live().filter(locale=home.locale).order_by("title").first()
    )
    return register_of(neighbourhood) or IdeaIndexPageFactory(parent=neighbourhood)


def idea_with_answers(register, *messages, **kwargs):
    updates = [
        {"date": timezone.localdate(), "status": Status.UNDER_REVIEW, "message": message}
        for message in messages
    ]
    return IdeaPageFactory(parent=register, updates=updates, **kwargs)


@pytest.fixture
def update(register):
    idea = idea_with_answers(register, "We bekijken uw idee.")
    return FeedbackUpdate.objects.get(idea=idea)


def vote(client, update, answer):
    return client.post(f"/antwoord/{update.pk}/duidelijk/", {"clear": answer})


def test_a_vote_is_counted_and_thanked(client, update):
    response = vote(client, update, "no")

    assert response.status_code == 200
    assert response.context["thanked"] is True
    assert list(AnswerVote.objects.values_list("update", "clear")) == [(update.pk, False)]


def test_a_second_vote_from_the_same_browser_is_not_counted(client, update):
    vote(client, update, "yes")

    response = vote(client, update, "no")

    assert response.status_code == 200
    assert response.context["already_voted"] is True
    assert list(AnswerVote.objects.values_list("clear", flat=True)) == [True]


def test_another_browser_can_vote_on_the_same_answer(update):
    vote(Client(), update, "yes")
    vote(Client(), update, "no")

    assert AnswerVote.objects.filter(update=update).count() == 2


def test_one_browser_can_vote_on_different_answers(client, register):
    idea = idea_with_answers(register, "Eerste antwoord.", "Tweede antwoord.")
    first, second = FeedbackUpdate.objects.filter(idea=idea).order_by("pk")

    vote(client, first, "yes")
    vote(client, second, "no")
    vote(client, first, "no")

    assert list(AnswerVote.objects.order_by("pk").values_list("update", "clear")) == [
        (first.pk, True),
        (second.pk, False),
    ]


def test_a_forged_vote_cookie_is_ignored(client, update):
    client.cookies[VOTE_COOKIE] = str(update.pk)  # not signed by us

    vote(client, update, "yes")

    assert AnswerVote.objects.count() == 1


def test_a_vote_stores_no_personal_data(client, update):
    vote(client, update, "yes")

    fields = {field.name for field in AnswerVote._meta.get_fields()}
    assert fields == {"id", "update", "clear", "created_at"}


def test_a_vote_without_an_answer_gets_a_clear_message(client, update):
    response = client.post(f"/antwoord/{update.pk}/duidelijk/", {"clear": "misschien"})

    assert response.status_code == 400
    assert response.context["vote_error"] is True
    assert f'action="/antwoord/{update.pk}/duidelijk/"' in response.content.decode()
    assert not AnswerVote.objects.exists()


def test_voting_needs_a_csrf_token(update):
    response = vote(Client(enforce_csrf_checks=True), update, "yes")

    assert response.status_code == 403
    assert not AnswerVote.objects.exists()


def test_voting_is_only_a_post(client, update):
    response = client.get(f"/antwoord/{update.pk}/duidelijk/")

    assert response.status_code == 405


def test_an_answer_of_an_unpublished_idea_cannot_be_rated(client, register):
    idea = idea_with_answers(register, "Nog niet openbaar.", live=False)
    hidden = FeedbackUpdate.objects.get(idea=idea)

    response = vote(client, hidden, "yes")

    assert response.status_code == 404
    assert not AnswerVote.objects.exists()


def test_the_include_has_a_yes_and_a_no_button_for_the_answer(update):
    html = render_to_string(
        "feedback/follow/answer_vote.html", {"update": update}, request=RequestFactory().get("/")
    )

    assert f'action="/antwoord/{update.pk}/duidelijk/"' in html
    assert 'name="clear" value="yes"' in html
    assert 'name="clear" value="no"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_unclear_answers_come_first_with_their_counts(register):
    idea = idea_with_answers(register, "Duidelijk.", "Vaag.", "Heel vaag.")
    clear, vague, very_vague = FeedbackUpdate.objects.filter(idea=idea).order_by("pk")
    AnswerVote.objects.bulk_create(
        [
            AnswerVote(update=clear, clear=True),
            AnswerVote(update=vague, clear=False),
            AnswerVote(update=vague, clear=True),
            AnswerVote(update=very_vague, clear=False),
            AnswerVote(update=very_vague, clear=False),
        ]
    )

    listed = list(unclear_answers(FeedbackUpdate.objects.filter(idea=idea)))

    assert listed == [very_vague, vague]
    assert (listed[1].unclear_votes, listed[1].clear_votes) == (1, 1)


def test_staff_see_the_unclear_answers_in_the_admin_report(update):
    AnswerVote.objects.create(update=update, clear=False)
    admin = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")
    request = RequestFactory().get("/admin/unclear_answers/")
    request.user = admin

    response = UnclearAnswersView.as_view()(request)
    response.render()

    assert response.status_code == 200
    assert update.message in response.content.decode()
    assert f"/admin/pages/{update.idea_id}/edit/" in response.content.decode()
