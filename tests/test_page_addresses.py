"""pages.addresses.page_url gives exactly the address Wagtail's get_url gives."""

from django.conf import settings
from django.test import RequestFactory
from django.urls import clear_script_prefix, set_script_prefix
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from pages.addresses import page_full_url, page_url

pytestmark = pytest.mark.django_db


def _request(host="localhost"):
    return RequestFactory(HTTP_HOST=host).get("/")


def _pairs(pages, request):
    return [
        (
            (page_url(page, request), page_full_url(page, request)),
            (page.get_url(request), page.get_full_url(request)),
        )
        for page in pages
    ]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_demo_page_has_the_address_wagtail_gives_in_every_language(language):
    pages = list(Page.objects.filter(depth__gt=1).specific())
    assert len(pages) > 50
    with translation.override(language):
        ours, wagtails = zip(*_pairs(pages, _request()), strict=True)
    assert list(ours) == list(wagtails)
    assert all(url.startswith("/") and full == f"http://localhost{url}" for url, full in ours)


def test_a_slug_that_needs_quoting_gets_wagtails_address(home):
    page = home.add_child(instance=Page(title="Straße", slug="straße"))
    request = _request()
    assert page_url(page, request) == page.get_url(request) == "/stra%C3%9Fe/"
    assert page_full_url(page, request) == page.get_full_url(request)


def test_with_two_sites_addresses_are_wagtails_own(home, site):
    toolkit = home.get_children().first()
    Site.objects.create(hostname="toolkit.example.org", root_page=toolkit, port=80)
    pages = list(Page.objects.filter(depth__gt=1))
    for host in ("localhost", "toolkit.example.org"):
        ours, wagtails = zip(*_pairs(pages, _request(host)), strict=True)
        assert list(ours) == list(wagtails)
    # Seen from the toolkit's own domain, the main site's home page is on another domain.
    assert ("http://localhost/", "http://localhost/") in ours


def test_under_a_script_prefix_the_address_keeps_it(home):
    set_script_prefix("/gemeente/")
    try:
        page = home.get_children().first()
        request = _request()
        assert page_url(page, request) == page.get_url(request)
        assert page_url(page, request).startswith("/gemeente/")
        assert page_full_url(page, request) == page.get_full_url(request)
    finally:
        clear_script_prefix()


def test_without_a_request_the_address_is_wagtails(home):
    page = home.get_children().first()
    assert page_url(page, None) == page.get_url(None)
    assert page_full_url(page, None) == page.get_full_url(None)
