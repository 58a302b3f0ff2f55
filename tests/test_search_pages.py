"""A page of search results counts its matches in the same query (portal/search_pages.py)."""

from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from portal.search_pages import counted_page

from .factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory

pytestmark = pytest.mark.django_db

WORD = "zonnebloemenactie"
MATCHES = 23
PER_PAGE = 10


@pytest.fixture
def matching_pages(home):
    index = GoodPracticeIndexPageFactory(parent=home)
    return [
        GoodPracticePageFactory(parent=index, title=f"{WORD.capitalize()} {n}")
        for n in range(MATCHES)
    ]


def search(word=WORD):
    return Page.objects.live().only("id", "content_type").search(word)


@pytest.mark.parametrize(
    "asked", [None, "1", "2", "3", " 2", "4", "999", "0", "-1", "abc", "2.0", "", "1" * 30]
)
def test_each_page_asked_for_is_the_one_the_paginator_gives(matching_pages, asked):
    expected = Paginator(search(), PER_PAGE).get_page(asked)
    page = counted_page(search(), asked, PER_PAGE)
    assert page.number == expected.number
    assert page.paginator.count == expected.paginator.count == MATCHES
    assert page.paginator.num_pages == 3
    assert [p.pk for p in page.object_list] == [p.pk for p in expected.object_list]
    assert page.has_next() == expected.has_next()
    assert page.start_index() == expected.start_index()


def test_a_page_of_results_and_their_count_take_one_query(matching_pages):
    with CaptureQueriesContext(connection) as queries:
        page = counted_page(search(), "2", PER_PAGE)
        shown = list(page.object_list)
        counted = page.paginator.count
    assert (len(shown), counted) == (PER_PAGE, MATCHES)
    assert len(queries.captured_queries) == 1


def test_a_page_past_the_end_costs_a_count_and_the_last_page(matching_pages):
    with CaptureQueriesContext(connection) as queries:
        page = counted_page(search(), "7", PER_PAGE)
    assert page.number == 3
    assert len(page.object_list) == MATCHES - 2 * PER_PAGE
    assert len(queries.captured_queries) == 3


def test_nothing_found_gives_an_empty_first_page(matching_pages):
    page = counted_page(search("onvindbaarwoord"), "2", PER_PAGE)
    assert (page.number, page.paginator.count, list(page.object_list)) == (1, 0, [])


@pytest.mark.parametrize("asked", ["1", None, "abc"])
def test_nothing_found_on_the_first_page_is_known_from_one_query(matching_pages, asked):
    with CaptureQueriesContext(connection) as queries:
        page = counted_page(search("onvindbaarwoord"), asked, PER_PAGE)
    assert (page.number, page.paginator.count, list(page.object_list)) == (1, 0, [])
    assert page.paginator.num_pages == 1 and not page.has_next()
    assert len(queries.captured_queries) == 1


def test_results_that_are_not_from_the_database_backend_are_paged_as_usual():
    page = counted_page(list(range(23)), "3", PER_PAGE)
    assert (page.number, list(page.object_list)) == (3, [20, 21, 22])


def test_the_search_page_shows_the_count_and_a_full_page(client, matching_pages):
    response = client.get("/zoeken/", {"q": WORD, "pagina": "2"})
    assert response.status_code == 200
    page = response.context["page_obj"]
    assert (page.number, page.paginator.count, len(page.object_list)) == (2, MATCHES, PER_PAGE)
    assert f"{MATCHES} resultaten" in response.content.decode()


def test_the_ranked_query_selects_no_text_of_the_matches(matching_pages):
    """The matched text vector Wagtail filters on (on PostgreSQL) is not carried
    through the count."""
    with CaptureQueriesContext(connection) as queries:
        page = counted_page(search(), "1", PER_PAGE)
    [sql] = [q["sql"] for q in queries.captured_queries]
    selected = sql.split(" FROM ")[0]
    assert "_vector_" not in selected and "body" not in selected
    assert [type(p) for p in page.object_list] == [Page] * PER_PAGE
    assert {p.content_type_id for p in page.object_list} == {matching_pages[0].content_type_id}
