"""Indexes on Wagtail's page table for pages.models.routing.

The router finds every page along an address by its url_path, and the sections
of every home by their depth, in one query. Wagtail declares no index on those
columns, so without these the query reads the whole page table, which grows
with every idea.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_locales_and_participation_elements"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS pages_wagtailcore_page_url_path "
            "ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS pages_wagtailcore_page_url_path",
        ),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS pages_wagtailcore_page_depth "
            "ON wagtailcore_page (depth)",
            "DROP INDEX IF EXISTS pages_wagtailcore_page_depth",
        ),
    ]
