"""``{% social_map_for page %}``: the organisations of a neighbourhood, on its page.

Usage in ``pages/neighbourhood_page.html``::

    {% load socialmap_tags %}
    {% social_map_for page %}

A translated neighbourhood page shows the organisations of its Dutch original.
One query (the list with the total), however many organisations there are.
"""

from django import template
from django.db.models import Count, Window
from django.urls import reverse
from django.utils.http import urlencode

from pages.compiled import compiled

from ..models import Organisation
from ..search import NEIGHBOURHOOD_PARAM

register = template.Library()

# A compact list: the overview shows the rest.
SHOWN_ON_NEIGHBOURHOOD_PAGE = 6


@register.inclusion_tag("socialmap/neighbourhood_organisations.html", takes_context=True)
def social_map_for(context, neighbourhood, limit=SHOWN_ON_NEIGHBOURHOOD_PAGE):
    source = neighbourhood.source_language_page() or neighbourhood
    shown = _first_organisations(limit, neighbourhood_id=source.pk)
    total = shown[0].total if shown else 0
    query = urlencode({NEIGHBOURHOOD_PARAM: source.slug})
    return {
        "request": context.get("request"),
        "neighbourhood": neighbourhood,
        "organisations": shown,
        "total": total,
        "overview_url": f"{reverse('socialmap_overview')}?{query}",
        "submit_url": f"{reverse('socialmap_submit')}?{query}",
    }


@compiled
def _first_organisations(limit, *, neighbourhood_id):
    """The first ``limit`` organisations of a neighbourhood page, by name, each
    with the ``total``: a window count over all matches, taken before the
    limit, so one query however many organisations there are."""
    organisations = Organisation.objects.live().in_neighbourhood_page(neighbourhood_id)
    return organisations.annotate(total=Window(Count("pk"))).order_by("name", "pk")[:limit]
