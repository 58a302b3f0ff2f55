"""iCalendar (RFC 5545) export of events, so residents can add a meeting to
their phone's calendar."""

from django.utils import timezone
from django.utils.html import strip_tags

from icalendar import Calendar, Event

from .addresses import page_full_url

PRODUCT_ID = "-//Meedoen//Meedoen portal//NL"


def events_to_ical(events, request, name="Meedoen"):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    host = request.get_host()
    for page in events:
        entry = Event()
        # A stable UID lets a calendar update the entry when the meeting moves.
        entry.add("uid", f"event-{page.translation_key}@{host}")
        entry.add("dtstamp", timezone.now())
        entry.add("dtstart", page.start)
        entry.add("dtend", page.end)
        entry.add("summary", page.title)
        entry.add("location", f"{page.location_name}, {page.address}")
        entry.add("url", page_full_url(page, request))
        description = [strip_tags(page.description).strip()]
        if page.food_and_drink:
            description.append(page.food_and_drink)
        if page.payment_details:
            description.append(page.payment_details)
        entry.add("description", "\n\n".join(part for part in description if part))
        parent = getattr(page, "parent_page", None)
        if parent is not None:
            entry.add("categories", [parent.title])
        calendar.add_component(entry)
    return calendar.to_ical()
