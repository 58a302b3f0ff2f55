"""The page cache: a repeated request costs no SQL query, and a change shows at once.

Changes reach the cache through ``transaction.on_commit``; the tests run inside
a transaction, so they publish inside ``django_capture_on_commit_callbacks``.
"""

import datetime
import re
from urllib.parse import urlsplit

from django.core import checks, signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Locale, Page

import pytest

from feedback import submission
from feedback.models import FeedbackUpdate, IdeaPage
from feedback.status import Status
from pagecache import generation
from pages.models import Theme
from portal.settings.base import shared_cache
from tests.query_count_pages import public_page_urls

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "en", "ar", "tr", "pl"]
TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED = re.compile(rb'name="started" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def get(client, url):
    """Status, cache header, body and number of SQL queries of one GET."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        content = body(response)
    return response, content, len(queries)


def without_fresh_fields(content):
    return STARTED.sub(b"", TOKEN.sub(b"", content))


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a new revision of ``page`` after ``change(page)``, as an editor does."""

    def run(page, change=lambda page: None):
        page = page.specific
        change(page)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return run


# --- Every page, from the cache, without the database -------------------------------------


def test_a_repeated_request_of_every_public_page_costs_no_query():
    urls = public_page_urls()
    client = Client()
    for name, url in urls.items():
        first, first_body, _queries = get(client, url)
        assert first.status_code == 200, name
        second, second_body, queries = get(client, url)
        assert (second["X-Page-Cache"], queries) == ("hit", 0), name
        assert without_fresh_fields(second_body) == without_fresh_fields(first_body), name
        assert second["Content-Type"] == first["Content-Type"], name


def test_a_visitor_without_any_cookie_is_served_from_the_cache_too(home):
    Client().get("/")
    response, _content, queries = get(Client(), "/")
    assert (response["X-Page-Cache"], queries) == ("hit", 0)


def test_a_cached_page_keeps_the_security_headers(home):
    Client().get("/")
    response = Client().get("/")
    assert response["X-Page-Cache"] == "hit"
    for header in ("Content-Security-Policy", "X-Frame-Options", "Content-Language"):
        assert response.has_header(header), header


def test_a_cache_hit_skips_the_account_and_messages_middleware(home, monkeypatch):
    # A visitor served from the cache has no account or messages to look at:
    # skipping that middleware is a twentieth of a hit's work.
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.messages.middleware import MessageMiddleware

    seen = []
    for middleware in (AuthenticationMiddleware, MessageMiddleware):
        original = middleware.process_request

        def recording(self, request, original=original, name=middleware.__name__):
            seen.append(name)
            return original(self, request)

        monkeypatch.setattr(middleware, "process_request", recording)
    miss = Client().get("/")
    assert miss["X-Page-Cache"] == "miss"
    assert seen == ["AuthenticationMiddleware", "MessageMiddleware"]
    seen.clear()
    hit = Client().get("/")
    assert (hit["X-Page-Cache"], seen) == ("hit", [])
    assert without_fresh_fields(hit.content) == without_fresh_fields(miss.content)


def test_a_cached_streamed_export_is_the_same_file():
    client = Client()
    first, first_body, _ = get(client, "/open-data/ideeen.csv")
    second, second_body, queries = get(client, "/open-data/ideeen.csv")
    assert first.streaming and queries == 0
    assert second_body == first_body and len(second_body) > 1000
    assert second["Content-Disposition"] == first["Content-Disposition"]


def test_only_stored_pages_with_a_form_get_their_fields_filled_in():
    from pagecache.middleware import stored_form

    class Page(dict):
        def has_header(self, name):
            return name in self

    with_form = stored_form(Page(), b'<input type="hidden" name="csrfmiddlewaretoken" value="x">')
    assert len(with_form["fresh"]) == 1 and with_form["fresh"][0] in with_form["content"]
    assert stored_form(Page(), b"id,title\n1,Bankjes\n")["fresh"] == []


# --- Forms on cached pages -----------------------------------------------------------------


def idea_url():
    return IdeaPage.objects.live().filter(locale__language_code="nl").first().url


def test_each_visitor_gets_their_own_csrf_token_on_a_cached_page():
    url = idea_url()
    Client().get(url)
    first, second = Client(), Client()
    tokens = [TOKEN.search(get(client, url)[1]).group(1) for client in (first, second)]
    assert tokens[0] != tokens[1]
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_the_follow_form_on_a_cached_page_is_accepted():
    url = idea_url()
    Client().get(url)
    visitor = Client(enforce_csrf_checks=True)
    response, content, _ = get(visitor, url)
    assert response["X-Page-Cache"] == "hit"
    page_id = re.search(rb'name="page" value="(\d+)"', content).group(1).decode()
    answer = visitor.post(
        "/volgen/",
        {
            "csrfmiddlewaretoken": TOKEN.search(content).group(1).decode(),
            "page": page_id,
            "email": "bewoner@example.org",
            "website": "",
        },
    )
    assert answer.status_code == 302


def test_a_cached_idea_form_carries_the_moment_this_visitor_opened_it(monkeypatch):
    # Both visits fall on one day whatever the real clock says: cached pages
    # are kept per day, so a visit after midnight would rightly be a new page.
    noon = timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(12)))
    later = noon + datetime.timedelta(hours=2)
    clock = [noon]
    monkeypatch.setattr(submission.timezone, "now", lambda: clock[0])
    Client().get("/idee-insturen/")
    clock[0] = later
    response, content, queries = get(Client(), "/idee-insturen/")
    assert (response["X-Page-Cache"], queries) == ("hit", 0)
    started = signing.loads(STARTED.search(content).group(1).decode(), salt=submission.STARTED_SALT)
    assert started == int(later.timestamp())


