"""Every public POST needs the CSRF token of the form it came from.

Without the token the answer is 403 and nothing happens; with the token from
the page that shows the form, the post works (or shows the form's errors).

The one exception is RFC 8058 one-click unsubscribe: mail programs POST to
that address straight from the inbox and have no CSRF token to send. The
secret token in the address is the protection there, and all such a request
can do is stop e-mails to the person who got the link. Any other view that
skips the CSRF check makes ``test_only_the_known_views_skip_the_csrf_check``
fail, so a new exemption is a deliberate, reviewed choice.
"""

import datetime
import re

from django.test import Client
from django.urls import URLResolver, get_resolver
from django.utils import timezone

import pytest

from feedback import submission
from feedback.models import AnswerVote, FeedbackUpdate, IdeaPage, Subscription
from pages.models import NeighbourhoodPage
from socialmap.models import Organisation

from .factories import IdeaPageFactory, SubscriptionFactory
from .test_social_map import make_organisation

pytestmark = pytest.mark.django_db

# Public views that skip the CSRF check, and why (see the module docstring).
PUBLIC_CSRF_EXEMPT = {
    "feedback_unsubscribe_one_click": "RFC 8058: mail programs POST without a token; "
    "the secret token in the address protects it",
}

# Views inside /admin/ that skip Django's check because Django REST framework
# does its own: SessionAuthentication enforces CSRF for signed-in users, and
# without a session these answer nothing. They come with Wagtail and
# wagtail-localize; listed so that a new one is noticed.
ADMIN_CSRF_EXEMPT = {
    "listing",
    "detail",
    "find",
    "action",
    "edit_string_translation",
    "edit_override",
    "snippets_api_listing",
    "snippets_api_detail",
}


