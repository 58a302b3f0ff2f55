"""The demo loader builds the whole demo site, and running it twice changes nothing."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Page, Site

import pytest

from feedback.models import FeedbackUpdate, IdeaPage
from feedback.status import NEEDS_REASON, Status
from pages.demo import toolkit
from pages.models import (
    ContactPerson,
    EventPage,
    GoodPracticePage,
    HomePage,
    Municipality,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    Theme,
    ToolkitChapterPage,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "themes": Theme.objects.count(),
        "municipalities": Municipality.objects.count(),
        "contacts": ContactPerson.objects.count(),
        "sites": Site.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_loading_twice_duplicates_nothing():
    call_command("load_demo_content", stdout=io.StringIO())
    before = snapshot()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert snapshot() == before
    assert "0 new item(s)" in output.getvalue()
    assert "Demo admin exists" in output.getvalue()


def test_first_run_prints_the_admin_login():
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "user 'admin', password 'meedoen-demo'" in output.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("meedoen-demo")


def test_demo_has_the_complete_toolkit(home):
    chapters = ToolkitChapterPage.objects.live().filter(locale=home.locale)
    assert sorted(chapters.values_list("slug", flat=True)) == sorted(
        chapter["slug"] for chapter in toolkit.CHAPTERS
    )
    assert chapters.filter(is_extra_tip=True).count() == 3


def test_demo_has_good_practices_tagged_on_every_facet(home):
    practices = GoodPracticePage.objects.live().filter(locale=home.locale)
    assert practices.count() >= 8
    assert practices.values("municipality").distinct().count() >= 8
    for relation in ("themes", "target_groups", "methods", "elements"):
        model = GoodPracticePage._meta.get_field(relation).related_model
        used = model.objects.filter(good_practices__in=practices).distinct().count()
        assert used == model.objects.count(), relation


def test_demo_has_three_neighbourhoods_with_people_news_and_coming_meetings(home):
    neighbourhoods = NeighbourhoodPage.objects.live().filter(locale=home.locale)
    assert neighbourhoods.count() == 3
    for neighbourhood in neighbourhoods:
        assert neighbourhood.contact_people.count() >= 2
        assert NeighbourhoodUpdatePage.objects.child_of(neighbourhood).live().count() >= 3
        upcoming = EventPage.objects.child_of(neighbourhood).live().filter(end__gte=timezone.now())
        assert upcoming.count() >= 2


def test_demo_images_have_alt_text():
    for image in get_image_model().objects.all():
        assert image.description, image.title


def test_demo_home_is_the_site_root_in_dutch_and_english(site, locale_en):
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.specific.get_translation(locale_en).live


def test_demo_register_has_ideas_in_every_status_with_reasons(home):
    ideas = IdeaPage.objects.live().filter(locale=home.locale)
    assert ideas.count() >= 30
    assert set(ideas.values_list("status", flat=True)) == set(Status.values)
    for update in FeedbackUpdate.objects.filter(idea__in=ideas, status__in=NEEDS_REASON):
        assert update.reason and update.reason_code_id


def test_demo_register_has_overdue_ideas_in_every_neighbourhood(home):
    today = timezone.localdate()
    for neighbourhood in NeighbourhoodPage.objects.live().filter(locale=home.locale):
        ideas = IdeaPage.objects.descendant_of(neighbourhood).live()
        assert ideas.count() >= 10
        assert any(idea.is_overdue(today) for idea in ideas), neighbourhood.title