def test_an_answer_to_a_posted_form_is_never_stored():
    client = Client()
    client.post("/idee-insturen/", {"idea": "kort"})
    response = client.post("/idee-insturen/", {"idea": "kort"})
    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]


# --- Who is served from the cache ---------------------------------------------------------


def test_a_signed_in_editor_always_gets_a_fresh_page(admin_client):
    Client().get("/")
    response, _content, queries = get(admin_client, "/")
    assert "X-Page-Cache" not in response and queries > 0


def test_a_visitor_with_a_vote_or_session_cookie_gets_a_fresh_page(home):
    Client().get("/")
    client = Client()
    client.cookies["answer_votes"] = "signed-value"
    response, _content, queries = get(client, "/")
    assert "X-Page-Cache" not in response and queries > 0


def test_personal_links_are_never_stored():
    client = Client()
    client.get("/afmelden/onbekend-token/")
    response, _content, queries = get(client, "/afmelden/onbekend-token/")
    assert "X-Page-Cache" not in response and queries > 0


def test_a_missing_page_is_not_stored():
    client = Client()
    client.get("/bestaat-niet/")
    response, _content, queries = get(client, "/bestaat-niet/")
    assert response.status_code == 404 and "X-Page-Cache" not in response


def test_the_cache_is_keyed_by_language(home):
    client = Client()
    dutch, english = client.get("/"), client.get("/en/")
    assert dutch["X-Page-Cache"] == english["X-Page-Cache"] == "miss"
    assert client.get("/en/")["Content-Language"] == "en"
    assert client.get("/")["Content-Language"] == "nl"


def test_a_new_day_renders_the_page_again(monkeypatch, home):
    client = Client()
    client.get("/")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr("pagecache.middleware.timezone.localdate", lambda: tomorrow)
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_the_page_cache_is_off_unless_switched_on(settings, home):
    settings.PAGE_CACHE = False
    client = Client()
    client.get("/")
    response, _content, queries = get(client, "/")
    assert "X-Page-Cache" not in response and queries > 0


# --- Changes show on the next request, in every language ----------------------------------


def shown_in(language):
    """A live idea as a visitor in ``language`` sees it: its translation, else the Dutch one."""
    locale = Locale.objects.get(language_code=language)
    translated = IdeaPage.objects.live().filter(locale=locale).first()
    if translated is not None:
        return translated
    translated_keys = IdeaPage.objects.filter(locale=locale).values("translation_key")
    dutch = IdeaPage.objects.live().filter(locale__language_code="nl")
    return dutch.exclude(translation_key__in=translated_keys).first()


def address_in(page, language):
    """The page's address for a visitor in ``language`` (a Dutch page gets the prefix)."""
    if page.locale.language_code == language:
        return page.url
    return f"/{language}{page.url}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_change_shows_on_the_next_request_in_every_language(publish, language):
    idea = shown_in(language)
    idea_page, register = address_in(idea, language), address_in(idea.get_parent(), language)
    client = Client()
    for url in (idea_page, register):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"

    def rename(page):
        page.title = f"Nieuwe titel {language}"

    publish(idea, rename)
    for url in (idea_page, register):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert f"Nieuwe titel {language}" in response.content.decode(), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unpublished_page_is_gone_from_the_next_request_in_every_language(
    django_capture_on_commit_callbacks, language
):
    idea = shown_in(language)
    url = address_in(idea, language)
    client = Client()
    client.get(url)
    assert idea.title in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        idea.unpublish()
    response = client.get(url)
    # A translation that is taken offline gives way to the Dutch idea; a Dutch one is gone.
    assert response.status_code == 404 or idea.title not in response.content.decode()