def csrf_exempt_views():
    """(route, name) of every URL whose view skips the CSRF check."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern), pattern

    return [
        (route, pattern.name)
        for route, pattern in walk(get_resolver().url_patterns)
        if getattr(pattern.callback, "csrf_exempt", False)
    ]


def test_only_the_known_views_skip_the_csrf_check():
    exempt = csrf_exempt_views()
    public = {name for route, name in exempt if not route.startswith("admin/")}
    admin = {name for route, name in exempt if route.startswith("admin/")}
    assert public == set(PUBLIC_CSRF_EXEMPT)
    assert admin <= ADMIN_CSRF_EXEMPT, f"new CSRF-exempt admin views: {admin - ADMIN_CSRF_EXEMPT}"


# --- Every public POST -----------------------------------------------------------------


def csrf_token_from(response):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    assert match, "the form has no CSRF token"
    return match.group(1)


def started_a_minute_ago():
    return submission.form_started_token(timezone.now() - datetime.timedelta(minutes=1))


@pytest.fixture
def zuidwest(home):
    return NeighbourhoodPage.objects.get(slug="zuidwest", locale__language_code="nl")


@pytest.fixture
def answered_idea(register):
    idea = IdeaPageFactory(
        parent=register,
        updates=[{"date": timezone.localdate(), "status": "under_review", "message": "We kijken."}],
    )
    return idea, FeedbackUpdate.objects.get(idea=idea)


def organisation_data(zuidwest, **overrides):
    return {
        "name": "Buurtvereniging De Linde",
        "summary": "Wij helpen bewoners met brieven, formulieren en de computer.",
        "phone": "030-555 00 00",
        "neighbourhoods": [zuidwest.pk],
        "contact_name": "Fatima Bakker",
        "contact_email": "fatima@delinde.example.org",
        "consent": "on",
        "started": started_a_minute_ago(),
        **overrides,
    }


@pytest.fixture
def public_posts(neighbourhood, register, zuidwest, answered_idea):
    """name: (address of the page with the form, address it posts to, data, what it does)."""
    idea, update = answered_idea
    waiting = SubscriptionFactory(neighbourhood=neighbourhood, confirmed_at=None)
    following = SubscriptionFactory(neighbourhood=neighbourhood)
    organisation = make_organisation([zuidwest], name="Huis van de Wijk", slug="huis-van-de-wijk")
    return {
        "feedback_submit": (
            "/idee-insturen/",
            "/idee-insturen/",
            {
                "neighbourhood": neighbourhood.pk,
                "idea": "Zet meer bankjes bij de speeltuin aan de Lindelaan.",
                "consent": "on",
                "started": started_a_minute_ago(),
            },
            lambda: IdeaPage.objects.filter(summary__startswith="Zet meer bankjes").exists(),
        ),
        "feedback_follow": (
            f"/volgen/?pagina={neighbourhood.pk}",
            "/volgen/",
            {"email": "nieuw@example.nl", "page": neighbourhood.pk},
            lambda: Subscription.objects.filter(email="nieuw@example.nl").exists(),
        ),
        "feedback_follow_confirm": (
            f"/volgen/bevestigen/{waiting.token}/",
            f"/volgen/bevestigen/{waiting.token}/",
            {},
            lambda: Subscription.objects.get(pk=waiting.pk).confirmed_at is not None,
        ),
        "feedback_unsubscribe": (
            f"/afmelden/{following.token}/",
            f"/afmelden/{following.token}/",
            {},
            lambda: Subscription.objects.get(pk=following.pk).unsubscribed_at is not None,
        ),
        "feedback_answer_vote": (
            idea.url,
            f"/antwoord/{update.pk}/duidelijk/",
            {"clear": "yes"},
            lambda: AnswerVote.objects.filter(update=update).exists(),
        ),
        "socialmap_submit": (
            "/sociale-kaart/aanmelden/",
            "/sociale-kaart/aanmelden/",
            organisation_data(zuidwest),
            lambda: Organisation.objects.filter(name="Buurtvereniging De Linde").exists(),
        ),
        "socialmap_update": (
            f"/sociale-kaart/{organisation.slug}/wijzigen/",
            f"/sociale-kaart/{organisation.slug}/wijzigen/",
            organisation_data(zuidwest, name="Huis van de Wijk Lindelaan"),
            lambda: Organisation.objects.get(pk=organisation.pk).has_unpublished_changes,
        ),
    }


# Public addresses by URL name. A new one must be added to one of these lists.
PUBLIC_POSTS = [
    "feedback_submit",
    "feedback_follow",
    "feedback_follow_confirm",
    "feedback_unsubscribe",
    "feedback_answer_vote",
    "socialmap_submit",
    "socialmap_update",
]
GET_ONLY = {
    "robots_txt",
    "sitemap",
    "sitemap_section",
    "search",
    "feedback_feed",
    "feedback_neighbourhood_feed",
    "feedback_ideas_csv",
    "feedback_updates_csv",
    "feedback_ideas_json",
    "feedback_follow_sent",
    "feedback_submit_received",
    "socialmap_overview",
    "socialmap_submit_received",
    "socialmap_organisation",
    "wagtaildocs_serve",
}
# Wagtail's own forms for private pages and documents (not used by the site now)
# and the pages it serves: protected by the CSRF middleware like everything else.
WAGTAIL_FORMS = {
    "wagtail_serve": "/",
    "wagtailcore_login": "/_util/login/",
    "wagtailcore_authenticate_with_password": "/_util/authenticate_with_password/1/1/",
    "wagtaildocs_authenticate_with_password": "/documenten/authenticate_with_password/1/",
}


def public_url_names():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif not (prefix + str(pattern.pattern)).startswith("admin/"):
                yield pattern.name

    return set(walk(get_resolver().url_patterns))


def test_every_public_address_is_known_as_a_form_or_as_read_only(public_posts):
    known = set(PUBLIC_POSTS) | GET_ONLY | set(WAGTAIL_FORMS) | set(PUBLIC_CSRF_EXEMPT)
    assert public_url_names() == known
    assert sorted(public_posts) == sorted(PUBLIC_POSTS)


@pytest.mark.parametrize("address", sorted(WAGTAIL_FORMS.values()))
def test_wagtails_own_forms_refuse_a_post_without_csrf_token(address):
    assert Client(enforce_csrf_checks=True).post(address, {"password": "x"}).status_code == 403


@pytest.mark.parametrize("name", PUBLIC_POSTS)
def test_public_post_without_csrf_token_is_refused_and_changes_nothing(public_posts, name):
    form_url, post_url, data, done = public_posts[name]
    client = Client(enforce_csrf_checks=True)
    assert client.get(form_url).status_code == 200  # sets the CSRF cookie, as a browser has it
    assert client.post(post_url, data).status_code == 403
    assert not done()


@pytest.mark.parametrize("name", PUBLIC_POSTS)
def test_public_post_with_the_token_of_its_form_goes_through(public_posts, name):
    form_url, post_url, data, done = public_posts[name]
    client = Client(enforce_csrf_checks=True)
    token = csrf_token_from(client.get(form_url))
    response = client.post(post_url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code in (200, 302), response.status_code
    assert done()


def test_one_click_unsubscribe_works_without_csrf_token_as_rfc_8058_requires(neighbourhood):
    following = SubscriptionFactory(neighbourhood=neighbourhood)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/afmelden/{following.token}/direct/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    following.refresh_from_db()
    assert following.unsubscribed_at is not None


def test_one_click_unsubscribe_without_the_secret_token_does_nothing(neighbourhood):
    following = SubscriptionFactory(neighbourhood=neighbourhood)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/afmelden/{'x' * 43}/direct/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 404
    following.refresh_from_db()
    assert following.unsubscribed_at is None


def test_admin_login_needs_the_csrf_token_too():
    client = Client(enforce_csrf_checks=True)
    token = csrf_token_from(client.get("/admin/login/"))
    credentials = {"username": "nobody", "password": "wrong"}
    assert client.post("/admin/login/", credentials).status_code == 403
    response = client.post("/admin/login/", {**credentials, "csrfmiddlewaretoken": token})
    assert response.status_code == 200  # the form again, with its error
