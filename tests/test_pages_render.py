"""Every page type renders with the demo content, in every language that has it."""

import re

from wagtail.models import Page

import pytest

from feedback.models import IdeaIndexPage, IdeaPage
from pages.models import (
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    HomePage,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    StandardPage,
    ToolkitChapterPage,
    ToolkitIndexPage,
)

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    IdeaIndexPage,
    IdeaPage,
    HomePage,
    ToolkitIndexPage,
    ToolkitChapterPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    EventPage,
    StandardPage,
]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_demo_page_of_each_type_renders(client, model):
    pages = model.objects.live()
    assert pages.exists(), f"the demo content has no {model.__name__}"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{page.locale.language_code}"' in html
        assert '<main id="main"' in html
        assert html.count("<h1") == 1, page.url


@pytest.mark.parametrize(
    "model", [HomePage, ToolkitIndexPage, ToolkitChapterPage, NeighbourhoodPage, IdeaPage]
)
def test_english_translations_exist_and_render_in_english(client, model, locale_en, locale_nl):
    pages = model.objects.live().filter(locale=locale_en)
    assert pages.exists()
    for page in pages:
        assert page.url.startswith("/en/")
        response = client.get(page.url)
        assert response.status_code == 200
        assert '<html lang="en" dir="ltr">' in response.content.decode()
        dutch = page.get_translation(locale_nl)
        assert page.title != dutch.title or page.intro != dutch.intro or model is NeighbourhoodPage


def test_the_whole_toolkit_prints_on_one_page(client, home):
    toolkit = ToolkitIndexPage.objects.get(locale=home.locale)
    response = client.get(toolkit.url + "print/")
    assert response.status_code == 200
    html = response.content.decode()
    for chapter in ToolkitChapterPage.objects.child_of(toolkit).live():
        assert chapter.title in html
    assert 'media="print"' in html


def test_chapter_navigation_links_previous_and_next(client, home):
    toolkit = ToolkitIndexPage.objects.get(locale=home.locale)
    first, second, third = ToolkitChapterPage.objects.child_of(toolkit).order_by("path")[:3]
    response = client.get(second.url)
    assert response.context["previous_chapter"].pk == first.pk
    assert response.context["next_chapter"].pk == third.pk
    assert f'rel="next" href="{third.url}"' in response.content.decode()
    assert response.context["table_of_contents"]


def test_neighbourhood_agenda_lists_its_meetings(client, home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    response = client.get(neighbourhood.url + "agenda/")
    assert response.status_code == 200
    for event in neighbourhood.upcoming_events():
        assert event.title in response.content.decode()


def test_unknown_address_gives_a_helpful_404(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert b"/zoeken/" in response.content


def test_sitemap_and_robots_are_served(client, home):
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert b"<sitemapindex" in index.content
    assert b"<loc>http://testserver/sitemap-pages.xml</loc>" in index.content
    pages = client.get("/sitemap-pages.xml")
    chapter = ToolkitChapterPage.objects.filter(locale=home.locale).first()
    assert chapter.url.encode() in pages.content
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert b"Sitemap: http://testserver/sitemap.xml" in robots.content
    assert b"Disallow: /admin/" in robots.content


def test_a_big_site_is_listed_in_parts_the_index_names(client, home, monkeypatch):
    from portal.sitemaps import PublicPagesSitemap

    # Search engines read at most 50,000 addresses per file; a part here holds 10.
    monkeypatch.setattr(PublicPagesSitemap, "limit", 10)
    index = client.get("/sitemap.xml").content.decode()
    parts = re.findall(r"<loc>http://testserver(/sitemap-pages\.xml[^<]*)</loc>", index)
    assert len(parts) > 2 and parts[1] == "/sitemap-pages.xml?p=2"
    listed = [
        re.findall(r"<url><loc>([^<]+)</loc>", client.get(part).content.decode()) for part in parts
    ]
    assert all(len(addresses) <= 10 for addresses in listed)
    everything = [address for addresses in listed for address in addresses]
    assert len(everything) == len(set(everything)) > 20


def test_draft_pages_are_not_public(client, home):
    toolkit = ToolkitIndexPage.objects.get(locale=home.locale)
    chapter = ToolkitChapterPage.objects.child_of(toolkit).first()
    chapter.unpublish()
    assert client.get(chapter.url or f"{toolkit.url}{chapter.slug}/").status_code == 404
    assert Page.objects.get(pk=chapter.pk).live is False
