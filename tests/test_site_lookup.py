"""Every request's site is found with one short query (pages.sites), and it is
the site Wagtail's own lookup would choose, with its home page loaded."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

import pytest

from pages.models import SiteSettings
from pages.sites import find_site

pytestmark = pytest.mark.django_db


def request_for(host):
    return RequestFactory().get("/", HTTP_HOST=host)


def wagtails_choice(host):
    return Site._find_for_request(request_for(host))


# Sites besides the default one (localhost:80 from the migrations), by
# (hostname, port, is_default_site), and the hosts asked for.
SCENARIOS = {
    "only the default site": ([], ["localhost", "elders.example", "localhost:8000"]),
    "a second host name": (
        [("andere.example", 80, False)],
        ["andere.example", "andere.example:8080", "localhost", "elders.example"],
    ),
    "one host name on two ports": (
        [("andere.example", 80, False), ("andere.example", 8080, False)],
        ["andere.example", "andere.example:8080", "andere.example:9000", "elders.example"],
    ),
    "the default site's host name on another port": (
        [("localhost", 8000, False)],
        ["localhost", "localhost:8000", "localhost:9000"],
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_site_is_the_one_wagtail_would_choose(site, home, scenario):
    others, hosts = SCENARIOS[scenario]
    for hostname, port, is_default in others:
        Site.objects.create(
            hostname=hostname, port=port, is_default_site=is_default, root_page=home
        )
    for host in hosts:
        assert find_site(request_for(host)) == wagtails_choice(host), host


def test_without_a_default_site_an_unknown_host_has_no_site(site):
    Site.objects.update(is_default_site=False)
    assert find_site(request_for("elders.example")) is None
    assert wagtails_choice("elders.example") is None


def test_a_port_that_is_no_number_is_matched_on_host_name_only(site):
    request = RequestFactory().get("/", HTTP_HOST="localhost", SERVER_PORT="http")
    assert find_site(request) == site


def test_the_site_and_its_home_page_are_read_as_the_orm_reads_them(site):
    found = find_site(request_for("localhost"))
    expected = wagtails_choice("localhost")
    for model, mine, wagtails in [
        (Site, found, expected),
        (Page, found.root_page, expected.root_page),
    ]:
        for field in model._meta.concrete_fields:
            assert getattr(mine, field.attname) == getattr(wagtails, field.attname), field.name
            assert type(getattr(mine, field.attname)) is type(getattr(wagtails, field.attname))


def test_the_site_and_its_home_page_come_in_one_query(site, home):
    request = request_for("localhost")
    with CaptureQueriesContext(connection) as queries:
        found = find_site(request)
        assert found.root_page.title == home.title
        assert Site.find_for_request(request) is found  # Wagtail reads it from the request
    assert len(queries) == 1


def test_the_site_settings_come_with_the_site_as_the_orm_reads_them(site):
    SiteSettings.objects.update_or_create(
        site=site, defaults={"site_name": "Meedoen Zuid", "municipality_name": "Gemeente Zuid"}
    )
    request = request_for("localhost")
    with CaptureQueriesContext(connection) as queries:
        find_site(request)
        settings = SiteSettings.for_request(request)
    assert len(queries) == 1
    expected = SiteSettings.objects.get(site=site)
    for field in SiteSettings._meta.concrete_fields:
        assert getattr(settings, field.attname) == getattr(expected, field.attname), field.name
        assert type(getattr(settings, field.attname)) is type(getattr(expected, field.attname))


def test_the_settings_of_the_chosen_site_are_the_ones_kept(site, home):
    other = Site.objects.create(hostname="andere.example", port=80, root_page=home)
    SiteSettings.objects.update_or_create(site=site, defaults={"site_name": "Standaard"})
    SiteSettings.objects.create(site=other, site_name="Ander")
    request = request_for("andere.example")
    assert find_site(request) == other
    assert SiteSettings.for_request(request).site_name == "Ander"


def test_a_site_without_saved_settings_gets_them_created_as_wagtail_does(site):
    SiteSettings.objects.filter(site=site).delete()
    request = request_for("localhost")
    find_site(request)
    assert SiteSettings.for_request(request).site_name == "Meedoen"  # the field's default
    assert SiteSettings.objects.filter(site=site).exists()


@pytest.mark.parametrize("path", ["/", "/zoeken/?q=wijk", "/terugkoppeling/feed/"])
def test_pages_search_and_feeds_find_their_site_with_the_short_query(client, site, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response.wsgi_request._wagtail_site == site
    sql = [query["sql"] for query in queries]
    assert sum("WHERE site.hostname = " in text for text in sql) == 1  # pages.sites
    assert not any('CASE WHEN ("wagtailcore_site"."hostname"' in text for text in sql)  # Wagtail's
