"""Site-wide views: search, robots.txt and the error pages."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Page, get_page_models

from pages.locales import active_locale
from pages.models.base import localized_with_fallback

from .search_pages import counted_page

MAX_QUERY_LENGTH = 200
QUOTES = str.maketrans({'"': " ", "'": " "})


def specific_pages(pages):
    """``pages`` as their specific types, in the same order, in one query.

    ``.specific()`` costs a query per page type; here the tables of the page
    types among ``pages`` are joined to one query (each page has a row in one
    of them). Only those: joining every page type's table made PostgreSQL
    plan a join of fifteen tables for ten results.
    """
    pages = list(pages)
    page_models = [model for model in get_page_models() if list(model._meta.parents) == [Page]]
    present = {page.specific_class for page in pages}
    joined = [model for model in page_models if model in present]
    found = Page.objects.filter(pk__in=[page.pk for page in pages]).select_related(
        *(model._meta.model_name for model in joined)
    )
    specific = {}
    for page in found:
        model = page.specific_class
        specific[page.pk] = (
            getattr(page, model._meta.model_name) if model in joined else page.specific
        )
    return [specific[page.pk] for page in pages if page.pk in specific]


@require_GET
def search(request):
    raw_query = request.GET.get("q", "")
    # Control characters (a NUL byte breaks PostgreSQL) carry no meaning in a search,
    # and neither do quotes: both databases split words on them, and in SQLite's
    # full-text syntax a quote inside a word is a syntax error.
    query = " ".join("".join(ch for ch in raw_query if ch.isprintable()).translate(QUOTES).split())
    notice = ""
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        notice = _("Your search was long; we searched for the first %(count)s characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    page_obj = None
    if query:
        pages = localized_with_fallback(Page.objects.live().public(), active_locale())
        # Only the id and type of each match: specific_pages reads the rest of
        # the ten shown, and PostgreSQL can then rank from an index alone
        # (pages/migrations/0007_search_page_id_index.py).
        results = pages.exclude(depth__lte=1).only("id", "content_type").search(query)
        page_obj = counted_page(
            results, request.GET.get("pagina"), settings.SEARCH_RESULTS_PER_PAGE
        )
        page_obj.object_list = specific_pages(page_obj.object_list)
    return render(
        request,
        "search.html",
        {"query": query, "page_obj": page_obj, "notice": notice},
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /zoeken/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the database may be what failed.
    return HttpResponseServerError(loader.get_template("500.html").render())
