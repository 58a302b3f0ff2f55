"""A neighbourhood page reads its feedback register, newest news and next
meetings in one query (``NeighbourhoodPage.listings``), and the renditions of
all its pictures in another: the lists must stay the ones ``updates()`` and
``upcoming_events()`` start with, in every language.
"""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from feedback.models import IdeaIndexPage
from pages.models import EventPage, NeighbourhoodPage, NeighbourhoodUpdatePage
from pages.models.neighbourhoods import SHOWN_ON_PAGE

from . import factories

pytestmark = pytest.mark.django_db


def _translate(page, language):
    """Publish a copy of ``page`` in ``language``; its translated parent exists."""
    locale = Locale.objects.get(language_code=language)
    translation = page.copy_for_translation(locale)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def zuidwest(db):
    """The demo neighbourhood with an English and an Arabic translation, with
    more news and meetings than its page shows: ties in date and start time,
    past meetings, and translations of some items."""
    page = NeighbourhoodPage.objects.get(locale__language_code="nl", slug="zuidwest")
    today = timezone.localdate()
    news = [
        page.add_child(
            instance=NeighbourhoodUpdatePage(
                title=f"Nieuws {n}",
                slug=f"nieuws-lijst-{n}",
                summary="Nieuws uit de wijk.",
                date=today - datetime.timedelta(days=n // 2),
                body=[],
            )
        )
        for n in range(SHOWN_ON_PAGE + 2)
    ]
    soon = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    meetings = [
        factories.EventPageFactory(
            parent=page,
            start=soon + datetime.timedelta(days=n // 2),
            end=soon + datetime.timedelta(days=n // 2, hours=2),
        )
        for n in range(SHOWN_ON_PAGE + 2)
    ]
    long_ago = timezone.now() - datetime.timedelta(days=30)
    for _ in range(2):
        factories.EventPageFactory(
            parent=page, start=long_ago, end=long_ago + datetime.timedelta(hours=2)
        )
    for language in ("en", "ar"):
        _translate(news[0], language)
        _translate(meetings[1], language)
    # An English translation over already while its Dutch meeting is still to come.
    ended = _translate(meetings[0], "en")
    EventPage.objects.filter(pk=ended.pk).update(start=long_ago, end=long_ago)
    return page


def _in(language, page):
    return NeighbourhoodPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_the_page_lists_the_news_and_meetings_the_full_lists_start_with(zuidwest, language):
    page = _in(language, zuidwest)
    _registers, news, meetings = page.listings()
    assert [item.pk for item in news] == [item.pk for item in page.updates()[:SHOWN_ON_PAGE]]
    assert [item.pk for item in meetings] == [
        item.pk for item in page.upcoming_events()[:SHOWN_ON_PAGE]
    ]
    assert len(news) == len(meetings) == SHOWN_ON_PAGE


def test_news_and_meetings_come_as_their_own_page_type_with_their_fields(zuidwest):
    _registers, news, meetings = zuidwest.listings()
    newest = NeighbourhoodUpdatePage.objects.get(pk=news[0].pk)
    next_meeting = EventPage.objects.get(pk=meetings[0].pk)
    assert isinstance(news[0], NeighbourhoodUpdatePage)
    assert (news[0].title, news[0].date, news[0].summary, news[0].url_path) == (
        newest.title,
        newest.date,
        newest.summary,
        newest.url_path,
    )
    assert isinstance(meetings[0], EventPage)
    assert (meetings[0].start, meetings[0].location_name, meetings[0].locale_id) == (
        next_meeting.start,
        next_meeting.location_name,
        next_meeting.locale_id,
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_lists_and_the_registers_cost_one_query_however_much_there_is(zuidwest, language):
    page = _in(language, zuidwest)
    page.source_language_page()  # the router knows it when it serves the page
    with CaptureQueriesContext(connection) as queries:
        page.listings()
    assert len(queries) == 1


def test_a_translated_neighbourhood_shows_its_own_register_and_knows_its_dutch_original(
    zuidwest,
):
    page = _in("en", zuidwest)
    register = page.feedback_register(page.listings()[0])
    assert register.locale.language_code == "en"
    assert register.path.startswith(page.path)
    with CaptureQueriesContext(connection) as queries:
        original = register.source_language_page()
    assert len(queries) == 0
    assert original.pk == IdeaIndexPage.objects.child_of(zuidwest).get().pk


def test_a_translation_without_a_published_register_shows_the_dutch_one(zuidwest):
    page = _in("en", zuidwest)
    IdeaIndexPage.objects.child_of(page).get().unpublish()
    register = page.feedback_register(page.listings()[0])
    assert register.pk == IdeaIndexPage.objects.child_of(zuidwest).get().pk


def test_the_page_reads_the_renditions_of_all_its_pictures_in_one_query(client, zuidwest):
    client.get(zuidwest.url)  # the renditions exist from now on
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(zuidwest.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select("main figure picture img")
    assert len(soup.select(".person img")) >= 2
    renditions = [query for query in queries if "wagtailimages_rendition" in query["sql"]]
    assert len(renditions) == 1


def test_the_agenda_reads_its_meetings_but_not_the_rest_of_the_page(client, zuidwest):
    response = client.get(zuidwest.url + "agenda/")
    assert response.status_code == 200
    assert "register" not in response.context
    assert "contact_people" not in response.context
    assert [event.pk for event in response.context["events"]] == [
        event.pk for event in zuidwest.upcoming_events()
    ]
    assert len(response.context["events"]) > SHOWN_ON_PAGE
