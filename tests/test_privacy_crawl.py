"""No address a resident or an organisation's contact person gave us ever shows
on the public site.

The test seeds addresses everywhere they are stored (followers, confirmed or
not, unsubscribed; the address given with an idea sent in online; social map
contact persons of a live entry, a sign-up and a change request), then crawls
the site as a visitor would: from the home page in every language it follows
every same-site link, breadth first, and adds the addresses no link leads to
(feeds, open data, the sitemap, searches for the address). Every answer is
searched for the addresses and their local parts.

If a new kind of public address is added (an API, say), the route check below
fails until the crawl knows about it.
"""

import collections
import datetime
import re
from html import escape
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, quote_plus, urljoin, urlsplit

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

import pytest

from feedback.models import IdeaPage, Subscription
from feedback.submission import form_started_token
from pages.models import NeighbourhoodPage
from socialmap.models import Organisation

from .factories import SubscriptionFactory
from .test_personal_data import organisation_values

pytestmark = pytest.mark.django_db

# Local parts unlike any word on the site, so a hit means a leak.
FOLLOWER = "volgerqx7@example.nl"
NEIGHBOURHOOD_FOLLOWER = "wijkvolgerqx7@example.nl"
UNCONFIRMED = "onbevestigdqx7@example.nl"
UNSUBSCRIBED = "afgemeldqx7@example.nl"
IDEA_SENDER = "indienerqx7@example.nl"
LIVE_CONTACT = "contactlevendqx7@prive.example.nl"
SIGN_UP_CONTACT = "aanmelderqx7@prive.example.nl"
CHANGE_CONTACT = "wijzigerqx7@prive.example.nl"
ADDRESSES = [
    FOLLOWER,
    NEIGHBOURHOOD_FOLLOWER,
    UNCONFIRMED,
    UNSUBSCRIBED,
    IDEA_SENDER,
    LIVE_CONTACT,
    SIGN_UP_CONTACT,
    CHANGE_CONTACT,
]
CONTACT_NAME = "Geheimnaamqx7"

MAX_URLS = 900
OTHER_LANGUAGES_DEPTH = 2
QUERY_VARIANTS_PER_PATH = 2
# Never public, or files: not crawled.
SKIPPED_PREFIXES = ("/admin/", "/documenten/", "/static/", "/media/")
LANGUAGE_PREFIXES = [""] + [f"/{code}" for code, _name in settings.LANGUAGES if code != "nl"]

# Every route of the site, by name, and how the crawl reaches it. A new route
# must be added here: "crawled" (a link leads to it or it is in extra_urls),
# or "not public" with the reason.
ROUTES = {
    "search": "crawled",
    "robots_txt": "crawled",
    "sitemap": "crawled",
    "sitemap_section": "crawled",
    "feedback_feed": "crawled",
    "feedback_neighbourhood_feed": "crawled",
    "feedback_ideas_csv": "crawled",
    "feedback_updates_csv": "crawled",
    "feedback_ideas_json": "crawled",
    "feedback_follow": "crawled",
    "feedback_follow_sent": "crawled",
    "feedback_follow_confirm": "not public: needs the secret token from the e-mail",
    "feedback_unsubscribe": "not public: needs the secret token from the e-mail",
    "feedback_unsubscribe_one_click": "not public: POST with the secret token",
    "feedback_answer_vote": "crawled",
    "feedback_submit": "crawled",
    "feedback_submit_received": "crawled",
    "socialmap_overview": "crawled",
    "socialmap_submit": "crawled",
    "socialmap_submit_received": "crawled",
    "socialmap_organisation": "crawled",
    "socialmap_update": "crawled",
    "wagtail_serve": "crawled",
    "wagtailcore_serve_preview": "not public: a token only editors get",
    "wagtailcore_login": "a login form for private pages: shows nothing stored",
    "wagtailcore_authenticate_with_password": "a password form for private pages: shows nothing",
}
# An API (Wagtail's or our own) is not enabled. Should one be added, its
# addresses are crawled too: a 404 here means "no API", anything else is scanned.
API_URLS = ["/api/", "/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"a", "link", "area"} and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.links.append(attrs.get("action") or "")


def local_path(base, href):
    """The same-site path (with query) ``href`` points at, or None."""
    url = urljoin(base, href.strip())
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https", ""} or parts.netloc not in {
        "",
        "testserver",
        "localhost",
        "127.0.0.1",
        "127.0.0.1:8000",
        "localhost:8000",
    }:
        return None
    path = parts.path or "/"
    if path.startswith(SKIPPED_PREFIXES):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def links_in(url, response, text):
    content_type = response.get("Content-Type", "")
    if "html" in content_type:
        parser = LinkParser()
        parser.feed(text)
        return [local_path(url, href) for href in parser.links]
    if "xml" in content_type:  # the sitemap and the feeds
        found = re.findall(r"<loc>([^<]+)</loc>|href=\"([^\"]+)\"", text)
        return [local_path(url, loc or href) for loc, href in found]
    return []


