"""Atom feeds of feedback updates: one for the whole site, one per neighbourhood.

Each entry is one dated feedback update of a live, public idea, so a feed
reader shows residents every answer as it is given. Draft ideas (such as online
submissions that still wait for moderation) never appear: only live, public
idea pages are read.

Each language has its own feed address (``/terugkoppeling/feed/``,
``/en/terugkoppeling/feed/``): it lists the ideas in that language and the
Dutch originals that have no translation yet, as the register pages do.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from pages.addresses import page_full_url
from pages.compiled import compiled
from pages.locales import active_locale, default_locale, with_language_prefix
from pages.models import NeighbourhoodPage, SiteSettings
from pages.models.base import localized_with_fallback
from pages.sites import find_site

from .models import FeedbackUpdate
from .queries import public_ideas

FEED_LENGTH = 50

ENTRY_FIELDS = [
    *("date", "status", "message", "reason", "referred_to", "revisit_on"),
    *("idea__title", "idea__url_path", "idea__locale_id"),
]

# Tag URIs (RFC 4151) keep an entry's id the same when an idea is renamed or
# moved; the date only says when this naming scheme was minted.
TAG_DATE = "2025"


@dataclass
class FeedScope:
    """What one feed request covers. Passed to every feed method instead of
    keeping the request on the (shared, long-lived) feed instance."""

    request: object
    neighbourhood: NeighbourhoodPage | None = None
    # Tree paths of the neighbourhood in Dutch and in the visitor's language.
    paths: list[str] = field(default_factory=list)


def link_in_visitors_language(page, request):
    """The page's address, under the feed's language prefix when the page is a
    Dutch stand-in for a missing translation: the site then serves the Dutch
    text with menus in the reader's language (as ``visitor_url`` does in
    templates)."""
    url = page_full_url(page, request)
    if page.locale_id == active_locale().id:
        return url
    return with_language_prefix(url, translation.get_language())


def entry_summary(update):
    """One entry's summary as HTML: feed readers show it as such, so the
    editors' plain text is escaped and only its line breaks become markup.
    Built here rather than in a template: a feed has fifty of them, and a
    template render each cost more than the rest of the entry."""
    paragraphs = [linebreaksbr(update.message, autoescape=True)]
    if update.reason:
        paragraphs.append(
            format_html("{}: {}", _("Why"), linebreaksbr(update.reason, autoescape=True))
        )
    if update.referred_to:
        paragraphs.append(format_html("{} {}", _("Who handles it now:"), update.referred_to))
    if update.revisit_on:
        revisit = date_format(update.revisit_on, "j F Y")
        paragraphs.append(format_html("{} {}", _("We look again on:"), revisit))
    return format_html_join("\n", "<p>{}</p>", ((paragraph,) for paragraph in paragraphs))


class FeedbackUpdatesFeed(Feed):
    """The newest answers on residents' ideas, across all neighbourhoods."""

    feed_type = Atom1Feed
    item_guid_is_permalink = False

    def get_object(self, request):
        find_site(request)  # before the feed's title asks Wagtail (pages.sites)
        return FeedScope(request=request)

    def title(self, scope):
        return _("Feedback on residents' ideas")

    def subtitle(self, scope):
        return _("What happened with the ideas residents shared: every new answer.")

    def link(self, scope):
        # The home page in the visitor's language: its address under the
        # language prefix, known without looking the page up.
        return reverse("wagtail_serve", args=[""])

    def author_name(self, scope):
        return SiteSettings.for_request(scope.request).site_name

    def idea_paths(self, scope):
        """Where the ideas of the feed are, as values for ``_feed_updates``: anywhere."""
        return {}

    def items(self, scope):
        updates = _feed_updates(
            active_locale().id, default_locale().id, FEED_LENGTH, **self.idea_paths(scope)
        )
        # Worked out here because item methods get no request.
        host = self.tag_authority(scope.request)
        links = {}  # an idea answered several times is linked once
        for update in updates:
            if update.idea_id not in links:
                links[update.idea_id] = link_in_visitors_language(update.idea, scope.request)
            update.feed_link = links[update.idea_id]
            update.feed_id = f"tag:{host},{TAG_DATE}:feedback-update:{update.pk}"
        return updates

    @staticmethod
    def tag_authority(request):
        site = find_site(request)
        return (site.hostname if site else None) or request.get_host().split(":")[0]

    def item_title(self, update):
        return f"{update.idea.title}: {update.get_status_display()}"

    def item_link(self, update):
        return update.feed_link

    def item_guid(self, update):
        return update.feed_id

    def item_pubdate(self, update):
        return timezone.make_aware(datetime.datetime.combine(update.date, datetime.time.min))

    def item_description(self, update):
        return entry_summary(update)

    def item_categories(self, update):
        return [update.get_status_display()]


class NeighbourhoodFeedbackUpdatesFeed(FeedbackUpdatesFeed):
    """The newest answers on ideas from one neighbourhood, found by the slug of
    its Dutch page (the address that stays the same in every language)."""

    def get_object(self, request, slug):
        find_site(request)
        neighbourhood = (
            NeighbourhoodPage.objects.live()
            .public()
            .filter(slug=slug, locale=default_locale())
            .first()
        )
        if neighbourhood is None:
            raise Http404("No such neighbourhood.")
        paths = [neighbourhood.path]
        localized = neighbourhood.localized
        if localized.pk != neighbourhood.pk:
            paths.append(localized.path)
        return FeedScope(request=request, neighbourhood=localized, paths=paths)

    def title(self, scope):
        return _("Feedback on residents' ideas in %(neighbourhood)s") % {
            "neighbourhood": scope.neighbourhood.title
        }

    def subtitle(self, scope):
        return _("What happened with the ideas residents of %(neighbourhood)s shared.") % {
            "neighbourhood": scope.neighbourhood.title
        }

    def link(self, scope):
        return link_in_visitors_language(scope.neighbourhood, scope.request)

    def idea_paths(self, scope):
        """Under the neighbourhood's page, and its Dutch original's."""
        return dict(zip(["path", "other_path"], scope.paths, strict=False))


@compiled
def _feed_updates(locale_id, source_locale_id, limit, *, path=None, other_path=None):
    """The newest updates of public ideas (under ``path`` and ``other_path``,
    if given), ideas in ``locale_id`` where translated; compiled once."""
    ideas = public_ideas()
    if path is not None:
        under = Q(path__startswith=path)
        if other_path is not None:
            under |= Q(path__startswith=other_path)
        ideas = ideas.filter(under)
    ideas = localized_with_fallback(ideas, locale_id, source_locale_id)
    return (
        FeedbackUpdate.objects.filter(idea__in=ideas.values("pk"))
        .select_related("idea")
        # What an entry shows and links to; an idea's other columns are many.
        .only(*ENTRY_FIELDS)
        .order_by("-date", "-pk")[:limit]
    )