def test_a_new_feedback_update_shows_on_the_next_request(publish):
    idea = shown_in("nl")
    url = idea.url
    client = Client()
    client.get(url)
    message = "We hebben met de buurt gepraat en gaan het doen."

    def answer(page):
        page.updates.add(
            FeedbackUpdate(date=timezone.localdate(), status=Status.PLANNED, message=message)
        )

    publish(idea, answer)
    assert message in client.get(url).content.decode()


def test_syncing_a_translation_shows_on_the_next_request(
    publish, admin_client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    english = IdeaPage.objects.live().filter(locale__language_code="en").first()
    dutch = english.get_translation(Locale.objects.get(language_code="nl"))
    message = "We gaan het doen, de gemeente betaalt."

    def answer(page):
        page.updates.add(
            FeedbackUpdate(date=timezone.localdate(), status=Status.PLANNED, message=message)
        )

    publish(dutch, answer)
    client = Client()
    client.get(english.url)
    assert message not in client.get(english.url).content.decode()
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=dutch.locale)
    with django_capture_on_commit_callbacks(execute=True):
        sync = admin_client.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert sync.status_code == 302
    response = client.get(english.url)
    assert response["X-Page-Cache"] == "miss"
    assert message in response.content.decode()


def test_renaming_a_theme_shows_on_the_next_request(django_capture_on_commit_callbacks):
    theme = Theme.objects.filter(ideas__live=True).first()
    url = shown_in("nl").get_parent().url
    client = Client()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        theme.name = "Groen en bomen in de wijk"
        theme.save()
    assert "Groen en bomen in de wijk" in client.get(url).content.decode()


def test_saving_a_draft_keeps_the_cached_page(django_capture_on_commit_callbacks):
    idea = shown_in("nl")
    client = Client()
    client.get(idea.url)
    with django_capture_on_commit_callbacks(execute=True):
        idea.title = "Nog niet gepubliceerd"
        idea.save_revision()
    response = client.get(idea.url)
    assert response["X-Page-Cache"] == "hit"
    assert "Nog niet gepubliceerd" not in response.content.decode()


def test_moving_a_page_starts_a_new_generation(django_capture_on_commit_callbacks):
    idea = shown_in("nl")
    other_register = (
        Page.objects.type(idea.get_parent().specific_class)
        .filter(locale=idea.locale)
        .exclude(pk=idea.get_parent().pk)
        .first()
    )
    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        idea.move(other_register, pos="last-child")
    assert generation.current() != before


def test_a_page_cache_in_local_memory_is_reported_outside_development(settings):
    settings.DEBUG = False
    warnings = [m for m in checks.run_checks() if m.id == "pagecache.W001"]
    assert len(warnings) == 1
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}
    assert not [m for m in checks.run_checks() if m.id == "pagecache.W001"]


# --- A fronting cache or CDN ----------------------------------------------------------------


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged


def test_publishing_purges_every_address_that_shows_the_page_in_every_language(cdn, publish):
    idea = IdeaPage.objects.live().filter(locale__language_code="en").first()
    dutch = idea.get_translation(Locale.objects.get(language_code="nl"))
    publish(dutch)
    paths = {urlsplit(url).path for url in cdn}
    register, neighbourhood = dutch.get_parent(), dutch.get_parent().get_parent()
    for page in (dutch, register, neighbourhood):
        assert page.url in paths
        assert f"/ar{page.url}" in paths and f"/pl{page.url}" in paths
    assert idea.url in paths and f"/en{dutch.url}" not in paths
    assert {"/", "/en/", "/ar/", "/terugkoppeling/feed/", "/en/open-data/ideeen.csv"} <= paths


