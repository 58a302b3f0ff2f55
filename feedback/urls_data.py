"""Feeds and open data of the feedback register.

Stable Dutch addresses: printed handouts, feed readers and other sites link to
them. Included inside the language prefixes, so ``/en/terugkoppeling/feed/``
is the same feed with English labels and English translations of ideas.
"""

from django.urls import path
from django.views.decorators.cache import cache_control

from . import opendata
from .feeds import FeedbackUpdatesFeed, NeighbourhoodFeedbackUpdatesFeed

feed_cache = cache_control(public=True, max_age=opendata.CACHE_SECONDS)

urlpatterns = [
    path("terugkoppeling/feed/", feed_cache(FeedbackUpdatesFeed()), name="feedback_feed"),
    path(
        "terugkoppeling/feed/<slug:slug>/",
        feed_cache(NeighbourhoodFeedbackUpdatesFeed()),
        name="feedback_neighbourhood_feed",
    ),
    path("open-data/ideeen.csv", opendata.ideas_csv, name="feedback_ideas_csv"),
    path("open-data/terugkoppelingen.csv", opendata.updates_csv, name="feedback_updates_csv"),
    path("open-data/ideeen.json", opendata.ideas_json, name="feedback_ideas_json"),
]
