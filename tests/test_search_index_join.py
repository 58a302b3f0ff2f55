"""Search finds its pages from indexes on PostgreSQL (issue 6).

Wagtail's database search backend joins index entries to pages on the page id
cast to text; pages/migrations/0007_search_page_id_index.py indexes that cast
with the page columns the search reads (``page_search_rank``; 0009 dropped
``page_search_count`` when the ranked query took over counting). Whether
PostgreSQL uses the indexes depends on the data (on the benchmark's databases
it does), so these tests check what does not: the join is still on the
expression the index holds, and the search queries read no page column that
their index lacks.
"""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

PAGE_COLUMN = re.compile(r'"wagtailcore_page"\."(\w+)"')
JOIN = '"wagtailsearch_indexentry"."object_id" = ("wagtailcore_page"."id")::varchar(50)'


def search_queries(client, query, language="nl"):
    """The SQL of the search's queries that read the index entries."""
    with translation.override(language):
        url = reverse("search")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": query})
        assert response.status_code == 200
    assert response.context["page_obj"].paginator.count > 0
    return [q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]


def index_definition(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        (definition,) = cursor.fetchone()
    return definition


def included(name):
    listed = re.search(r"INCLUDE \(([^)]*)\)", index_definition(name)).group(1)
    return {column.strip() for column in listed.split(",")}


def test_the_index_holds_the_cast_page_id_that_search_joins_on(client, home):
    assert "((id)::character varying(50))::text" in index_definition("page_search_rank")
    for sql in search_queries(client, "buurt"):
        assert JOIN in sql


def test_the_count_index_is_gone(home):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 'page_search_count'")
        assert cursor.fetchone() == (0,)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_ranking_and_counting_matches_reads_only_page_columns_of_the_index(client, home, language):
    [ranked] = search_queries(client, "buurt", language)
    assert "COUNT(" in ranked and " OVER ()" in ranked
    assert set(PAGE_COLUMN.findall(ranked)) <= included("page_search_rank"), ranked


def test_a_search_that_finds_nothing_reads_the_index_columns_too(client, home):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("search"), {"q": "onvindbaarwoord"})
    assert response.context["page_obj"].paginator.count == 0
    found = [q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    assert len(found) == 1  # the empty first page: no count to confirm it
    for sql in found:
        assert set(PAGE_COLUMN.findall(sql)) <= included("page_search_rank"), sql
