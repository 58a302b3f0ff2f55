"""Which Wagtail site answers a request, found with one short SQL query.

Wagtail's ``Site.find_for_request`` ranks the candidate sites in the query
itself (a CASE over host name, port and default flag) and loads the root page
with them; building and compiling that query cost about 2 ms of CPU on every
request, far more than the database takes to answer it. Here the same
candidates come from plain SQL, with the root page in the same row, and are
ranked in Python by Wagtail's rules. The site is left where Wagtail keeps it for
the request (``request._wagtail_site``), so Wagtail's own lookups after it (the
page view, site settings) use it. The site's settings (name, municipality,
contact), which every page's header and footer show, come in the same row and
are left where Wagtail's ``SiteSettings.for_request`` looks first: one query
less per page. It is looked up where a request first needs
its site: the page router, the context of every HTML page, the feeds. Views
that need none, such as the open data exports, do not pay for it.
"""

from functools import cache

from django.apps import apps
from django.db import connection
from django.http.request import split_domain_port

from wagtail.models import Page, Site

# Wagtail's order of preference (wagtail.models.sites.get_site_for_hostname).
MATCH_HOSTNAME_PORT = 0
MATCH_HOSTNAME_DEFAULT = 1
MATCH_DEFAULT = 2
MATCH_HOSTNAME = 3


def _site_settings_model():
    return apps.get_model("pages", "SiteSettings")


@cache
def _models():
    """The models whose columns each row holds, in order."""
    return Site, Page, _site_settings_model()


# The columns are filled in from the models: Site's, Page's, SiteSettings'.
_SITES_FOR_HOST = """
SELECT {site_columns}, {page_columns}, {settings_columns}
FROM wagtailcore_site site
INNER JOIN wagtailcore_page page ON page.id = site.root_page_id
LEFT OUTER JOIN {settings_table} settings ON settings.site_id = site.id
WHERE site.hostname = %s OR site.is_default_site
ORDER BY site.id
"""


@cache
def _query():
    site, page, settings = (
        [field.column for field in model._meta.concrete_fields] for model in _models()
    )
    return _SITES_FOR_HOST.format(
        site_columns=", ".join(f"site.{column}" for column in site),
        page_columns=", ".join(f"page.{column}" for column in page),
        settings_columns=", ".join(f"settings.{column}" for column in settings),
        settings_table=connection.ops.quote_name(_site_settings_model()._meta.db_table),
    )


def _sites_for(hostname):
    """The sites for ``hostname`` and the default site, with their root pages
    and, as ``found_settings``, their settings (None where none are saved)."""
    with connection.cursor() as cursor:
        cursor.execute(_query(), [hostname])
        rows = cursor.fetchall()
    site_model, page_model, settings_model = _models()
    site_end = len(site_model._meta.concrete_fields)
    page_end = site_end + len(page_model._meta.concrete_fields)
    sites = []
    for row in rows:
        site = _instance(site_model, row[:site_end])
        # Where select_related("root_page") would have put it: no query to read it.
        Site.root_page.field.set_cached_value(site, _instance(page_model, row[site_end:page_end]))
        settings_row = row[page_end:]
        # The settings' own id is NULL when the outer join found no settings.
        site.found_settings = (
            _instance(settings_model, settings_row) if settings_row[0] is not None else None
        )
        sites.append(site)
    return sites


def _instance(model, values):
    """A ``model`` instance from the raw values of its concrete fields, in
    ``model._meta.concrete_fields`` order, converted as the ORM does."""
    fields = model._meta.concrete_fields
    converted = []
    for (column, converters), value in zip(_converters(model), values, strict=True):
        for convert in converters:
            value = convert(value, column, connection)
        converted.append(value)
    return model.from_db(connection.alias, [field.attname for field in fields], converted)


@cache
def _converters(model):
    found = []
    for field in model._meta.concrete_fields:
        column = field.get_col(field.model._meta.db_table)
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
        site = best_site(_sites_for(hostname), hostname, request.get_port())
        request._wagtail_site = site
        settings = getattr(site, "found_settings", None)
        if settings is not None:
            # As SiteSettings.for_request keeps them; where there are none yet,
            # it creates them on first use, as before.
            settings._request = request
            setattr(request, type(settings).get_cache_attr_name(), settings)
    return request._wagtail_site
