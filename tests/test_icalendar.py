"""Meetings can be added to a calendar: the .ics files parse and say the right things."""

import datetime

from django.utils import timezone

import pytest
from icalendar import Calendar

from pages.models import NeighbourhoodPage

from .factories import EventPageFactory, NeighbourhoodPageFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_describes_the_meeting(client, home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    event = EventPageFactory(
        parent=neighbourhood,
        title="Koffie en ideeën",
        location_name="Buurthuis De Boog",
        address="Boogstraat 3, Utrecht",
        food_and_drink="Koffie, thee en soep",
    )
    calendar = parse(client.get(event.url + event.reverse_subpage("ics")))
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Koffie en ideeën"
    assert str(entry["LOCATION"]) == "Buurthuis De Boog, Boogstraat 3, Utrecht"
    assert entry.decoded("DTSTART") == event.start
    assert entry.decoded("DTEND") - entry.decoded("DTSTART") == datetime.timedelta(hours=2)
    assert "Koffie, thee en soep" in str(entry["DESCRIPTION"])
    assert str(entry["UID"]).startswith(f"event-{event.translation_key}@")
    assert str(entry["URL"]).endswith(event.url)


def test_neighbourhood_calendar_lists_only_its_upcoming_meetings(client, home):
    index = NeighbourhoodPage.objects.filter(locale=home.locale).first().get_parent()
    neighbourhood = NeighbourhoodPageFactory(parent=index)
    other = NeighbourhoodPageFactory(parent=index)
    soon = EventPageFactory(parent=neighbourhood, title="Binnenkort")
    EventPageFactory(
        parent=neighbourhood,
        title="Al geweest",
        start=timezone.now() - datetime.timedelta(days=3),
    )
    EventPageFactory(parent=other, title="Andere wijk")
    calendar = parse(client.get(neighbourhood.url + neighbourhood.reverse_subpage("agenda_ics")))
    summaries = [str(entry["SUMMARY"]) for entry in calendar.walk("VEVENT")]
    assert summaries == [soon.title]
    assert str(calendar["X-WR-CALNAME"]) == neighbourhood.title


def test_demo_neighbourhood_calendars_parse(client, home):
    for neighbourhood in NeighbourhoodPage.objects.live().filter(locale=home.locale):
        calendar = parse(
            client.get(neighbourhood.url + neighbourhood.reverse_subpage("agenda_ics"))
        )
        assert len(calendar.walk("VEVENT")) >= 2
