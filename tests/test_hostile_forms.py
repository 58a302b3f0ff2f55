"""Hostile values in every public form: the idea form, following by e-mail,
"Is this answer clear?", and the social map's sign-up and change forms.

Whatever is sent, the site answers without a server error and never shows it
unescaped. Input the form cannot accept gets the error summary ("Er is een
probleem") with everything else the resident typed still in the form, and
nothing is stored. Input the form accepts is stored as plain text: no NUL
bytes, control characters or broken surrogates (PostgreSQL refuses NUL).

Each example runs in a savepoint that is rolled back, and with an empty cache
so the rate limits do not fire: one example's idea or vote never counts
against the next.
"""

import contextlib
import datetime
import unicodedata

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import Revision

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback import submission
from feedback.models import AnswerVote, FeedbackUpdate, IdeaPage, Subscription
from pages.models import NeighbourhoodPage
from socialmap.forms import OrganisationForm
from socialmap.models import Organisation

from .factories import IdeaPageFactory
from .helpers import ORGANISATION_NAME, ORGANISATION_SUMMARY, dutch, organisation_form_data
from .hostile import (
    assert_safe_response,
    hostile_settings,
    hostile_summary,  # noqa: F401 (fixture)
    hostile_value,
    post,
    tried,
)
from .test_social_map import make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("hostile_summary")]

ERROR_SUMMARY = "There is a problem"
RESIDENT_EMAIL = "bewoner@example.nl"


@pytest.fixture(autouse=True)
def dutch_interface():
    with translation.override("nl"):
        yield


@contextlib.contextmanager
def one_example():
    """A clean slate per hypothesis example: rate limits reset, database changes undone."""
    cache.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def started_a_minute_ago():
    return submission.form_started_token(timezone.now() - datetime.timedelta(minutes=1))


def assert_plain_text(value):
    """Stored text holds no NUL, control characters (but line breaks) or lone surrogates."""
    for ch in str(value or ""):
        assert ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"), repr(value)


def assert_form_error_keeps(body, kept):
    assert dutch(ERROR_SUMMARY) in body
    for value in kept:
        assert escape(value) in body, f"{value!r} was lost"


def with_hostile(data, field, value):
    return {**data, field: value}


# --- The idea form ------------------------------------------------------------------

IDEA_URL = "/idee-insturen/"
IDEA_TEXT = "Zet meer bankjes bij de speeltuin aan de Lindelaan, dan kunnen ouders zitten."
IDEA_FIELDS = ["neighbourhood", "idea", "theme", "email", "consent", "website", "started"]


@pytest.fixture
def idea_form(neighbourhood, register):
    return {
        "neighbourhood": str(neighbourhood.pk),
        "idea": IDEA_TEXT,
        "theme": "",
        "email": RESIDENT_EMAIL,
        "consent": "on",
        "website": "",
    }


def check_idea_answer(response, before, kept):
    body = assert_safe_response(response)
    if response.status_code == 302:
        # Accepted (or a honeypot answered as if accepted): at most the one draft.
        assert IdeaPage.objects.count() in (before, before + 1)
        for idea in IdeaPage.objects.order_by("-pk")[: IdeaPage.objects.count() - before]:
            assert_plain_text(idea.summary)
            assert_plain_text(idea.title)
        return
    assert response.status_code == 200, response.status_code
    assert IdeaPage.objects.count() == before
    assert_form_error_keeps(body, kept)


@hostile_settings(max_examples=90)
@given(field=st.sampled_from(IDEA_FIELDS), value=hostile_value)
def test_idea_form_answers_a_hostile_field_with_a_message_and_keeps_the_rest(
    client, idea_form, field, value
):
    tried["POST /idee-insturen/ (one field hostile)"] += 1
    with one_example():
        data = with_hostile({**idea_form, "started": started_a_minute_ago()}, field, value)
        before = IdeaPage.objects.count()
        kept = [
            text for name, text in (("idea", IDEA_TEXT), ("email", RESIDENT_EMAIL)) if name != field
        ]
        check_idea_answer(post(client, IDEA_URL, data), before, kept)


