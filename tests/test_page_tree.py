"""The page tree only allows the structure of DESIGN.md."""

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

EXPECTED_CHILDREN = {
    HomePage: {ToolkitIndexPage, GoodPracticeIndexPage, NeighbourhoodIndexPage, StandardPage},
    ToolkitIndexPage: {ToolkitChapterPage},
    ToolkitChapterPage: set(),
    GoodPracticeIndexPage: {GoodPracticePage},
    GoodPracticePage: set(),
    NeighbourhoodIndexPage: {NeighbourhoodPage},
    NeighbourhoodPage: {NeighbourhoodUpdatePage, EventPage, IdeaIndexPage},
    IdeaIndexPage: {IdeaPage},
    IdeaPage: set(),
    NeighbourhoodUpdatePage: set(),
    EventPage: set(),
    StandardPage: {StandardPage},
}


@pytest.mark.parametrize("parent", EXPECTED_CHILDREN, ids=lambda model: model.__name__)
def test_each_page_type_allows_exactly_its_children(parent):
    assert set(parent.allowed_subpage_models()) == EXPECTED_CHILDREN[parent]


def test_home_page_sits_only_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]


def test_sections_exist_once_per_home_page(home):
    for section in (ToolkitIndexPage, GoodPracticeIndexPage, NeighbourhoodIndexPage):
        assert not section.can_create_at(home), section.__name__
    assert StandardPage.can_create_at(home)


def test_admin_refuses_a_chapter_directly_under_the_home_page(admin_client, home):
    before = ToolkitChapterPage.objects.count()
    url = f"/admin/pages/add/pages/toolkitchapterpage/{home.pk}/"
    form = admin_client.get(url)
    # Wagtail answers "no permission" by sending the editor back to the dashboard.
    assert form.status_code == 302
    assert form["Location"] == "/admin/"
    posted = admin_client.post(url, {"title": "Los hoofdstuk", "slug": "los", "summary": "x"})
    assert posted.status_code == 302
    assert ToolkitChapterPage.objects.count() == before
