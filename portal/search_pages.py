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
    rows, found = _rows(results, number, per_page) if number else ([], 0)
    if rows or number == 1:
        # An empty first page: nothing matches, and there is nothing to count.
        paginator.count = found
    else:
        # The number is past the end: count, then show the last page.
        paginator.count = results.count()
        number = paginator.num_pages
        rows = _rows(results, number, per_page)[0] if paginator.count else []
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
    """The pages on page ``number`` (their id and type only) and how many match."""
    start = (number - 1) * per_page
    ranked = results[start : start + per_page].get_queryset()
    # As values: the text vector Wagtail's search annotates to filter on stays
    # out of the SELECT. Selected, it was carried through the count over all
    # matches: 15% of the query for a word 3,300 pages hold.
    counted = ranked.annotate(**{FOUND: Window(Count("pk"))})
    values = list(counted.values_list("pk", "content_type_id", FOUND))
    fields = ["id", "content_type_id"]
    pages = [ranked.model.from_db(ranked.db, fields, (pk, kind)) for pk, kind, _n in values]
    return pages, values[0][2] if values else 0
