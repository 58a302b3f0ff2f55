"""Drop ``page_search_count``: nothing reads it any more.

The search page counted its matches in a query of its own, which this index
served. The ranked query now counts them as well (portal/search_pages.py),
and the count that remains (a search that finds nothing, or a page past the
end) is served by ``page_search_rank``, which holds the same columns and more.
"""

from django.db import migrations

from pages.postgres_indexes import dropped_postgres_index

SEARCH_JOIN = "wagtailcore_page (((id)::varchar(50)::text))"


class Migration(migrations.Migration):
    dependencies = [("pages", "0008_event_start_index")]

    operations = [
        dropped_postgres_index(
            "page_search_count", f"{SEARCH_JOIN} INCLUDE (id, live, depth, locale_id)"
        ),
    ]
