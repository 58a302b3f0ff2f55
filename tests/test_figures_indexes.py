"""The idea figures can be counted from indexes alone on PostgreSQL (issue 6).

The home page counts every idea, a neighbourhood page and its register count
the register's ideas; feedback/migrations/0006_idea_figures_indexes.py gives
each count an index holding every column of the ideas it reads. Whether
PostgreSQL then reads only the index depends on the data and on vacuum (on
the benchmark's databases it does), so these tests check what does not: a
column added to a figures query and not to its index fails them.
"""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from feedback.models import IdeaIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

COLUMN_OF_IDEAS = re.compile(r'"feedback_ideapage"\."(\w+)"')


def figures_query(client, url):
    """The SQL of the one query on ``url`` that counts ideas."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    [sql] = [
        q["sql"]
        for q in queries.captured_queries
        if "COUNT(" in q["sql"] and '"feedback_ideapage"' in q["sql"]
    ]
    return sql


def index_columns(name):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT attribute.attname
            FROM pg_index
            JOIN pg_class ON pg_class.oid = pg_index.indexrelid
            JOIN pg_attribute attribute ON attribute.attrelid = pg_index.indrelid
                AND attribute.attnum = ANY(pg_index.indkey)
            WHERE pg_class.relname = %s
            """,
            [name],
        )
        return {column for (column,) in cursor.fetchall()}


def test_the_site_wide_figures_read_only_columns_of_their_index(client, home):
    read = set(COLUMN_OF_IDEAS.findall(figures_query(client, home.url)))
    assert read == {"page_ptr_id", "status", "first_answer_on"}
    assert read <= index_columns("idea_figures")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_registers_figures_read_only_columns_of_their_index(client, language):
    register = IdeaIndexPage.objects.filter(locale__language_code=language).first()
    read = set(COLUMN_OF_IDEAS.findall(figures_query(client, register.url)))
    assert {"register_key", "status", "days_to_first_answer", "theme_id"} <= read
    assert read <= index_columns("idea_register_figures")
