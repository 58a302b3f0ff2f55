"""Anyone can download the register as open data: ideas and their answers in CSV
and JSON, with exactly the public fields and never personal data."""

import csv
import datetime
import io
import json

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from pages.models import ContactPerson, NeighbourhoodIndexPage

from .factories import (
    IdeaIndexPageFactory,
    IdeaPageFactory,
    NeighbourhoodPageFactory,
    ThemeFactory,
    reason,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()

# The documented field lists (docs/open-data.md). Written out here, not
# imported, so a field added in the code fails this test until it is documented.
IDEA_FIELDS = [
    "id",
    "title",
    "summary",
    "neighbourhood",
    "neighbourhood_cbs_code",
    "theme_slug",
    "theme_name",
    "source",
    "received_on",
    "status",
    "status_since",
    "first_answer_on",
    "days_to_first_answer",
    "last_answer_on",
    "answer_due_on",
    "is_overdue",
    "url",
]
UPDATE_FIELDS = [
    "id",
    "idea_id",
    "date",
    "status",
    "reason_code",
    "reason",
    "referred_to",
    "revisit_on",
    "message",
]

IDEAS_CSV, UPDATES_CSV, IDEAS_JSON = (
    "feedback_ideas_csv",
    "feedback_updates_csv",
    "feedback_ideas_json",
)


def days_ago(n):
    return TODAY - datetime.timedelta(days=n)


def simple(days, status="under_review", message="We kijken ernaar."):
    return {"date": days_ago(days), "status": status, "message": message}


def not_doing(days):
    return {
        "date": days_ago(days),
        "status": "not_doing",
        "message": "Dit gaan we niet doen.",
        "reason_code": reason(),
        "reason": "Er is dit jaar geen geld voor.",
    }


@pytest.fixture
def neighbourhood(home):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    return NeighbourhoodPageFactory(parent=index, title="Lombok", cbs_code="WK034499")


@pytest.fixture
def register(neighbourhood):
    return IdeaIndexPageFactory(parent=neighbourhood)


@pytest.fixture
def idea(register):
    return IdeaPageFactory(
        parent=register,
        title="Bomen in de Kanaalstraat",
        summary="Meer bomen voor schaduw.",
        theme=ThemeFactory(slug="groen", name="Groen"),
        received_on=days_ago(40),
        updates=[simple(30), not_doing(5)],
    )


def url(name):
    # The language of an earlier request stays active in the test thread: name it.
    with translation.override("nl"):
        return reverse(name)


def download(client, name):
    response = client.get(url(name))
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(client, name):
    return list(csv.DictReader(io.StringIO(download(client, name))))


def csv_header(client, name):
    return next(csv.reader(io.StringIO(download(client, name))))


def json_ideas(client):
    return json.loads(download(client, IDEAS_JSON))["ideas"]


def by_id(records, pk):
    return next(record for record in records if str(record["id"]) == str(pk))


def test_ideas_csv_header_is_exactly_the_documented_field_list(client, idea):
    assert csv_header(client, IDEAS_CSV) == IDEA_FIELDS


def test_updates_csv_header_is_exactly_the_documented_field_list(client, idea):
    assert csv_header(client, UPDATES_CSV) == UPDATE_FIELDS


@pytest.mark.parametrize("name", [IDEAS_CSV, UPDATES_CSV])
def test_csv_is_a_utf8_download(client, name):
    response = client.get(url(name))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")


def test_ideas_csv_has_a_row_with_the_public_fields_of_an_idea(client, idea):
    row = by_id(csv_rows(client, IDEAS_CSV), idea.pk)
    assert row == {
        "id": str(idea.pk),
        "title": "Bomen in de Kanaalstraat",
        "summary": "Meer bomen voor schaduw.",
        "neighbourhood": "Lombok",
        "neighbourhood_cbs_code": "WK034499",
        "theme_slug": "groen",
        "theme_name": "Groen",
        "source": "meeting",
        "received_on": days_ago(40).isoformat(),
        "status": "not_doing",
        "status_since": days_ago(5).isoformat(),
        "first_answer_on": days_ago(30).isoformat(),
        "days_to_first_answer": "10",
        "last_answer_on": days_ago(5).isoformat(),
        "answer_due_on": "",
        "is_overdue": "false",
        "url": idea.get_full_url(),
    }


def test_an_overdue_idea_is_marked_overdue(client, register):
    late = IdeaPageFactory(parent=register, received_on=days_ago(60))
    assert by_id(csv_rows(client, IDEAS_CSV), late.pk)["is_overdue"] == "true"
    assert by_id(json_ideas(client), late.pk)["is_overdue"] is True


def test_updates_csv_gives_each_answer_with_its_reason(client, idea):
    rows = [row for row in csv_rows(client, UPDATES_CSV) if row["idea_id"] == str(idea.pk)]
    assert [(row["date"], row["status"]) for row in rows] == [
        (days_ago(30).isoformat(), "under_review"),
        (days_ago(5).isoformat(), "not_doing"),
    ]
    assert rows[1]["reason_code"] == "no-budget"
    assert rows[1]["reason"] == "Er is dit jaar geen geld voor."
    assert rows[1]["message"] == "Dit gaan we niet doen."


def test_a_text_that_looks_like_a_formula_is_not_run_by_spreadsheets(client, register):
    formula = IdeaPageFactory(parent=register, summary='=HYPERLINK("http://x")')
    assert by_id(csv_rows(client, IDEAS_CSV), formula.pk)["summary"].startswith("'=")
    assert by_id(json_ideas(client), formula.pk)["summary"].startswith("=")


def test_json_names_its_licence_and_when_it_was_made(client, idea):
    document = json.loads(download(client, IDEAS_JSON))
    assert set(document) == {"generated_at", "licence", "language", "ideas"}
    assert document["licence"] == "CC0-1.0"
    assert document["language"] == "nl"
    assert datetime.datetime.fromisoformat(document["generated_at"]).tzinfo is not None


def test_json_is_served_as_json(client, idea):
    response = client.get(url(IDEAS_JSON))
    assert response["Content-Type"] == "application/json; charset=utf-8"


def test_json_ideas_have_exactly_the_documented_fields(client, idea):
    for record in json_ideas(client):
        assert list(record) == [*IDEA_FIELDS, "updates"]


def test_json_updates_have_exactly_the_documented_fields(client, idea):
    updates = by_id(json_ideas(client), idea.pk)["updates"]
    assert updates
    for update in updates:
        assert list(update) == UPDATE_FIELDS


def test_json_nests_each_ideas_answers_oldest_first(client, idea, register):
    IdeaPageFactory(parent=register, updates=[simple(3)])
    updates = by_id(json_ideas(client), idea.pk)["updates"]
    assert [(u["idea_id"], u["date"], u["status"]) for u in updates] == [
        (idea.pk, days_ago(30).isoformat(), "under_review"),
        (idea.pk, days_ago(5).isoformat(), "not_doing"),
    ]
    assert updates[1]["reason_code"] == "no-budget"


def test_json_gives_numbers_and_truth_values_their_own_types(client, idea):
    record = by_id(json_ideas(client), idea.pk)
    assert record["days_to_first_answer"] == 10
    assert record["is_overdue"] is False
    assert record["answer_due_on"] is None


def test_an_idea_without_answers_has_an_empty_list_of_updates(client, register):
    waiting = IdeaPageFactory(parent=register)
    assert by_id(json_ideas(client), waiting.pk)["updates"] == []


def test_a_draft_idea_is_not_in_the_open_data(client, register):
    draft = IdeaPageFactory(parent=register, live=False, updates=[simple(1)])
    assert str(draft.pk) not in {row["id"] for row in csv_rows(client, IDEAS_CSV)}
    assert str(draft.pk) not in {row["idea_id"] for row in csv_rows(client, UPDATES_CSV)}
    assert draft.pk not in {record["id"] for record in json_ideas(client)}


def test_an_unpublished_idea_leaves_the_open_data(client, idea):
    idea.unpublish()
    assert str(idea.pk) not in {row["id"] for row in csv_rows(client, IDEAS_CSV)}
    assert str(idea.pk) not in {row["idea_id"] for row in csv_rows(client, UPDATES_CSV)}
    assert idea.pk not in {record["id"] for record in json_ideas(client)}


def test_only_dutch_ideas_are_in_the_open_data(client, idea, locale_en):
    translation = idea.copy_for_translation(locale_en, copy_parents=True)
    translation.save_revision().publish()
    ids = {record["id"] for record in json_ideas(client)}
    assert idea.pk in ids
    assert translation.pk not in ids


def test_no_e_mail_address_or_user_name_reaches_the_open_data(client, register, neighbourhood):
    owner = get_user_model().objects.create_user(
        "eigenaar", email="eigenaar@example.org", first_name="Geheime", last_name="Naam"
    )
    ContactPerson.objects.create(
        neighbourhood=neighbourhood,
        name="Sleutelpersoon",
        role="sleutelpersoon",
        where_and_when="dinsdag",
        email="contact@example.org",
    )
    planted = IdeaPageFactory(
        parent=register,
        owner=owner,
        seo_title="zoek@example.org",
        search_description="beschrijving@example.org",
        updates=[not_doing(2)],
    )
    planted.save_revision(user=owner).publish(user=owner, skip_permission_checks=True)
    for name in (IDEAS_CSV, UPDATES_CSV, IDEAS_JSON):
        body = download(client, name)
        assert str(planted.pk) in body
        for secret in ("example.org", "eigenaar", "Geheime", "Sleutelpersoon"):
            assert secret not in body, (name, secret)


def count_queries(client, name):
    download(client, name)  # warm per-process caches (locales, site root paths)
    with CaptureQueriesContext(connection) as context:
        download(client, name)
    return len(context.captured_queries)


def add_ideas(register, number):
    for index in range(number):
        IdeaPageFactory(parent=register, updates=[simple(25 - index % 20), not_doing(3)])


@pytest.mark.parametrize("name", [IDEAS_CSV, UPDATES_CSV, IDEAS_JSON])
def test_open_data_queries_do_not_grow_with_the_number_of_ideas(client, register, name):
    add_ideas(register, 3)
    with_three = count_queries(client, name)
    add_ideas(register, 27)
    assert count_queries(client, name) == with_three


def test_every_idea_links_to_its_own_page_in_every_neighbourhood(client, home, register):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    other_register = IdeaIndexPageFactory(parent=NeighbourhoodPageFactory(parent=index))
    ideas = [IdeaPageFactory(parent=register), IdeaPageFactory(parent=other_register)]
    by_id = {int(row["id"]): row for row in csv_rows(client, IDEAS_CSV)}
    assert {idea.pk: by_id[idea.pk]["url"] for idea in ideas} == {
        idea.pk: idea.get_full_url() for idea in ideas
    }
    for idea in ideas:
        assert client.get(idea.url).status_code == 200


def test_a_long_export_arrives_in_a_few_large_pieces_with_every_row(client, register):
    from feedback import opendata

    add_ideas(register, 30)
    response = client.get(url(IDEAS_CSV))
    pieces = list(response.streaming_content)
    text = b"".join(pieces).decode("utf-8")
    assert len(list(csv.DictReader(io.StringIO(text)))) == opendata.open_ideas().count() >= 30
    assert len(pieces) < 30  # not one write per row
    assert list(opendata.in_pieces(["ab", "cd", "e"], size=3)) == ["abcd", "e"]
    assert list(opendata.in_pieces([], size=3)) == []