def body_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8", errors="replace")


def walk_routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith(("admin/", "documenten/")):
                continue
            yield from walk_routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield pattern.name or f"{prefix}{pattern.pattern}"


@pytest.fixture
def seeded(home, neighbourhood, client):
    idea = IdeaPage.objects.live().filter(locale=home.locale).first()
    SubscriptionFactory(idea=idea, email=FOLLOWER)
    SubscriptionFactory(neighbourhood=neighbourhood, email=NEIGHBOURHOOD_FOLLOWER)
    SubscriptionFactory(idea=idea, email=UNCONFIRMED, confirmed_at=None)
    SubscriptionFactory(idea=idea, email=UNSUBSCRIBED, unsubscribed_at=timezone.now())

    # An idea sent in through the public form, with an address, then published.
    with translation.override("nl"):
        response = client.post(
            reverse("feedback_submit"),
            {
                "neighbourhood": neighbourhood.pk,
                "idea": "Meer groen en bankjes op het plein bij de school, graag.",
                "email": IDEA_SENDER,
                "consent": "on",
                "started": form_started_token(timezone.now() - datetime.timedelta(minutes=1)),
            },
        )
    assert response.status_code == 302, response.content[:500]
    sent_in = Subscription.objects.get(email=IDEA_SENDER).idea
    sent_in.get_latest_revision().publish()

    live = Organisation.submit_new(
        organisation_values(neighbourhood, name="Buurtkamer Zichtbaar"),
        contact_name=CONTACT_NAME,
        contact_email=LIVE_CONTACT,
    )
    live.get_latest_revision().publish()
    live = Organisation.objects.get(pk=live.pk)
    change = organisation_values(neighbourhood, name="Buurtkamer Zichtbaar")
    change["summary"] = "Wij helpen met formulieren en brieven."
    live.submit_change(change, contact_name=CONTACT_NAME, contact_email=CHANGE_CONTACT)
    Organisation.submit_new(
        organisation_values(neighbourhood, name="Buurtkamer Wacht"),
        contact_name=CONTACT_NAME,
        contact_email=SIGN_UP_CONTACT,
    )
    return {"idea": idea, "sent_in": IdeaPage.objects.get(pk=sent_in.pk), "organisation": live}


def extra_urls(home):
    """Addresses the crawl must see even if no link leads there, in every language."""
    urls = []
    neighbourhoods = NeighbourhoodPage.objects.live().filter(locale=home.locale)
    dutch_searches = {*ADDRESSES, *(a.split("@")[0] for a in ADDRESSES)}
    dutch_searches |= {"example.nl", "prive.example.nl", "@", CONTACT_NAME}
    for prefix in LANGUAGE_PREFIXES:
        urls += [
            f"{prefix}/",
            f"{prefix}/terugkoppeling/feed/",
            f"{prefix}/open-data/ideeen.csv",
            f"{prefix}/open-data/terugkoppelingen.csv",
            f"{prefix}/open-data/ideeen.json",
            f"{prefix}/sociale-kaart/",
            f"{prefix}/idee-insturen/",
            f"{prefix}/sociale-kaart/aanmelden/",
        ]
        urls += [f"{prefix}/terugkoppeling/feed/{n.slug}/" for n in neighbourhoods]
        searches = dutch_searches if prefix == "" else {"example.nl", FOLLOWER, CONTACT_NAME}
        for term in sorted(searches):
            urls += [f"{prefix}/zoeken/?q={term}", f"{prefix}/sociale-kaart/?q={term}"]
    return ["/sitemap.xml", "/robots.txt", *urls]


