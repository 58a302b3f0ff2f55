"""Search finds its pages from indexes on PostgreSQL (issue 6).

Wagtail's database search backend joins index entries to pages on the page id
cast to text; pages/migrations/0007_search_page_id_index.py indexes that cast
with the page columns the search reads. Whether PostgreSQL uses the indexes
depends on the data (on the benchmark's databases it does), so these tests
check what does not: the join is still on the expression the index holds, and
the search queries read no page column that their index lacks.
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
    """The SQL of the search's count and its ranked page of results."""
    with translation.override(language):
        url = reverse("search")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": query})
        assert response.status_code == 200
    found = [q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    assert response.context["page_obj"].paginator.count > 0
    return found


def index_definition(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        (definition,) = cursor.fetchone()
    return definition


def included(name):
    listed = re.search(r"INCLUDE \(([^)]*)\)", index_definition(name)).group(1)
    return {column.strip() for column in listed.split(",")}


def test_the_indexes_hold_the_cast_page_id_that_search_joins_on(client, home):
    for name in ("page_search_count", "page_search_rank"):
        assert "((id)::character varying(50))::text" in index_definition(name)
    for sql in search_queries(client, "buurt"):
        assert JOIN in sql


@pytest.mark.parametrize("language", ["nl", "en"])
def test_counting_and_ranking_matches_read_only_page_columns_of_an_index(client, home, language):
    count, ranked = search_queries(client, "buurt", language)
    assert count.startswith("SELECT COUNT(*)")
    assert set(PAGE_COLUMN.findall(ranked)) <= included("page_search_rank"), ranked
    assert set(PAGE_COLUMN.findall(count)) <= included("page_search_rank"), count
    if language == "nl":
        assert set(PAGE_COLUMN.findall(count)) <= included("page_search_count"), count
