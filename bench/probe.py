"""Picks the pages to load and measures what one request to each costs.

Runs in its own process with the same settings and environment as the
server (production settings, the bench database, the cache toggle). Each page
is requested twice to warm per-process caches, then once more while counting
SQL queries. Bytes are the response body as served (no compression on the app
server) and what ``gzip -6`` makes of it, as a compressing proxy would send it.
"""

import gzip
import json
import math
import os

PAGES_TO_REGISTER_PAGE = 50


def probe_command(options):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    django.setup()
    urls = choose_urls()
    results = {"urls": [dict(url, **measure(url["path"])) for url in urls], "data": data_sizes()}
    with open(options.output, "w", encoding="utf-8") as out:
        json.dump(results, out, indent=2)
    return 0


def choose_urls():
    from django.db.models import Count

    from feedback.models import IdeaPage
    from feedback.models.register import IDEAS_PER_PAGE
    from feedback.queries import register_of
    from pages.locales import default_locale
    from pages.models import GoodPracticePage, NeighbourhoodPage, ToolkitChapterPage

    dutch = default_locale()
    # The demo's translated neighbourhood; the generator makes it the biggest.
    neighbourhood = NeighbourhoodPage.objects.get(locale=dutch, slug="zuidwest")
    register = register_of(neighbourhood)
    done = register.ideas().filter(status="done").count()
    last_page = max(1, math.ceil(done / IDEAS_PER_PAGE))
    register_page = min(PAGES_TO_REGISTER_PAGE, last_page)
    idea = (
        IdeaPage.objects.child_of(register)
        .live()
        .annotate(n=Count("updates"))
        .order_by("-n", "path")
        .first()
    )
    chapter = ToolkitChapterPage.objects.filter(locale=dutch, slug="bijeenkomst").first()
    chapter = chapter or ToolkitChapterPage.objects.filter(locale=dutch).order_by("path").first()
    practices = GoodPracticePage.objects.filter(locale=dutch)
    theme = most_used(practices, "themes__slug")
    group = most_used(practices.filter(themes__slug=theme), "target_groups__slug")
    register_note = (
        f"page {register_page}"
        if register_page == PAGES_TO_REGISTER_PAGE
        else f"last page ({register_page}); there is no page {PAGES_TO_REGISTER_PAGE} at this size"
    )
    return [
        {"name": "home", "path": "/", "note": ""},
        {"name": "toolkit chapter", "path": url(chapter), "note": chapter.slug},
        {
            "name": "good practices, 2 filters",
            "path": f"{url(practices.first().get_parent())}?thema={theme}&doelgroep={group}",
            "note": f"theme {theme}, target group {group}",
        },
        {"name": "neighbourhood", "path": url(neighbourhood), "note": "zuidwest"},
        {
            "name": "register, filtered",
            "path": f"{url(register)}?status=done&pagina={register_page}",
            "note": f"status done, {register_note}",
        },
        {
            "name": "idea",
            "path": url(idea),
            "note": f"{idea.n} feedback updates",
        },
        {"name": "search", "path": "/zoeken/?q=bankjes", "note": "q=bankjes"},
        {"name": "Atom feed", "path": "/terugkoppeling/feed/", "note": ""},
        {"name": "CSV export", "path": "/open-data/ideeen.csv", "note": "all ideas"},
    ]


def url(page):
    from wagtail.models import Site

    return page.relative_url(Site.objects.get(is_default_site=True))


def most_used(queryset, field):
    from django.db.models import Count

    row = queryset.values(field).annotate(n=Count("pk")).order_by("-n", field).first()
    return row[field]


def measure(path):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    # A page that fails is reported with its status, not raised: the run goes on.
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    for _ in range(2):
        body(client.get(path))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
        content = body(response)
    return {
        "status": response.status_code,
        "queries": len(queries.captured_queries),
        "html_bytes": len(content),
        "gzip_bytes": len(gzip.compress(content, compresslevel=6)),
    }


def body(response):
    # Streaming responses (the CSV) run their queries while being read.
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def data_sizes():
    from django.db.models import Count

    from wagtail.models import Page

    from feedback.models import FeedbackUpdate

    by_type = {}
    for model, language, n in (
        Page.objects.values_list("content_type__model", "locale__language_code")
        .order_by()
        .annotate(n=Count("pk"))
    ):
        by_type.setdefault(model, {})[language] = n
    updates = dict(
        FeedbackUpdate.objects.values_list("idea__locale__language_code")
        .order_by()
        .annotate(n=Count("pk"))
    )
    return {"pages": by_type, "feedback_updates": updates}
