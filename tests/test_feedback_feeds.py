"""Residents follow the answers on ideas in a feed reader: one Atom feed for the
whole site and one per neighbourhood, one entry per feedback update."""

import datetime
import xml.etree.ElementTree as ET

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import PageViewRestriction

import pytest

from feedback.status import Status
from pages.models import NeighbourhoodIndexPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, NeighbourhoodPageFactory, reason

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
TODAY = timezone.localdate()


def days_ago(n):
    return TODAY - datetime.timedelta(days=n)


def label(status, language="nl"):
    """The status label as the feed shows it; the words depend on the translations."""
    with translation.override(language):
        return str(Status(status).label)


def simple(days, status="under_review", message="We kijken ernaar."):
    return {"date": days_ago(days), "status": status, "message": message}


def not_doing(days, message="Dit gaan we niet doen.", why="Er is dit jaar geen geld voor."):
    return {
        "date": days_ago(days),
        "status": "not_doing",
        "message": message,
        "reason_code": reason(),
        "reason": why,
    }


@pytest.fixture
def neighbourhood(home):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    return NeighbourhoodPageFactory(parent=index, title="Lombok", slug="lombok-test")


@pytest.fixture
def register(neighbourhood):
    return IdeaIndexPageFactory(parent=neighbourhood)


def feed_url(neighbourhood=None, language="nl"):
    # The language of an earlier request stays active in the test thread: name it.
    with translation.override(language):
        if neighbourhood is None:
            return reverse("feedback_feed")
        return reverse("feedback_neighbourhood_feed", args=[neighbourhood.slug])


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ET.fromstring(response.content)


def entries(feed):
    return feed.findall("atom:entry", ATOM)


def titles(feed):
    return [entry.findtext("atom:title", namespaces=ATOM) for entry in entries(feed)]


def test_feed_is_served_as_atom(client, register):
    response = client.get(feed_url())
    assert response["Content-Type"].startswith("application/atom+xml")
    assert ET.fromstring(response.content).tag == "{http://www.w3.org/2005/Atom}feed"


def test_neighbourhood_feed_has_one_entry_per_update_of_its_ideas(client, register):
    IdeaPageFactory(parent=register, title="Bankjes", updates=[simple(9), simple(3, "done")])
    IdeaPageFactory(parent=register, title="Bomen", updates=[not_doing(5)])
    IdeaPageFactory(parent=register, title="Moestuin")
    feed = read_feed(client, feed_url(register.get_parent()))
    assert titles(feed) == [
        f"Bankjes: {label('done')}",
        f"Bomen: {label('not_doing')}",
        f"Bankjes: {label('under_review')}",
    ]


def test_entry_title_names_the_idea_and_its_new_status_in_the_feeds_language(client, register):
    IdeaPageFactory(parent=register, title="Bomen", updates=[not_doing(5)])
    feed = read_feed(client, feed_url(register.get_parent(), language="en"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert titles(feed) == ["Bomen: Not doing"]


def test_feed_in_another_language_links_a_dutch_only_idea_in_that_language(client, register):
    idea = IdeaPageFactory(parent=register, updates=[simple(5)])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent(), language="en")))
    with translation.override("nl"):
        dutch_url = idea.get_full_url()
    assert entry.find("atom:link", ATOM).get("href") == dutch_url.replace("/wijken/", "/en/wijken/")


def test_feed_in_another_language_shows_the_translated_idea_instead(client, register, locale_en):
    idea = IdeaPageFactory(parent=register, title="Bomen", updates=[simple(5)])
    translated = idea.copy_for_translation(locale_en, copy_parents=True)
    translated.title = "Trees"
    translated.save_revision().publish()
    for url in (feed_url(language="en"), feed_url(register.get_parent(), language="en")):
        found = titles(read_feed(client, url))
        assert f"Trees: {label('under_review', 'en')}" in found
        assert not any(title.startswith("Bomen") for title in found)


