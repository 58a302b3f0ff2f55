"""Five languages: the right lang and dir, a switcher that finds translations,
and a Dutch stand-in (with a note) where a translation is missing."""

from django.utils import translation

import pytest

from pages.models import HomePage, NeighbourhoodPage, ToolkitIndexPage

pytestmark = pytest.mark.django_db


def test_dutch_is_served_at_the_root(client, home):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="nl" dir="ltr">' in response.content.decode()
    assert home.url == "/"


def test_arabic_pages_render_right_to_left(client):
    response = client.get("/ar/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_language_switcher_links_to_the_translation_where_it_exists(client, home, locale_en):
    toolkit = ToolkitIndexPage.objects.get(locale=home.locale)
    english = toolkit.get_translation(locale_en)
    html = client.get(toolkit.url).content.decode()
    assert f'<a href="{english.url}" lang="en" hreflang="en"' in html
    assert f'<link rel="alternate" hreflang="en" href="{english.url}">' in html


def test_language_switcher_marks_the_current_language(client, home, locale_en):
    english_home = home.get_translation(locale_en)
    html = client.get(english_home.url).content.decode()
    assert 'href="/en/" lang="en" hreflang="en" dir="ltr" aria-current="true"' in html
    assert 'href="/" lang="nl" hreflang="nl"' in html


def test_untranslated_page_shows_dutch_text_with_a_note_in_the_visitors_language(client, home):
    neighbourhood = NeighbourhoodPage.objects.get(locale=home.locale, slug="overvecht")
    assert neighbourhood.url.startswith("/wijken/")
    response = client.get("/en" + neighbourhood.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "not yet available in your language" in html
    assert '<div lang="nl" dir="ltr">' in html
    assert neighbourhood.title in html


def test_arabic_visitor_of_untranslated_page_keeps_arabic_interface(client, home):
    neighbourhood = NeighbourhoodPage.objects.get(locale=home.locale, slug="overvecht")
    response = client.get("/ar" + neighbourhood.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<div lang="nl" dir="ltr">' in html
    # Links to other stand-in pages keep the Arabic prefix.
    assert f'href="/ar{neighbourhood.get_parent().url}"' in html


def test_switcher_on_untranslated_page_offers_the_stand_in_address(client, home):
    neighbourhood = NeighbourhoodPage.objects.get(locale=home.locale, slug="overvecht")
    html = client.get(neighbourhood.url).content.decode()
    assert f'<a href="/tr{neighbourhood.url}" lang="tr" hreflang="tr"' in html


def test_translated_home_lists_dutch_news_while_untranslated(client, home, locale_en):
    english_home = HomePage.objects.get(locale=locale_en)
    response = client.get(english_home.url)
    assert len(response.context["latest_updates"]) > 0
    assert len(response.context["upcoming_events"]) > 0


def test_admin_speaks_dutch(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert '<html lang="nl"' in response.content.decode()


def test_interface_strings_have_a_dutch_translation():
    with translation.override("nl"):
        assert translation.gettext("Skip to content") == "Naar de inhoud"
        assert translation.gettext("Search") == "Zoeken"


def test_arabic_translation_of_a_register_reads_right_to_left(client, home):
    from feedback.models import IdeaIndexPage

    arabic = IdeaIndexPage.objects.get(locale__language_code="ar")
    response = client.get(arabic.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert arabic.title in html
    assert "not yet available in your language" not in html
