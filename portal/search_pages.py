"""A page of search results and how many there are, from one query.

Django's paginator asks the search backend how many pages match, and then for
the ten to show: two passes over every match, each joining the matches to
their pages. A common word matches thousands of pages in a city (3,300 on the
benchmark's 20x database), so each pass is costly. Here the query for the ten
also counts all matches (``COUNT(*) OVER ()``), which the database works out
while it ranks them anyway, and the count needs no query of its own.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Window

FOUND = "_found"
# More results than any search finds; a page beyond them is past the end
# without asking (a database refuses an OFFSET past 64 bits).
MAX_RESULTS = 2**31


def counted_page(results, number, per_page):
    """Page ``number`` of ``results`` (a search backend's results), as
    ``Paginator.get_page`` gives it: page 1 for a number that is not one, the
    last page for one past the end."""
    if not hasattr(results, "get_queryset"):
        # A search backend that is not the database's (Elasticsearch, say).
        return Paginator(results, per_page).get_page(number)
    paginator = Paginator(results, per_page)
    number = _page_number(number, per_page)
    rows = _rows(results, number, per_page) if number else []
    if rows:
        paginator.count = getattr(rows[0], FOUND)
    else:
        # Nothing matches, or the number is past the end: count, then show the last page.
        paginator.count = results.count()
        number = paginator.num_pages
        rows = _rows(results, number, per_page) if paginator.count else []
    page = paginator.page(number)
    page.object_list = rows
    return page


def _page_number(number, per_page):
    """The page asked for; ``None`` when it cannot exist (``get_page`` then
    shows the last)."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 and (number - 1) * per_page < MAX_RESULTS else None


def _rows(results, number, per_page):
    start = (number - 1) * per_page
    ranked = results[start : start + per_page].get_queryset()
    return list(ranked.annotate(**{FOUND: Window(Count("pk"))}))