@pytest.mark.parametrize(
    "language, home_url", [("nl", "http://testserver/"), ("en", "http://testserver/en/")]
)
def test_site_feed_links_to_the_home_page_in_the_feeds_language(
    client, register, language, home_url
):
    feed = read_feed(client, feed_url(language=language))
    links = [link for link in feed.findall("atom:link", ATOM) if link.get("rel") == "alternate"]
    assert [link.get("href") for link in links] == [home_url]
    assert client.get(home_url).status_code == 200


def test_entries_are_newest_first(client, register):
    IdeaPageFactory(parent=register, title="Oud", updates=[simple(20)])
    IdeaPageFactory(parent=register, title="Nieuw", updates=[simple(2)])
    IdeaPageFactory(parent=register, title="Midden", updates=[simple(10)])
    feed = read_feed(client, feed_url(register.get_parent()))
    published = [e.findtext("atom:published", namespaces=ATOM) for e in entries(feed)]
    assert [t.split(":")[0] for t in titles(feed)] == ["Nieuw", "Midden", "Oud"]
    assert published == sorted(published, reverse=True)


def test_entry_links_to_the_idea_page(client, register):
    idea = IdeaPageFactory(parent=register, updates=[simple(5)])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent())))
    link = entry.find("atom:link", ATOM).get("href")
    with translation.override("nl"):
        assert link == idea.get_full_url()
    assert client.get(idea.url).status_code == 200


def test_entry_is_published_on_the_update_date_in_local_time(client, register):
    IdeaPageFactory(parent=register, updates=[simple(5)])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent())))
    published = datetime.datetime.fromisoformat(entry.findtext("atom:published", namespaces=ATOM))
    assert published == timezone.make_aware(datetime.datetime.combine(days_ago(5), datetime.time()))


def test_entry_summary_gives_the_message_and_the_reason(client, register):
    IdeaPageFactory(parent=register, updates=[not_doing(5)])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent())))
    summary = entry.findtext("atom:summary", namespaces=ATOM)
    assert "Dit gaan we niet doen." in summary
    assert "Er is dit jaar geen geld voor." in summary


def test_entry_summary_gives_every_part_of_the_answer_as_paragraphs(client, register):
    update = not_doing(5, message="Regel een\nRegel <twee>", why="Te duur & te laat")
    update.update(referred_to="Waterschap", revisit_on=datetime.date(2027, 3, 1))
    IdeaPageFactory(parent=register, updates=[update])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent())))
    assert entry.findtext("atom:summary", namespaces=ATOM) == (
        "<p>Regel een<br>Regel &lt;twee&gt;</p>\n"
        "<p>Waarom: Te duur &amp; te laat</p>\n"
        "<p>Wie het nu oppakt: Waterschap</p>\n"
        "<p>We kijken opnieuw op: 1 maart 2027</p>"
    )


def test_markup_in_a_message_reaches_feed_readers_as_text(client, register):
    IdeaPageFactory(parent=register, updates=[simple(5, message="<script>alert(1)</script> & co")])
    (entry,) = entries(read_feed(client, feed_url(register.get_parent())))
    summary = entry.findtext("atom:summary", namespaces=ATOM)
    assert "<script>" not in summary
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in summary


def test_entry_id_stays_the_same_when_the_idea_is_renamed(client, register):
    idea = IdeaPageFactory(parent=register, updates=[simple(5)])
    url = feed_url(register.get_parent())
    (before,) = entries(read_feed(client, url))
    idea.title, idea.slug = "Andere naam", "andere-naam"
    idea.save_revision().publish()
    (after,) = entries(read_feed(client, url))
    assert after.findtext("atom:id", namespaces=ATOM) == before.findtext("atom:id", namespaces=ATOM)
    assert after.findtext("atom:title", namespaces=ATOM).startswith("Andere naam")


def test_each_update_has_its_own_entry_id(client, register):
    IdeaPageFactory(parent=register, updates=[simple(9), simple(5), simple(1, "done")])
    ids = [e.findtext("atom:id", namespaces=ATOM) for e in entries(read_feed(client, feed_url()))]
    assert len(ids) == len(set(ids))


