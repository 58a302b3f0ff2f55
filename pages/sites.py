"""Which Wagtail site answers a request, found with one short SQL query.

Wagtail's ``Site.find_for_request`` ranks the candidate sites in the query
itself (a CASE over host name, port and default flag) and loads the root page
with them; building and compiling that query cost about 2 ms of CPU on every
request, far more than the database takes to answer it. Here the same
candidates come from plain SQL, with the root page in the same row, and are
ranked in Python by Wagtail's rules. The site is left where Wagtail keeps it for
the request (``request._wagtail_site``), so Wagtail's own lookups after it (the
page view, site settings) use it. It is looked up where a request first needs
its site: the page router, the context of every HTML page, the feeds. Views
that need none, such as the open data exports, do not pay for it.
"""

from functools import cache

from django.db import connection
from django.http.request import split_domain_port

from wagtail.models import Page, Site

# Wagtail's order of preference (wagtail.models.sites.get_site_for_hostname).
MATCH_HOSTNAME_PORT = 0
MATCH_HOSTNAME_DEFAULT = 1
MATCH_DEFAULT = 2
MATCH_HOSTNAME = 3


@cache
def _columns():
    site = [field.column for field in Site._meta.concrete_fields]
    page = [field.column for field in Page._meta.concrete_fields]
    return site, page


# The columns are filled in from the models: Site's, then Page's.
_SITES_FOR_HOST = """
SELECT {site_columns}, {page_columns}
FROM wagtailcore_site site
INNER JOIN wagtailcore_page page ON page.id = site.root_page_id
WHERE site.hostname = %s OR site.is_default_site
ORDER BY site.id
"""


@cache
def _query():
    site, page = _columns()
    return _SITES_FOR_HOST.format(
        site_columns=", ".join(f"site.{column}" for column in site),
        page_columns=", ".join(f"page.{column}" for column in page),
    )


def _sites_for(hostname):
    """The sites for ``hostname`` and the default site, with their root pages."""
    site_width = len(_columns()[0])
    with connection.cursor() as cursor:
        cursor.execute(_query(), [hostname])
        rows = cursor.fetchall()
    sites = []
    for row in rows:
        site = _instance(Site, row[:site_width])
        # Where select_related("root_page") would have put it: no query to read it.
        Site.root_page.field.set_cached_value(site, _instance(Page, row[site_width:]))
        sites.append(site)
    return sites


def _instance(model, values):
    """A ``model`` instance from its columns' raw values, converted as the ORM
    does (SQLite hands over UUIDs, booleans and times as text and numbers)."""
    fields = model._meta.concrete_fields
    converted = []
    for (column, converters), value in zip(_converters(model), values, strict=True):
        for convert in converters:
            value = convert(value, column, connection)
        converted.append(value)
    return model.from_db(connection.alias, [field.attname for field in fields], converted)


@cache
def _converters(model):
    table = model._meta.db_table
    found = []
    for field in model._meta.concrete_fields:
        column = field.get_col(table)
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        found.append((column, converters))
    return found


def _port_number(port):
    try:
        return int(port)
    except (TypeError, ValueError):
        return None


def best_site(sites, hostname, port):
    """The site Wagtail would choose among ``sites`` (those for ``hostname``
    and the default site), or None."""
    port = _port_number(port)

    def match(site):
        if site.hostname == hostname and site.port == port:
            return MATCH_HOSTNAME_PORT
        if site.hostname == hostname and site.is_default_site:
            return MATCH_HOSTNAME_DEFAULT
        if site.is_default_site:
            return MATCH_DEFAULT
        return MATCH_HOSTNAME

    ranked = sorted(sites, key=match)
    if not ranked:
        return None
    if len(ranked) == 1 or match(ranked[0]) in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
        return ranked[0]
    if match(ranked[0]) == MATCH_DEFAULT:
        # The default, unless exactly one other site has this host name.
        return ranked[len(ranked) == 2]
    return None


def find_site(request):
    """``Site.find_for_request(request)``, in one cheap query; kept on the request."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = best_site(_sites_for(hostname), hostname, request.get_port())
    return request._wagtail_site
