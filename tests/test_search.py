"""Site-wide search with Wagtail's search backend."""

import pytest

from pages.models import ToolkitChapterPage

from .factories import GoodPracticeIndexPageFactory, GoodPracticePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_toolkit_chapters(client, home):
    response = client.get("/zoeken/", {"q": "sleutelpersonen"})
    assert response.status_code == 200
    results = response.context["page_obj"].object_list
    assert any(isinstance(page, ToolkitChapterPage) for page in results)


def test_results_of_several_page_types_come_as_their_own_types_in_ranked_order(home):
    from wagtail.models import Page

    from portal.views import specific_pages

    one_of_each_type = {page.content_type_id: page for page in Page.objects.filter(depth__gt=1)}
    pages = sorted(one_of_each_type.values(), key=lambda page: page.title)
    assert len(pages) > 5  # the demo has many page types
    found = specific_pages(pages)
    assert [page.pk for page in found] == [page.pk for page in pages]
    assert [type(page) for page in found] == [page.specific_class for page in pages]
    assert [page.specific.listing_summary for page in pages] == [
        page.listing_summary for page in found
    ]


def test_empty_search_shows_only_the_form(client):
    response = client.get("/zoeken/")
    assert response.status_code == 200
    assert response.context["page_obj"] is None


def test_search_survives_control_characters_and_very_long_queries(client):
    response = client.get("/zoeken/", {"q": "wijk\x00\x07" + "a" * 5000})
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
    assert response.context["notice"]


def test_search_escapes_the_query_in_the_page(client):
    response = client.get("/zoeken/", {"q": "<script>alert(1)</script>"})
    assert b"<script>alert(1)</script>" not in response.content


def test_search_in_english_finds_english_pages(client, locale_en):
    response = client.get("/en/zoeken/", {"q": "residents"})
    assert response.status_code == 200
    assert all(page.locale_id == locale_en.id for page in response.context["page_obj"].object_list)
    assert response.context["page_obj"].paginator.count > 0


@pytest.mark.postgres
def test_search_finds_dutch_inflections_on_postgres(client, home):
    index = GoodPracticeIndexPageFactory(parent=home)
    page = GoodPracticePageFactory(
        parent=index,
        title="Wijkavond",
        summary="Eén bijeenkomst per maand in het buurthuis, met koffie.",
    )
    response = client.get("/zoeken/", {"q": "bijeenkomsten"})
    assert page.pk in [result.pk for result in response.context["page_obj"].object_list]


@pytest.mark.postgres
def test_search_on_postgres_reads_only_matching_index_entries(client, home):
    """The migration's index on ``title || body`` is what the backend's match
    can use; without it every search reads every index entry."""
    import json

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/zoeken/", {"q": "bijeenkomst"})
    assert response.context["page_obj"].paginator.count > 0
    [ranked] = [
        q["sql"] for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]
    ]
    # The backend matches the joined vector of title and body ...
    assert '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@' in ranked
    with connection.cursor() as cursor:
        # ... and that match can be read off the index. The test data is small
        # enough to read whole; ask for the plan PostgreSQL chooses when
        # reading everything is costly, as it is in a city.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN (FORMAT JSON) SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('dutch', 'bijeenkomst')"
        )
        plan = cursor.fetchone()[0]
    plan = json.dumps(plan) if not isinstance(plan, str) else plan
    assert "pages_search_title_body_gin" in plan
