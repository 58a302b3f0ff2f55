"""The page router hands Wagtail its site root paths (what every page address
is made from) when there is only one site: the home page in every language,
which the routing query fetched anyway. Wagtail would read them with two
queries whenever its cache is empty.
"""

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page, Site

import pytest

pytestmark = pytest.mark.django_db


def _routed(path, language):
    """A request for ``path`` (without the language prefix) after routing."""
    request = RequestFactory().get("/")
    with translation.override(language):
        assert Page.route_for_request(request, path) is not None
    return request


@pytest.mark.parametrize(
    ("path", "language"),
    [("wijken/zuidwest/", "nl"), ("neighbourhoods/zuidwest/", "en"), ("wijken/", "ar")],
)
def test_the_router_gives_wagtail_the_site_root_paths_wagtail_would_read(site, path, language):
    request = _routed(path, language)
    assert request._wagtail_cached_site_root_paths == Site.get_site_root_paths()


def test_with_a_second_site_wagtail_reads_the_site_root_paths_itself(site, home):
    Site.objects.create(hostname="andere-gemeente.example", root_page=home)
    request = _routed("wijken/zuidwest/", "nl")
    assert not hasattr(request, "_wagtail_cached_site_root_paths")


def test_pages_get_their_usual_address_from_the_router_s_site_root_paths(site):
    request = _routed("wijken/zuidwest/", "nl")
    page, _args, _kwargs = Page.route_for_request(request, "wijken/zuidwest/")
    assert page.get_url(request) == "/wijken/zuidwest/"
    assert page.get_url(request) == page.get_url()  # the same without the router's list
