"""A full-text index for the site search on PostgreSQL.

Wagtail's database backend matches a search against ``title || body`` of its
index entries, while its own GIN indexes cover ``title`` and ``body`` apart.
PostgreSQL cannot use those for the joined vector and read every index entry
for every search (35 ms at 26,000 pages); with this index it reads only the
entries that match (under 3 ms). SQLite searches with its own FTS5 table.
"""

from django.db import migrations

INDEX = "pages_search_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_page_routing_indexes"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