def test_without_a_cdn_nothing_is_purged(publish, settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {}
    queued = []
    monkeypatch.setattr("pagecache.cdn.purge_urls_from_cache", queued.append)
    publish(shown_in("nl"))
    assert queued == []


def test_a_cdn_may_keep_anonymous_pages_but_browsers_ask_again(settings, home):
    settings.CDN_MAX_AGE = 120
    response = Client().get("/")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=120"
    assert "s-maxage" not in Client().get("/afmelden/onbekend-token/").get("Cache-Control", "")


@pytest.mark.parametrize("url", [idea_url, lambda: "/idee-insturen/"], ids=["idea", "submit"])
def test_a_page_with_a_form_is_never_kept_by_a_shared_cache(settings, url):
    # Its CSRF token belongs to this visitor's cookie: a CDN handing it to the
    # next visitor would break their form, so it may not keep the page at all.
    settings.CDN_MAX_AGE = 120
    url = url()
    for expected in ("miss", "hit"):
        response = Client().get(url)
        assert response["X-Page-Cache"] == expected
        assert "csrftoken" in response.cookies
        words = {word.strip() for word in response["Cache-Control"].split(",")}
        assert "private" in words
        assert "public" not in words and not any(w.startswith("s-maxage") for w in words)


# --- Shared fragments -----------------------------------------------------------------------


def home_figures_queries(client, url="/"):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]


def test_the_home_figures_are_counted_once_for_visitors_the_page_cache_cannot_serve(home):
    editor = Client()
    editor.cookies["sessionid"] = "someone"  # never served a whole cached page
    assert home_figures_queries(editor)
    assert not home_figures_queries(editor)


def test_the_home_figures_fragment_is_kept_per_language(home):
    visitor = Client()
    visitor.cookies["sessionid"] = "someone"
    dutch = visitor.get("/").content.decode()
    english = visitor.get("/en/").content.decode()
    assert "Every idea gets an answer" in english and "Every idea gets an answer" not in dutch


def test_a_new_idea_answer_updates_the_home_figures_at_once(publish, home):
    visitor = Client()
    visitor.cookies["sessionid"] = "someone"
    visitor.get("/")
    message = "Het bankje komt er volgende maand, bij de ingang van het park."

    def answer(page):
        page.updates.add(
            FeedbackUpdate(date=timezone.localdate(), status=Status.PLANNED, message=message)
        )

    publish(shown_in("nl"), answer)
    assert message in visitor.get("/").content.decode()


def test_fragments_are_not_kept_without_a_shared_cache(settings, home):
    settings.PAGE_CACHE = False
    visitor = Client()
    assert home_figures_queries(visitor)
    assert home_figures_queries(visitor)


# --- What residents send in does not empty the cache ----------------------------------------


def test_an_idea_sent_in_by_a_resident_keeps_the_cache_until_it_is_published(
    django_capture_on_commit_callbacks, neighbourhood, register
):
    before = generation.current()
    data = {
        "neighbourhood": neighbourhood.pk,
        "idea": "Zet een bankje bij de bushalte aan de Lindelaan, dan kunnen ouderen zitten.",
        "theme": "",
        "email": "",
        "consent": "on",
        "website": "",
        "started": submission.form_started_token(timezone.now() - datetime.timedelta(minutes=1)),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/idee-insturen/", data)
    assert response.status_code == 302
    draft = IdeaPage.objects.get(summary__startswith="Zet een bankje bij de bushalte")
    assert not draft.live and generation.current() == before
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    assert generation.current() != before


def test_a_social_map_sign_up_keeps_the_cache_until_a_moderator_publishes_it(
    django_capture_on_commit_callbacks, neighbourhood
):
    from socialmap.models import Organisation
    from tests.helpers import ORGANISATION_NAME, organisation_form_data

    before = generation.current()
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post("/sociale-kaart/aanmelden/", organisation_form_data(neighbourhood))
    assert response.status_code == 302
    organisation = Organisation.objects.get(name=ORGANISATION_NAME)
    assert not organisation.live and generation.current() == before
    with django_capture_on_commit_callbacks(execute=True):
        organisation.save_revision().publish()
    assert generation.current() != before


# --- When Redis is down ---------------------------------------------------------------------


def take_the_cache_down(settings):
    """The production cache settings, with Redis not answering (nothing listens there)."""
    settings.CACHES = {"default": shared_cache("redis://127.0.0.1:9/0", "meedoen-test-down")}


@pytest.fixture
def cache_down(settings):
    take_the_cache_down(settings)


def test_pages_are_rendered_without_a_cache_when_redis_is_down(settings, home, caplog):
    urls = public_page_urls()  # looked up while the cache is still there
    take_the_cache_down(settings)
    client = Client()
    for name in ("home", "idea", "register", "neighbourhood", "en home", "feed"):
        response = client.get(urls[name])
        assert response.status_code == 200, name
        assert "X-Page-Cache" not in response, name


def test_publishing_still_works_when_redis_is_down(cache_down, publish):
    idea = publish(shown_in("nl"), lambda page: setattr(page, "title", "Gepubliceerd zonder cache"))
    idea.refresh_from_db()
    assert idea.live and idea.title == "Gepubliceerd zonder cache"
