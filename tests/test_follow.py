"""Residents follow an idea or a neighbourhood by e-mail, without an account.

Double opt-in: the form stores an unconfirmed subscription and sends a link;
a button behind the link confirms. The answers never show an address, and
never tell whether an address already followed something.
"""

import datetime

from django.core import mail
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.utils import timezone

import pytest

from feedback.models import IdeaPage, Subscription
from feedback.queries import register_of
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db

FOLLOW_URL = "/volgen/"
ADDRESS = "Bewoner.Een@Example.NL"


@pytest.fixture
def idea(neighbourhood):
    register = register_of(neighbourhood) or IdeaIndexPageFactory(parent=neighbourhood)
    return IdeaPageFactory(parent=register, title="Een zebrapad bij school")


def follow(client, page, email=ADDRESS, **extra):
    return client.post(FOLLOW_URL, {"email": email, "page": page.pk, "website": "", **extra})


def test_following_stores_an_unconfirmed_subscription_and_mails_a_link(client, idea):
    response = follow(client, idea)

    assert response.status_code == 302
    assert response["Location"] == f"/volgen/verstuurd/?pagina={idea.pk}"
    subscription = Subscription.objects.get(idea=idea)
    assert subscription.confirmed_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["Bewoner.Een@example.nl"]
    assert f"/volgen/bevestigen/{subscription.token}/" in mail.outbox[0].body


def test_the_address_is_stored_with_a_lowercase_domain(client, idea):
    follow(client, idea, email="  Bewoner.Een@Example.NL ")

    assert Subscription.objects.get(idea=idea).email == "Bewoner.Een@example.nl"


def test_tokens_are_random_and_unique(client, idea, neighbourhood):
    follow(client, idea)
    follow(client, neighbourhood)

    tokens = list(Subscription.objects.values_list("token", flat=True))
    assert len(set(tokens)) == 2
    assert all(len(token) >= 40 for token in tokens)


def test_the_confirmation_link_asks_first_and_does_not_confirm_on_opening(client, idea):
    follow(client, idea)
    subscription = Subscription.objects.get(idea=idea)

    response = client.get(f"/volgen/bevestigen/{subscription.token}/")

    assert response.status_code == 200
    assert b'method="post"' in response.content
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None


def test_the_confirm_button_makes_the_subscription_active(client, idea):
    follow(client, idea)
    subscription = Subscription.objects.get(idea=idea)
    url = f"/volgen/bevestigen/{subscription.token}/"

    response = client.post(url)

    assert response.status_code == 302
    subscription.refresh_from_db()
    assert subscription.is_active
    assert client.get(url).context["confirmed"] is True


def test_following_again_makes_no_duplicate_and_gives_the_same_answer(client, idea):
    first = follow(client, idea)
    subscription = Subscription.objects.get(idea=idea)
    subscription.confirm()

    again = follow(client, idea, email="bewoner.een@example.nl")

    assert Subscription.objects.filter(idea=idea).count() == 1
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    subscription.refresh_from_db()
    assert subscription.is_active


def test_a_new_and_a_known_address_get_the_same_page(client, idea):
    SubscriptionFactory(idea=idea, email="bekend@example.nl")

    known = follow(client, idea, email="bekend@example.nl")
    new = follow(client, idea, email="nieuw@example.nl")

    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    assert client.get(known["Location"]).content == client.get(new["Location"]).content


def test_a_second_request_within_minutes_sends_no_second_mail(client, idea):
    follow(client, idea)
    follow(client, idea)
    assert len(mail.outbox) == 1

    Subscription.objects.update(confirmation_sent_at=timezone.now() - datetime.timedelta(hours=1))
    follow(client, idea)
    assert len(mail.outbox) == 2


def test_following_again_after_unsubscribing_needs_a_new_confirmation(client, idea):
    subscription = SubscriptionFactory(idea=idea, email="terug@example.nl")
    subscription.unsubscribe()

    follow(client, idea, email="terug@example.nl")

    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is None
    assert subscription.confirmed_at is None
    assert len(mail.outbox) == 1


def test_an_invalid_address_shows_the_form_again_with_what_was_typed(client, idea):
    response = follow(client, idea, email="bewoner@voorbeeld")

    assert response.status_code == 200
    assert response.context["follow_form"].errors["email"]
    html = response.content.decode()
    assert 'value="bewoner@voorbeeld"' in html
    assert 'aria-invalid="true"' in html
    assert 'class="error-summary"' in html
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_an_empty_address_gets_a_clear_message(client, idea):
    response = follow(client, idea, email="")

    assert response.status_code == 200
    assert response.context["follow_form"].errors["email"]


def test_a_filled_in_honeypot_stores_nothing_but_looks_the_same(client, idea):
    response = follow(client, idea, website="http://spam.example")

    assert response.status_code == 302
    assert response["Location"] == f"/volgen/verstuurd/?pagina={idea.pk}"
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_following_an_unknown_page_shows_a_friendly_404(client):
    response = client.post(FOLLOW_URL, {"email": ADDRESS, "page": 999999})

    assert response.status_code == 404
    assert "feedback/follow/unknown_link.html" in [t.name for t in response.templates]