@hostile_settings(max_examples=40)
@given(values=st.fixed_dictionaries(dict.fromkeys(IDEA_FIELDS[:5], hostile_value)))
def test_idea_form_survives_every_field_hostile_at_once(client, values):
    tried["POST /idee-insturen/ (all fields hostile)"] += 1
    with one_example():
        before = IdeaPage.objects.count()
        data = {**values, "website": "", "started": started_a_minute_ago()}
        check_idea_answer(post(client, IDEA_URL, data), before, kept=[])


# --- Following by e-mail ---------------------------------------------------------------

FOLLOW_URL = "/volgen/"


@hostile_settings(max_examples=60)
@given(field=st.sampled_from(["email", "page", "website"]), value=hostile_value)
def test_follow_form_answers_hostile_input_clearly_and_stores_nothing_unusable(
    client, neighbourhood, field, value
):
    tried["POST /volgen/"] += 1
    with one_example():
        before = Subscription.objects.count()
        data = with_hostile(
            {"email": RESIDENT_EMAIL, "page": str(neighbourhood.pk), "website": ""}, field, value
        )
        response = post(client, FOLLOW_URL, data)
        body = assert_safe_response(response)
        if response.status_code == 302:
            assert Subscription.objects.count() in (before, before + 1)
            for subscription in Subscription.objects.order_by("-pk")[:1]:
                assert_plain_text(subscription.email)
        elif response.status_code == 404:
            # The page to follow is unknown: the "this link does not work" page.
            assert field == "page"
            assert Subscription.objects.count() == before
        else:
            assert response.status_code == 200, response.status_code
            assert Subscription.objects.count() == before
            assert_form_error_keeps(body, [neighbourhood.title])


# --- Is this answer clear? ---------------------------------------------------------------


def last(value):
    # A repeated parameter counts with its last value, as Django's QueryDict.get has it.
    return value[-1] if isinstance(value, list) else value


@pytest.fixture
def answer(register):
    idea = IdeaPageFactory(
        parent=register,
        updates=[
            {"date": timezone.localdate(), "status": "under_review", "message": "We kijken ernaar."}
        ],
    )
    return FeedbackUpdate.objects.get(idea=idea)


@hostile_settings(max_examples=50)
@given(value=hostile_value.filter(lambda value: last(value) not in ("yes", "no")))
def test_answer_vote_refuses_anything_but_yes_or_no(client, answer, value):
    tried["POST /antwoord/<id>/duidelijk/"] += 1
    with one_example():
        before = AnswerVote.objects.count()
        response = post(client, f"/antwoord/{answer.pk}/duidelijk/", {"clear": value})
        assert_safe_response(response)
        assert response.status_code == 400
        assert AnswerVote.objects.count() == before


# --- The social map's forms ---------------------------------------------------------------

SIGN_UP_URL = "/sociale-kaart/aanmelden/"
NAME = ORGANISATION_NAME
SUMMARY = ORGANISATION_SUMMARY
# Every visible field of the form, then the spam guard's honeypot and fill time.
ORGANISATION_FIELDS = [*OrganisationForm.FIELD_ORDER, "homepage", "started"]


@pytest.fixture
def zuidwest(home):
    return NeighbourhoodPage.objects.get(slug="zuidwest", locale__language_code="nl")


@pytest.fixture
def organisation_form(zuidwest):
    return organisation_form_data(zuidwest, neighbourhoods=[str(zuidwest.pk)])


def stored_organisation_texts():
    """Every text in organisations and their revisions, as stored."""
    for organisation in Organisation.objects.all():
        yield from (organisation.name, organisation.summary, organisation.opening_hours)
    for revision in Revision.objects.filter(content_type__model="organisation"):
        yield from (str(value) for value in revision.content.values())


def check_organisation_answer(response, before, kept):
    body = assert_safe_response(response)
    if response.status_code == 302:
        assert Revision.objects.count() in (before, before + 1)
        for text in stored_organisation_texts():
            assert_plain_text(text)
        return
    assert response.status_code == 200, response.status_code
    assert Revision.objects.count() == before
    assert_form_error_keeps(body, kept)


