"""Listing queries compiled once (pages.compiled) give what the queryset gives,
for every value they are run with, and refuse what they cannot do safely."""

import datetime

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

import pytest

from feedback.models import FeedbackUpdate, IdeaPage
from feedback.models.register import each_idea
from feedback.tally import Tally
from pages import compiled as compiled_queries
from pages.compiled import PrecompileError, compiled
from pages.models import EventPage
from pages.models.base import public_pages, with_parent_names

pytestmark = pytest.mark.django_db


def same_rows(mine, expected, attributes=()):
    assert [type(item) for item in mine] == [type(item) for item in expected]
    assert [item.pk for item in mine] == [item.pk for item in expected]
    for left, right in zip(mine, expected, strict=True):
        for field in type(right)._meta.concrete_fields:
            if field.attname in right.get_deferred_fields():
                assert field.attname in left.get_deferred_fields()
                continue
            assert getattr(left, field.attname) == getattr(right, field.attname), field.name
            assert type(getattr(left, field.attname)) is type(getattr(right, field.attname))
        for name in attributes:
            assert getattr(left, name) == getattr(right, name), name
            assert type(getattr(left, name)) is type(getattr(right, name)), name


def updates_under(path, locale_id, limit):
    return (
        FeedbackUpdate.objects.filter(idea__path__startswith=path, idea__locale_id=locale_id)
        .select_related("idea", "reason_code")
        .order_by("-date", "-pk")[:limit]
    )


def test_a_compiled_listing_gives_the_querysets_rows_for_each_value(home):
    compiled_updates = compiled(
        lambda limit, path, locale_id: updates_under(path, locale_id, limit)
    )
    neighbourhoods = list(public_pages().child_of(home.get_children().get(slug="wijken")))
    assert len(neighbourhoods) >= 2
    for neighbourhood in neighbourhoods:
        expected = list(updates_under(neighbourhood.path, home.locale_id, 5))
        mine = compiled_updates(5, path=neighbourhood.path, locale_id=home.locale_id)
        same_rows(mine, expected)
        for left, right in zip(mine, expected, strict=True):
            # select_related: the idea and the reason come along, no query.
            assert FeedbackUpdate.idea.is_cached(left)
            same_rows([left.idea], [right.idea])
            assert left.reason_code == right.reason_code


def test_annotations_and_deferred_fields_are_kept(home):
    def build(locale_id):
        return with_parent_names(
            public_pages(EventPage).filter(locale_id=locale_id).defer_streamfields()
        ).order_by("start", "pk")

    mine = compiled(build)(locale_id=home.locale_id)
    expected = list(build(home.locale_id))
    assert expected
    same_rows(mine, expected, attributes=["parent_title", "parent_locale_id"])


def test_a_datetime_value_is_refilled_each_time(home):
    upcoming = compiled(lambda now: EventPage.objects.filter(end__gte=now).order_by("end", "pk"))
    ends = sorted(EventPage.objects.values_list("end", flat=True))
    assert len(set(ends)) >= 2
    for now in [ends[0] - datetime.timedelta(days=1), ends[-1], timezone.now()]:
        same_rows(
            upcoming(now=now), list(EventPage.objects.filter(end__gte=now).order_by("end", "pk"))
        )


def test_values_listings_are_compiled_too(home):
    titles = compiled(
        lambda locale_id: (
            Page.objects.filter(locale_id=locale_id)
            .order_by("path")
            .values_list("title", flat=True)
        )
    )
    assert titles(locale_id=home.locale_id) == list(
        Page.objects.filter(locale_id=home.locale_id)
        .order_by("path")
        .values_list("title", flat=True)
    )


def test_each_shape_is_compiled_on_its_own(home):
    listing = compiled(lambda limit, locale_id: Page.objects.filter(locale_id=locale_id)[:limit])
    assert len(listing(1, locale_id=home.locale_id)) == 1
    assert len(listing(3, locale_id=home.locale_id)) == 3


def test_a_flag_as_a_value_is_refused():
    listing = compiled(lambda live: Page.objects.filter(live=live))
    with pytest.raises(PrecompileError, match="pass it positionally"):
        listing(live=True)


def test_a_value_that_is_converted_is_refused():
    # A datetime compared with a date field becomes a date: it cannot be refilled.
    listing = compiled(lambda now: FeedbackUpdate.objects.filter(date__gte=now))
    with pytest.raises(PrecompileError, match="now"):
        listing(now=timezone.now())


def test_a_value_that_decides_the_shape_is_refused(home):
    def build(locale_id):
        if locale_id == home.locale_id:  # only the stand-in is ever seen here
            return Page.objects.filter(locale_id=locale_id)
        return Page.objects.filter(Q(depth=2))

    with pytest.raises(PrecompileError, match="locale_id"):
        compiled(build)(locale_id=home.locale_id)


def test_a_value_inside_a_pattern_other_than_a_prefix_is_refused():
    listing = compiled(lambda text: IdeaPage.objects.filter(title__contains=text))
    with pytest.raises(PrecompileError, match="cannot refill"):
        listing(text="bankje")


def test_a_uuid_value_is_refilled_each_time():
    from feedback.models import IdeaIndexPage

    registers = list(IdeaIndexPage.objects.all())
    assert len({register.translation_key for register in registers}) >= 2
    for register in registers:
        # A row per idea from the ORM, added up in Python.
        expected = Tally.from_rows(each_idea(register.ideas()))
        assert expected.counts
        assert register.tally() == expected


def test_a_value_out_of_its_columns_range_is_refused(monkeypatch):
    # Django would match nothing with a value that no integer column holds.
    monkeypatch.setattr(compiled_queries, "_INT_BASE", 2**64)
    listing = compiled(lambda depth: IdeaPage.objects.filter(depth=depth))
    with pytest.raises(PrecompileError, match="range"):
        listing(depth=5)


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_the_visitors_home_is_the_translation_in_their_language_in_one_query(home, language):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from pages.locales import active_locale
    from pages.serving import visitors_home

    with translation.override(language):
        active_locale()  # known after the first request of a process
        with CaptureQueriesContext(connection) as queries:
            found = visitors_home(home)
        expected = home.localized.specific
    assert len(queries) == 1
    assert found == expected
    assert type(found) is type(home)
    assert found.locale.language_code == language