def test_following_a_register_follows_its_neighbourhood(client, idea, neighbourhood):
    follow(client, idea.get_parent())

    assert Subscription.objects.get().neighbourhood == neighbourhood


def test_following_a_translation_follows_the_dutch_page(client, locale_en):
    translated = NeighbourhoodPage.objects.live().filter(locale=locale_en).first()
    if translated is None:
        pytest.skip("The demo content has no translated neighbourhood.")

    follow(Client(), translated)

    subscription = Subscription.objects.get()
    assert subscription.neighbourhood == translated.source_language_page()
    assert subscription.language == "nl"


def test_following_from_the_english_site_keeps_english_for_the_mails(idea):
    Client().post("/en/volgen/", {"email": ADDRESS, "page": idea.pk})

    subscription = Subscription.objects.get()
    assert subscription.language == "en"
    assert f"/en/volgen/bevestigen/{subscription.token}/" in mail.outbox[0].body


def test_many_requests_from_one_client_are_refused_with_a_message(client, idea, settings):
    for number in range(20):
        follow(client, idea, email=f"bewoner{number}@example.nl")

    response = follow(client, idea, email="nog-een@example.nl")

    assert response.status_code == 429
    assert response.context["follow_form"].errors["email"]
    assert 'value="nog-een@example.nl"' in response.content.decode()


def test_an_unknown_confirmation_link_shows_a_friendly_404(client):
    response = client.get("/volgen/bevestigen/bestaat-niet/")

    assert response.status_code == 404
    assert "feedback/follow/unknown_link.html" in [t.name for t in response.templates]


def test_an_expired_confirmation_link_shows_a_friendly_404(client, idea):
    subscription = SubscriptionFactory(
        idea=idea,
        confirmed_at=None,
        requested_at=timezone.now() - datetime.timedelta(days=8),
    )

    response = client.post(f"/volgen/bevestigen/{subscription.token}/")

    assert response.status_code == 404
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None


def test_an_unknown_unsubscribe_link_shows_a_friendly_404(client):
    response = client.get("/afmelden/bestaat-niet/")

    assert response.status_code == 404
    assert "feedback/follow/unknown_link.html" in [t.name for t in response.templates]


def test_the_unsubscribe_link_asks_first_and_the_button_unsubscribes(client, idea):
    subscription = SubscriptionFactory(idea=idea)
    url = f"/afmelden/{subscription.token}/"

    opened = client.get(url)
    subscription.refresh_from_db()
    assert opened.status_code == 200
    assert subscription.is_active  # a mail scanner opening the link changes nothing

    response = client.post(url)
    subscription.refresh_from_db()
    assert response.status_code == 302
    assert subscription.unsubscribed_at is not None
    assert client.get(url).context["unsubscribed"] is True


@pytest.mark.parametrize("path", ["/volgen/", "/volgen/bevestigen/{token}/", "/afmelden/{token}/"])
def test_forms_need_a_csrf_token(idea, path):
    subscription = SubscriptionFactory(idea=idea, confirmed_at=None)
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        path.format(token=subscription.token), {"email": ADDRESS, "page": idea.pk}
    )

    assert response.status_code == 403
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None and subscription.unsubscribed_at is None
    assert Subscription.objects.count() == 1


def test_the_one_click_unsubscribe_needs_no_csrf_token(idea):
    subscription = SubscriptionFactory(idea=idea)

    response = Client(enforce_csrf_checks=True).post(f"/afmelden/{subscription.token}/direct/")

    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.unsubscribed_at is not None


def test_the_one_click_address_does_nothing_when_opened(client, idea):
    subscription = SubscriptionFactory(idea=idea)

    response = client.get(f"/afmelden/{subscription.token}/direct/")

    assert response.status_code == 405
    subscription.refresh_from_db()
    assert subscription.is_active


def test_no_page_shows_a_followers_address(client, idea, neighbourhood):
    email = "geheim.adres@example.nl"
    for_idea = SubscriptionFactory(idea=idea, email=email)
    SubscriptionFactory(neighbourhood=neighbourhood, email=email, confirmed_at=None)
    live_idea = IdeaPage.objects.get(pk=idea.pk)

    pages = [
        client.get(live_idea.url),
        client.get(neighbourhood.url),
        client.get(f"{FOLLOW_URL}?pagina={idea.pk}"),
        follow(client, idea, email=email),
        client.get(f"/volgen/verstuurd/?pagina={idea.pk}"),
        client.get(f"/volgen/bevestigen/{for_idea.token}/"),
        client.get(f"/afmelden/{for_idea.token}/"),
    ]

    for response in pages:
        assert response.status_code in (200, 302)
        assert email not in response.content.decode().lower()


def test_the_form_include_posts_the_page_to_follow(idea):
    request = RequestFactory().get(idea.url)

    html = render_to_string("feedback/follow/follow_form.html", {"follow": idea}, request=request)

    assert 'action="/volgen/"' in html
    assert f'name="page" value="{idea.pk}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html
    assert 'type="email"' in html
