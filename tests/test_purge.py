"""`manage.py purge_personal_data`: we keep addresses no longer than we promise."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Revision

import pytest

from feedback import privacy
from feedback.follow import VOTE_COOKIE_MAX_AGE
from feedback.models import IdeaPage, Subscription
from feedback.models.subscriptions import UNCONFIRMED_KEEP_DAYS, UNSUBSCRIBED_KEEP_DAYS
from feedback.submission import RATE_LIMIT_PERIOD
from socialmap.models import Organisation

from .factories import SubscriptionFactory
from .test_personal_data import organisation_values

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)
SECOND = datetime.timedelta(seconds=1)


@pytest.fixture
def idea(home):
    return IdeaPage.objects.live().filter(locale=home.locale).first()


def exists(subscription):
    return Subscription.objects.filter(pk=subscription.pk).exists()


def test_an_unconfirmed_request_goes_one_second_after_its_keep_time(idea):
    limit = NOW - datetime.timedelta(days=UNCONFIRMED_KEEP_DAYS)
    just_in_time = SubscriptionFactory(idea=idea, confirmed_at=None, requested_at=limit + SECOND)
    too_old = SubscriptionFactory(idea=idea, confirmed_at=None, requested_at=limit - SECOND)

    done = privacy.purge(now=NOW)

    assert exists(just_in_time)
    assert not exists(too_old)
    assert done["unconfirmed_subscriptions_deleted"] == 1


def test_an_unsubscribed_address_goes_one_second_after_its_keep_time(idea):
    limit = NOW - datetime.timedelta(days=UNSUBSCRIBED_KEEP_DAYS)
    recent = SubscriptionFactory(idea=idea, unsubscribed_at=limit + SECOND)
    old = SubscriptionFactory(idea=idea, unsubscribed_at=limit - SECOND)

    done = privacy.purge(now=NOW)

    assert exists(recent)
    assert not exists(old)
    assert done["unsubscribed_subscriptions_deleted"] == 1


def test_confirmed_followers_stay_however_old(idea):
    old_follower = SubscriptionFactory(
        idea=idea,
        requested_at=NOW - datetime.timedelta(days=3000),
        confirmed_at=NOW - datetime.timedelta(days=2999),
    )
    privacy.purge(now=NOW)
    assert exists(old_follower)


def sign_up(neighbourhood, submitted_at, name):
    organisation = Organisation.submit_new(
        organisation_values(neighbourhood, name=name),
        contact_name="Piet Prive",
        contact_email="piet.prive@example.nl",
    )
    Organisation.objects.filter(pk=organisation.pk).update(submitted_at=submitted_at)
    return organisation


def test_a_social_map_sign_up_nobody_published_goes_after_its_keep_time(neighbourhood):
    limit = NOW - datetime.timedelta(days=privacy.SOCIALMAP_UNPUBLISHED_KEEP_DAYS)
    waiting = sign_up(neighbourhood, limit + SECOND, "Wacht nog")
    forgotten = sign_up(neighbourhood, limit - SECOND, "Nooit gepubliceerd")
    published = sign_up(neighbourhood, limit - SECOND, "Wel gepubliceerd")
    published.get_latest_revision().publish()
    forgotten_revisions = list(forgotten.revisions.values_list("pk", flat=True))

    done = privacy.purge(now=NOW)

    assert done["unpublished_organisations_deleted"] == 1
    assert not Organisation.objects.filter(pk=forgotten.pk).exists()
    assert Organisation.objects.filter(pk__in=[waiting.pk, published.pk]).count() == 2
    assert not Revision.objects.filter(pk__in=forgotten_revisions).exists()


def test_an_old_change_request_loses_its_sender_but_the_latest_keeps_it(neighbourhood):
    entry = sign_up(neighbourhood, NOW, "Buurthuis Oud")
    entry.get_latest_revision().publish()
    entry = Organisation.objects.get(pk=entry.pk)
    old_request = entry.revisions.get()
    old_request.created_at = NOW - datetime.timedelta(
        days=privacy.SOCIALMAP_UNPUBLISHED_KEEP_DAYS, seconds=1
    )
    old_request.save(update_fields=["created_at"])
    values = organisation_values(neighbourhood, name="Buurthuis Oud")
    values["summary"] = "Nieuwe tekst."
    entry.submit_change(values, contact_name="Nieuw Contact", contact_email="nieuw@example.nl")

    done = privacy.purge(now=NOW)

    assert done["old_change_requests_blanked"] == 1
    old_request.refresh_from_db()
    assert old_request.content["contact_email"] == ""
    latest = Organisation.objects.get(pk=entry.pk).get_latest_revision()
    assert latest.content["contact_email"] == "nieuw@example.nl"


def test_the_command_reports_what_it_deleted_and_a_second_run_finds_nothing(idea):
    SubscriptionFactory(
        idea=idea,
        confirmed_at=None,
        requested_at=timezone.now() - datetime.timedelta(days=UNCONFIRMED_KEEP_DAYS + 1),
    )
    first, second = io.StringIO(), io.StringIO()

    call_command("purge_personal_data", stdout=first)
    call_command("purge_personal_data", stdout=second)

    assert "unconfirmed subscriptions deleted: 1" in first.getvalue()
    assert "unconfirmed subscriptions deleted: 0" in second.getvalue()


def test_the_privacy_page_states_the_periods_the_code_applies(client):
    text = " ".join(client.get("/privacy/").content.decode().split())

    assert f"binnen {UNSUBSCRIBED_KEEP_DAYS} dagen" in text
    assert f"niet binnen {UNCONFIRMED_KEEP_DAYS} dagen" in text
    assert f"binnen {privacy.SOCIALMAP_UNPUBLISHED_KEEP_DAYS} dagen op de sociale kaart" in text
    assert f"onthouden we dat {RATE_LIMIT_PERIOD // 3600} uur" in text
    assert f"{VOTE_COOKIE_MAX_AGE // 86400} dagen dat je dat deed" in text