def language_of(path):
    first = path.split("/")[1] if path.count("/") > 1 else ""
    return first if f"/{first}" in LANGUAGE_PREFIXES else "nl"


def worth_following(link, depth, query_variants):
    """The Dutch site is crawled whole; the other languages show the same records
    with other labels, so there the crawl follows one link from each start address
    (the sitemap lists every translated page).
    Filter links (``?status=…&thema=…``) multiply: a few per address will do."""
    path, _, query = link.partition("?")
    if language_of(path) != "nl" and depth >= OTHER_LANGUAGES_DEPTH:
        return False
    if query:
        query_variants[path] += 1
        return query_variants[path] <= QUERY_VARIANTS_PER_PATH
    return True


def crawl(client, start):
    queue = collections.deque((url, 0) for url in dict.fromkeys(start))
    seen = {url for url, _depth in queue}
    query_variants = collections.Counter()
    pages = {}
    while queue and len(pages) < MAX_URLS:
        url, depth = queue.popleft()
        response = client.get(url)
        assert response.status_code < 500, url
        text = body_of(response) if response.status_code == 200 else ""
        pages[url] = (response.status_code, text)
        for link in links_in(url, response, text):
            if link is None or link in seen:
                continue
            seen.add(link)
            if worth_following(link, depth + 1, query_variants):
                queue.append((link, depth + 1))
    return pages, queue


def test_every_route_of_the_site_is_known_to_the_crawl():
    routes = set(walk_routes(get_resolver().url_patterns))
    unknown = routes - ROUTES.keys()
    assert not unknown, f"Add these routes to ROUTES (and to the crawl if public): {unknown}"


def test_no_api_is_enabled_without_the_crawl_scanning_it(client, seeded):
    for url in API_URLS:
        response = client.get(url)
        if response.status_code == 404:
            continue
        text = body_of(response)
        for address in ADDRESSES:
            assert address not in text, (url, address)


ECHO = "«search term»"
CONTROL_TERM = "zzonbekendqx9"
VOLATILE = re.compile(r'(nonce|csrfmiddlewaretoken" value|content)="[^"]*"')


def search_term(url):
    query = parse_qs(urlsplit(url).query)
    return query.get("q", [""])[0]


def without_echo(text, term):
    """The page without the search term it repeats back (in the box, the title, links)."""
    for form in sorted({term, quote(term, safe=""), quote_plus(term), escape(term)}, key=len)[::-1]:
        text = text.replace(form, ECHO)
    return text


def comparable(text):
    return VOLATILE.sub("", text)


def test_no_stored_address_appears_anywhere_on_the_public_site(client, home, seeded):
    pages, left = crawl(client, extra_urls(home))

    assert not left, f"the crawl stopped at {MAX_URLS} addresses with {len(left)} to go"
    leaks = []
    for url, (_status, text) in pages.items():
        term = search_term(url)
        if term:
            text = without_echo(text, term)
        needles = [*ADDRESSES, *(a.split("@")[0] for a in ADDRESSES), CONTACT_NAME]
        leaks += [(url, needle) for needle in needles if needle in text]
    assert leaks == []

    # A search for a stored address, its local part or a contact person's name
    # finds nothing: its page is the page of a search for an unknown word.
    for url, (_status, text) in pages.items():
        term = search_term(url)
        if term in [*ADDRESSES, *(a.split("@")[0] for a in ADDRESSES), CONTACT_NAME]:
            control = body_of(client.get(f"{urlsplit(url).path}?q={CONTROL_TERM}"))
            assert comparable(without_echo(text, term)) == comparable(
                without_echo(control, CONTROL_TERM)
            ), url

    # The crawl did reach the places where the seeded records belong.
    reached = {urlsplit(url).path for url in pages}
    for page in (seeded["idea"], seeded["sent_in"]):
        assert urlsplit(page.url).path in reached, page.url
    assert seeded["organisation"].get_absolute_url() in reached
    for prefix in LANGUAGE_PREFIXES:
        assert f"{prefix}/" in reached
    assert sum(status == 200 for status, _text in pages.values()) > 100
