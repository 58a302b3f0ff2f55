"""Site-wide views: search, robots.txt and the error pages."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Page, get_page_models

from pages.locales import active_locale
from pages.models.base import localized_with_fallback

MAX_QUERY_LENGTH = 200
QUOTES = str.maketrans({'"': " ", "'": " "})


def specific_pages(ids):
    """The pages ``ids`` as their specific types, in that order, in one query.

    ``.specific()`` costs a query per page type; here every page type's table
    is joined to the one query (each page has a row in one of them).
    """
    page_models = [model for model in get_page_models() if list(model._meta.parents) == [Page]]
    pages = Page.objects.filter(pk__in=ids).select_related(
        *(model._meta.model_name for model in page_models)
    )
    specific = {}
    for page in pages:
        model = page.specific_class
        specific[page.pk] = (
            getattr(page, model._meta.model_name) if model in page_models else page.specific
        )
    return [specific[pk] for pk in ids if pk in specific]


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
        results = pages.exclude(depth__lte=1).search(query)
        page_obj = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE).get_page(
            request.GET.get("pagina")
        )
        page_obj.object_list = specific_pages([page.pk for page in page_obj.object_list])
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
