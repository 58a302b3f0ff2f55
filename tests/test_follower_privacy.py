"""Followers' e-mail addresses never leave the database: not in pages, feeds,
open data or search results."""

from django.urls import reverse
from django.utils import translation

import pytest

from feedback.models import IdeaIndexPage, IdeaPage
from pages.models import NeighbourhoodPage

from .factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

ADDRESSES = ["geheim.volger@example.nl", "wijkvolger@example.nl", "onbevestigd@example.nl"]


@pytest.fixture
def followers(home):
    idea = IdeaPage.objects.live().filter(locale=home.locale).first()
    neighbourhood = NeighbourhoodPage.objects.live().filter(locale=home.locale).first()
    SubscriptionFactory(idea=idea, email=ADDRESSES[0])
    SubscriptionFactory(neighbourhood=neighbourhood, email=ADDRESSES[1])
    SubscriptionFactory(idea=idea, email=ADDRESSES[2], confirmed_at=None)
    return idea, neighbourhood


def public_urls(idea, neighbourhood):
    register = IdeaIndexPage.objects.child_of(neighbourhood).get()
    with translation.override("nl"):
        return [
            "/",
            idea.url,
            neighbourhood.url,
            register.url,
            register.url + register.reverse_subpage("print"),
            reverse("feedback_feed"),
            reverse("feedback_neighbourhood_feed", args=[neighbourhood.slug]),
            reverse("feedback_ideas_csv"),
            reverse("feedback_updates_csv"),
            reverse("feedback_ideas_json"),
            "/zoeken/?q=example.nl",
            "/zoeken/?q=geheim",
            "/sitemap.xml",
        ]


def test_no_follower_address_appears_on_any_public_output(client, followers):
    for url in public_urls(*followers):
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode()
        for address in ADDRESSES:
            assert address not in text, (url, address)
            assert address.split("@")[0] not in text, (url, address)
