"""Indexes on Wagtail's own tables that only PostgreSQL can have, for migrations.

Wagtail owns these tables, so a model's ``Meta.indexes`` cannot declare them;
and the kinds used (an expression GIN index, INCLUDE columns) do not exist in
SQLite, which then simply goes without.
"""

from django.db import migrations


def postgres_index(name, definition):
    """A migration operation that creates ``CREATE INDEX name ON definition``
    on PostgreSQL (and drops it when unapplied), and does nothing elsewhere."""

    def create(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(create, drop)


def dropped_postgres_index(name, definition):
    """The reverse of ``postgres_index``: drops the index, and makes it again
    when unapplied."""
    made = postgres_index(name, definition)
    return migrations.RunPython(made.reverse_code, made.code)
