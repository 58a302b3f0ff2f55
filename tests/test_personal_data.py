"""`manage.py personal_data export|erase ADDRESS`: a resident's GDPR request."""

import io
import json
import os
import subprocess
import sys

from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from feedback.models import IdeaPage, SentNotification, StatusChange, Subscription
from feedback.status import Status
from socialmap.models import Organisation

from .factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

ADDRESS = "Ans.de.Vries@Example.nl"


def organisation_values(neighbourhood, name="Buurtkamer De Vries"):
    return {
        "name": name,
        "summary": "Wij helpen met formulieren.",
        "address": "",
        "postcode": "",
        "city": "",
        "opening_hours": "",
        "phone": "",
        "email": "",
        "website": "",
        "languages": ["nl"],
        "themes": [],
        "neighbourhoods": [neighbourhood],
    }


@pytest.fixture
def idea(home):
    return IdeaPage.objects.live().filter(locale=home.locale).first()


@pytest.fixture
def stored(idea, neighbourhood):
    """The address as a follower (with one e-mail sent), a sign-up contact and a change sender."""
    following = SubscriptionFactory(idea=idea, email=ADDRESS)
    SubscriptionFactory(neighbourhood=neighbourhood, email=ADDRESS.lower(), confirmed_at=None)
    change = StatusChange.objects.create(
        idea=idea, previous_status=Status.RECEIVED, status=idea.status
    )
    SentNotification.objects.create(subscription=following, status_change=change)
    sign_up = Organisation.submit_new(
        organisation_values(neighbourhood), contact_name="Ans de Vries", contact_email=ADDRESS
    )
    other = SubscriptionFactory(idea=idea, email="iemand.anders@example.nl")
    return following, sign_up, other


def run(*args):
    out = io.StringIO()
    call_command("personal_data", *args, stdout=out)
    return out.getvalue()


def test_export_lists_subscriptions_mails_and_social_map_contact_as_json(stored, idea):
    data = json.loads(run("export", f"  {ADDRESS.upper()}  "))

    assert sorted(s["follows"] for s in data["subscriptions"]) == ["idea", "neighbourhood"]
    followed_idea = next(s for s in data["subscriptions"] if s["follows"] == "idea")
    assert followed_idea["title"] == idea.title
    assert followed_idea["confirmed_at"] is not None
    assert followed_idea["notifications"][0]["idea"] == idea.title
    assert data["social_map_contact"][0]["contact_name"] == "Ans de Vries"
    assert data["social_map_revisions"][0]["contact_email"] == ADDRESS
    assert "iemand.anders" not in json.dumps(data)


def test_export_of_an_unknown_address_is_empty_not_an_error(db):
    data = json.loads(run("export", "niemand@example.nl"))
    assert data["subscriptions"] == data["social_map_contact"] == []


def test_erase_with_yes_deletes_subscriptions_and_blanks_the_contact_person(stored):
    following, sign_up, other = stored

    output = run("erase", ADDRESS.lower(), "--yes")

    assert "subscriptions deleted: 2" in output
    assert not Subscription.objects.of_address(ADDRESS).exists()
    assert not SentNotification.objects.filter(subscription_id=following.pk).exists()
    sign_up = Organisation.objects.get(pk=sign_up.pk)
    assert (sign_up.contact_name, sign_up.contact_email) == ("", "")
    for revision in sign_up.revisions.all():
        assert revision.content["contact_email"] == ""
        assert revision.content["contact_name"] == ""
    assert Subscription.objects.filter(pk=other.pk).exists()
    after = json.loads(run("export", ADDRESS))
    assert after["subscriptions"] == after["social_map_revisions"] == []


def test_erase_asks_first_and_a_no_keeps_everything(stored, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "nee")
    with pytest.raises(CommandError, match="Nothing erased"):
        run("erase", ADDRESS)
    assert Subscription.objects.of_address(ADDRESS).count() == 2


def test_erase_goes_ahead_when_the_answer_is_yes(stored, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    run("erase", ADDRESS)
    assert not Subscription.objects.of_address(ADDRESS).exists()


@pytest.mark.parametrize("bad", ["", "geen-adres", "twee@@example.nl", "a@b@c"])
def test_something_that_is_not_an_address_is_refused_clearly(stored, bad):
    with pytest.raises(CommandError, match="not an e-mail address"):
        run("erase", bad, "--yes")
    assert Subscription.objects.count() >= 3


def test_a_bad_address_exits_with_a_non_zero_code():
    # The address is checked before the database is opened.
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "personal_data", "export", "geen-adres"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    assert result.returncode != 0
    assert "not an e-mail address" in result.stderr


def test_the_subscription_dates_are_in_the_export(stored):
    following = stored[0]
    Subscription.objects.filter(pk=following.pk).update(unsubscribed_at=timezone.now())
    data = json.loads(run("export", ADDRESS))
    assert any(s["unsubscribed_at"] for s in data["subscriptions"])