@hostile_settings(max_examples=90)
@given(field=st.sampled_from(ORGANISATION_FIELDS), value=hostile_value)
def test_social_map_sign_up_answers_a_hostile_field_with_a_message_and_keeps_the_rest(
    client, organisation_form, field, value
):
    tried["POST /sociale-kaart/aanmelden/ (one field hostile)"] += 1
    with one_example():
        data = with_hostile({**organisation_form, "started": started_a_minute_ago()}, field, value)
        kept = [text for name, text in (("name", NAME), ("summary", SUMMARY)) if name != field]
        before = Revision.objects.count()
        check_organisation_answer(post(client, SIGN_UP_URL, data), before, kept)


@hostile_settings(max_examples=40)
@given(values=st.fixed_dictionaries(dict.fromkeys(OrganisationForm.FIELD_ORDER, hostile_value)))
def test_social_map_sign_up_survives_every_field_hostile_at_once(client, values):
    tried["POST /sociale-kaart/aanmelden/ (all fields hostile)"] += 1
    with one_example():
        data = {**values, "homepage": "", "started": started_a_minute_ago()}
        before = Revision.objects.count()
        check_organisation_answer(post(client, SIGN_UP_URL, data), before, [])


@pytest.fixture
def listed_organisation(zuidwest):
    return make_organisation([zuidwest], name="Huis van de Wijk Lindelaan", slug="huis-lindelaan")


@hostile_settings(max_examples=60)
@given(field=st.sampled_from(ORGANISATION_FIELDS), value=hostile_value)
def test_social_map_change_form_answers_a_hostile_field_with_a_message_and_keeps_the_rest(
    client, listed_organisation, organisation_form, field, value
):
    tried["POST /sociale-kaart/<slug>/wijzigen/ (one field hostile)"] += 1
    with one_example():
        data = with_hostile({**organisation_form, "started": started_a_minute_ago()}, field, value)
        url = f"/sociale-kaart/{listed_organisation.slug}/wijzigen/"
        kept = [text for name, text in (("name", NAME), ("summary", SUMMARY)) if name != field]
        before = Revision.objects.count()
        check_organisation_answer(post(client, url, data), before, kept)
        listed_organisation.refresh_from_db()
        assert listed_organisation.name == "Huis van de Wijk Lindelaan"  # the live entry waits


def test_a_script_tag_sent_as_raw_bytes_comes_back_escaped_in_the_form(client, idea_form):
    """The raw request encoding of these tests really delivers the marker to the form."""
    data = {**idea_form, "email": "<script>alert(1)</script>", "started": started_a_minute_ago()}
    response = post(client, IDEA_URL, data)
    assert response.status_code == 200
    assert escape("<script>alert(1)</script>") in response.content.decode()


# --- What the random examples found, kept as plain tests -------------------------------

TOO_LARGE_ID = "9" * 26  # beyond SQLite's integers: an OverflowError there


def test_an_id_too_large_for_the_database_is_an_unknown_neighbourhood(client, idea_form):
    data = {**idea_form, "neighbourhood": TOO_LARGE_ID, "started": started_a_minute_ago()}
    response = post(client, IDEA_URL, data)
    assert response.status_code == 200
    assert dutch("Choose a neighbourhood from the list.") in response.content.decode()


def test_ids_too_large_for_the_database_are_unknown_social_map_choices(client, organisation_form):
    data = {
        **organisation_form,
        "neighbourhoods": [TOO_LARGE_ID],
        "themes": [TOO_LARGE_ID],
        "started": started_a_minute_ago(),
    }
    response = post(client, SIGN_UP_URL, data)
    body = response.content.decode()
    assert response.status_code == 200
    assert dutch("Choose neighbourhoods from the list.") in body
    assert dutch("Choose subjects from the list.") in body


def test_a_website_with_an_unclosed_bracket_gets_the_website_message(client, organisation_form):
    data = {**organisation_form, "website": "\x1b[31m", "started": started_a_minute_ago()}
    response = post(client, SIGN_UP_URL, data)
    assert response.status_code == 200
    assert dutch("Write the website like www.example.nl.") in response.content.decode()