def test_site_wide_feed_has_updates_from_every_neighbourhood(client, register, home):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    other = IdeaIndexPageFactory(parent=NeighbourhoodPageFactory(parent=index))
    IdeaPageFactory(parent=register, title="Hier", updates=[simple(1)])
    IdeaPageFactory(parent=other, title="Daar", updates=[simple(2)])
    found = titles(read_feed(client, feed_url()))
    assert {f"Hier: {label('under_review')}", f"Daar: {label('under_review')}"} <= set(found)


def test_neighbourhood_feed_leaves_out_other_neighbourhoods(client, register, home):
    index = NeighbourhoodIndexPage.objects.child_of(home).get()
    other = IdeaIndexPageFactory(parent=NeighbourhoodPageFactory(parent=index))
    IdeaPageFactory(parent=other, title="Daar", updates=[simple(2)])
    assert titles(read_feed(client, feed_url(register.get_parent()))) == []


def test_feed_of_an_unknown_neighbourhood_is_not_found(client, register):
    with translation.override("nl"):
        response = client.get(reverse("feedback_neighbourhood_feed", args=["bestaat-niet"]))
    assert response.status_code == 404


def test_a_draft_idea_is_not_in_the_feeds(client, register):
    IdeaPageFactory(parent=register, title="Concept", live=False, updates=[simple(1)])
    assert not any(t.startswith("Concept") for t in titles(read_feed(client, feed_url())))
    assert titles(read_feed(client, feed_url(register.get_parent()))) == []


def test_an_unpublished_idea_leaves_the_feeds(client, register):
    idea = IdeaPageFactory(parent=register, title="Ingetrokken", updates=[simple(1)])
    idea.unpublish()
    assert not any(t.startswith("Ingetrokken") for t in titles(read_feed(client, feed_url())))
    assert titles(read_feed(client, feed_url(register.get_parent()))) == []


def test_an_idea_behind_a_password_is_not_in_the_feeds(client, register):
    idea = IdeaPageFactory(parent=register, updates=[simple(1)])
    PageViewRestriction.objects.create(page=idea, restriction_type="password", password="x")
    assert titles(read_feed(client, feed_url(register.get_parent()))) == []


def test_feed_keeps_to_the_latest_fifty_updates(client, register):
    # 11 ideas with 5 updates each, every update on its own day: 10 to 64 days ago.
    for index in range(11):
        IdeaPageFactory(
            parent=register,
            received_on=days_ago(90),
            updates=[simple(64 - 5 * index - day) for day in range(5)],
        )
    feed = read_feed(client, feed_url(register.get_parent()))
    assert len(entries(feed)) == 50
    oldest = entries(feed)[-1].findtext("atom:published", namespaces=ATOM)
    assert oldest.startswith(days_ago(59).isoformat())


def test_feed_shows_no_e_mail_address_of_the_page_owner(client, register):
    owner = get_user_model().objects.create_user("eigenaar", email="geheim@example.org")
    IdeaPageFactory(parent=register, owner=owner, updates=[simple(1)])
    for url in (feed_url(), feed_url(register.get_parent())):
        body = client.get(url).content.decode()
        assert "geheim@example.org" not in body
        assert "eigenaar" not in body


def count_queries(client, url):
    client.get(url)  # warm per-process caches (locales, site root paths)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def add_ideas(register, number):
    for index in range(number):
        IdeaPageFactory(parent=register, updates=[simple(30 - index % 25), not_doing(3)])


@pytest.mark.parametrize("scope", ["site", "neighbourhood"])
def test_feed_queries_do_not_grow_with_the_number_of_ideas(client, register, scope):
    url = feed_url(register.get_parent() if scope == "neighbourhood" else None)
    add_ideas(register, 3)
    with_three = count_queries(client, url)
    add_ideas(register, 27)
    assert count_queries(client, url) == with_three
