"""The page view finds the visitor's home page the way Wagtail does, in fewer queries."""

from django.test import Client
from django.utils import translation

from wagtail.models import Locale

import pytest

from pages.serving import visitors_home


@pytest.mark.parametrize("language", ["nl", "en", "ar", "tr", "pl"])
def test_the_visitors_home_is_what_wagtail_finds(home, language):
    with translation.override(language):
        expected = home.localized.specific
        found = visitors_home(home)
    assert (found.pk, type(found)) == (expected.pk, type(expected))


def test_a_home_page_translation_in_draft_gives_way_to_the_dutch_one(home):
    english = home.get_translation(Locale.objects.get(language_code="en"))
    english.unpublish()
    with translation.override("en"):
        assert visitors_home(home).pk == home.pk


def test_a_language_without_a_locale_gets_the_dutch_home(home, monkeypatch):
    def missing():
        raise Locale.DoesNotExist

    monkeypatch.setattr("pages.serving.active_locale", missing)
    assert visitors_home(home).pk == home.pk


def test_the_visitors_home_costs_one_query(home, django_assert_num_queries):
    with translation.override("ar"), django_assert_num_queries(1):
        visitors_home(home)


def test_pages_and_missing_pages_are_served_as_before(home):
    client = Client()
    assert client.get("/en/").status_code == 200
    assert client.get("/bestaat-niet/").status_code == 404
    assert client.get("/en/bestaat-niet/").status_code == 404
