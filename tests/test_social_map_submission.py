"""Organisations put themselves on the social map, or send a change to their
entry, through a public form. Nothing they send is public until staff publish
it; spam is kept out, and mistakes get clear messages with nothing lost.
"""

import datetime
import json

from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape

from wagtail.models import ModelLogEntry

import pytest

from feedback import submission as feedback_submission
from socialmap import views
from socialmap.forms import OrganisationForm
from socialmap.models import CHANGE_SENT_ACTION, SUBMITTED_ACTION, Organisation

from .helpers import ORGANISATION_NAME, ORGANISATION_SUMMARY, dutch, organisation_form_data
from .test_social_map import (
    CONTACT_EMAIL,
    CONTACT_NAME,
    OVERVIEW_URL,
    listed,
    make_organisation,
    reindex,
    render_social_map_for,
)

pytestmark = pytest.mark.django_db

SUBMIT_URL = "/sociale-kaart/aanmelden/"
NAME = ORGANISATION_NAME
SUMMARY = ORGANISATION_SUMMARY


@pytest.fixture(autouse=True)
def dutch_interface():
    """Addresses are compared in Dutch, the default; another test may have left
    a language active in this thread."""
    with translation.override("nl"):
        yield


@pytest.fixture(autouse=True)
def empty_social_map(db):
    """Each test starts from an empty social map, whether or not the session's
    demo content has organisations (rolled back with the test)."""
    Organisation.objects.all().delete()


@pytest.fixture
def zuidwest(home):
    from .test_social_map import dutch_neighbourhood

    return dutch_neighbourhood("zuidwest")


@pytest.fixture
def form_data(zuidwest):
    def make(**overrides):
        contact = {"contact_name": CONTACT_NAME, "contact_email": CONTACT_EMAIL}
        return organisation_form_data(zuidwest, **{**contact, **overrides})

    return make


def errors_for(response, field):
    return [error.code for error in response.context["form"][field].errors.as_data()]


def submitted():
    return Organisation.objects.get(name=NAME)


# --- The form --------------------------------------------------------------------------


def test_form_is_at_a_stable_dutch_address():
    assert reverse("socialmap_submit") == SUBMIT_URL


def test_form_is_accessible_and_has_a_hidden_honeypot(client):
    html = client.get(SUBMIT_URL).content.decode()
    assert html.count("<fieldset") == 4  # neighbourhoods, themes, languages, consent
    assert "<legend>" in html
    assert 'aria-describedby="id_summary_helptext"' in html
    assert 'aria-describedby="id_neighbourhoods_helptext"' in html
    assert 'type="tel"' in html and 'autocomplete="tel"' in html
    assert '<div class="visually-hidden" aria-hidden="true">' in html
    assert 'name="homepage"' in html and 'tabindex="-1"' in html
    assert "maxlength" not in html.split('name="summary"')[1].split(">")[0]


def test_wijk_in_the_address_preselects_the_neighbourhood(client, zuidwest):
    response = client.get(SUBMIT_URL, {"wijk": "zuidwest"})
    html = response.content.decode()
    box = (
        html.split(f'value="{zuidwest.pk}"')[0].rsplit("<input", 1)[1]
        + html.split(f'value="{zuidwest.pk}"')[1].split(">")[0]
    )
    assert "checked" in box


def test_form_works_in_another_language(client):
    response = client.get(f"/en{SUBMIT_URL}")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


# --- A new entry -------------------------------------------------------------------------


def test_sending_the_form_stores_a_draft_and_thanks_the_sender(client, form_data):
    response = client.post(SUBMIT_URL, form_data(), follow=True)
    organisation = submitted()
    assert response.redirect_chain[-1][0] == reverse("socialmap_submit_received")
    assert 'name="robots" content="noindex"' in response.content.decode()
    assert organisation.live is False
    assert organisation.has_unpublished_changes
    assert organisation.get_latest_revision() is not None
    assert organisation.submitted_at is not None
    assert organisation.contact_email == CONTACT_EMAIL
    assert organisation.slug == "buurtvereniging-de-linde"
    assert organisation.languages == ["nl", "ar"]


def test_staff_see_in_the_history_that_it_came_through_the_form(client, form_data):
    client.post(SUBMIT_URL, form_data())
    actions = ModelLogEntry.objects.for_instance(submitted()).values_list("action", flat=True)
    assert SUBMITTED_ACTION in actions


def test_a_sent_entry_is_nowhere_public_until_staff_publish_it(client, form_data, zuidwest):
    client.post(SUBMIT_URL, form_data())
    organisation = reindex(submitted())
    assert NAME not in listed(client.get(OVERVIEW_URL))
    assert NAME not in listed(client.get(OVERVIEW_URL, {"q": "Linde"}))
    assert client.get(f"/sociale-kaart/{organisation.slug}/").status_code == 404
    assert client.get(f"/sociale-kaart/{organisation.slug}/wijzigen/").status_code == 404
    assert NAME not in render_social_map_for(zuidwest)


def test_publishing_a_sent_entry_puts_it_on_the_social_map(client, form_data, zuidwest):
    client.post(SUBMIT_URL, form_data())
    submitted().get_latest_revision().publish()
    organisation = reindex(submitted())
    assert organisation.live
    assert NAME in listed(client.get(OVERVIEW_URL))
    assert NAME in listed(client.get(OVERVIEW_URL, {"q": "Linde"}))
    assert client.get(f"/sociale-kaart/{organisation.slug}/").status_code == 200
    assert escape(NAME) in render_social_map_for(zuidwest)


def test_two_entries_with_the_same_name_get_different_addresses(client, form_data):
    client.post(SUBMIT_URL, form_data())
    client.post(SUBMIT_URL, form_data(summary=SUMMARY + " Ook op zaterdag."))
    slugs = set(Organisation.objects.filter(name=NAME).values_list("slug", flat=True))
    assert len(slugs) == 2


def test_a_name_like_the_form_address_does_not_take_it(client, form_data):
    client.post(SUBMIT_URL, form_data(name="Aanmelden"))
    assert Organisation.objects.get(name="Aanmelden").slug != "aanmelden"


def test_postcode_and_website_are_written_the_usual_way(client, form_data):
    client.post(SUBMIT_URL, form_data(postcode="3500aa", website="www.delinde.example.org"))
    organisation = submitted()
    assert organisation.postcode == "3500 AA"
    assert organisation.website == "https://www.delinde.example.org"


# --- A change to a live entry -------------------------------------------------------------


@pytest.fixture
def live_entry(zuidwest):
    return make_organisation(
        [zuidwest],
        name="Stichting Kleurrijk",
        slug="stichting-kleurrijk",
        summary="Wij helpen met brieven.",
        opening_hours="Dinsdag van 9.00 tot 12.00 uur",
        languages=["nl"],
    )


def change_url(organisation):
    return f"/sociale-kaart/{organisation.slug}/wijzigen/"


def change_data(form_data, organisation, **overrides):
    values = {
        "name": organisation.name,
        "summary": organisation.summary,
        "address": organisation.address,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "opening_hours": organisation.opening_hours,
        "phone": organisation.phone,
        "email": organisation.email,
        "website": organisation.website,
        "neighbourhoods": [page.pk for page in organisation.neighbourhoods.all()],
        "languages": organisation.languages,
        "contact_name": "Nieuwe Contactpersoon",
        "contact_email": "nieuw.contact@prive.example.nl",
    }
    values.update(overrides)
    return form_data(**values)


def test_change_form_starts_from_the_public_entry_without_the_contact_person(client, live_entry):
    response = client.get(change_url(live_entry))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Stichting Kleurrijk"' in html
    assert "Dinsdag van 9.00 tot 12.00 uur" in html
    assert CONTACT_EMAIL not in html and CONTACT_NAME not in html
    assert 'name="contact_email"' in html


def test_a_change_is_a_new_draft_revision_and_the_live_entry_stays(client, form_data, live_entry):
    revisions_before = live_entry.revisions.count()
    response = client.post(
        change_url(live_entry),
        change_data(form_data, live_entry, opening_hours="Woensdag van 13.00 tot 15.00 uur"),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("socialmap_submit_received") + "?wijziging=1"
    entry = Organisation.objects.get(pk=live_entry.pk)
    assert entry.live and entry.has_unpublished_changes
    assert entry.opening_hours == "Dinsdag van 9.00 tot 12.00 uur"  # the live row
    assert entry.contact_email == CONTACT_EMAIL
    assert entry.revisions.count() == revisions_before + 1
    draft = entry.get_latest_revision_as_object()
    assert draft.opening_hours == "Woensdag van 13.00 tot 15.00 uur"
    assert draft.contact_email == "nieuw.contact@prive.example.nl"
    detail = client.get(f"/sociale-kaart/{entry.slug}/").content.decode()
    assert "Dinsdag van 9.00 tot 12.00 uur" in detail
    assert "Woensdag" not in detail
    actions = ModelLogEntry.objects.for_instance(entry).values_list("action", flat=True)
    assert CHANGE_SENT_ACTION in actions


def test_a_change_of_neighbourhoods_waits_for_approval_too(client, form_data, live_entry, zuidwest):
    from .test_social_map import dutch_neighbourhood

    overvecht = dutch_neighbourhood("overvecht")
    client.post(
        change_url(live_entry), change_data(form_data, live_entry, neighbourhoods=[overvecht.pk])
    )
    entry = Organisation.objects.get(pk=live_entry.pk)
    assert list(entry.neighbourhoods.all()) == [zuidwest]
    assert [page.pk for page in entry.get_latest_revision_as_object().neighbourhoods.all()] == [
        overvecht.pk
    ]
    assert "Stichting Kleurrijk" in render_social_map_for(zuidwest)
    assert "Stichting Kleurrijk" not in render_social_map_for(overvecht)


def test_publishing_the_change_shows_it(client, form_data, live_entry):
    client.post(
        change_url(live_entry), change_data(form_data, live_entry, summary="Nieuwe tekst over ons.")
    )
    Organisation.objects.get(pk=live_entry.pk).get_latest_revision().publish()
    detail = client.get(f"/sociale-kaart/{live_entry.slug}/").content.decode()
    assert "Nieuwe tekst over ons." in detail


def test_a_change_that_changes_nothing_is_refused(client, form_data, live_entry):
    revisions_before = live_entry.revisions.count()
    response = client.post(change_url(live_entry), change_data(form_data, live_entry))
    assert response.status_code == 200
    codes = [error.code for error in response.context["form"].non_field_errors().as_data()]
    assert codes == ["unchanged"]
    assert Organisation.objects.get(pk=live_entry.pk).revisions.count() == revisions_before


def test_there_is_no_change_form_for_an_unknown_entry(client):
    assert client.get("/sociale-kaart/bestaat-niet/wijzigen/").status_code == 404


# --- Spam ----------------------------------------------------------------------------------


def test_filled_honeypot_stores_nothing_but_answers_as_usual(client, form_data):
    before = Organisation.objects.count()
    response = client.post(SUBMIT_URL, form_data(homepage="https://spam.example"))
    assert response.status_code == 302
    assert response["Location"] == reverse("socialmap_submit_received")
    assert Organisation.objects.count() == before


def test_form_sent_too_fast_stores_nothing_and_keeps_the_text(client, form_data):
    just_now = feedback_submission.form_started_token(timezone.now())
    response = client.post(SUBMIT_URL, form_data(started=just_now))
    html = response.content.decode()
    assert response.status_code == 200
    assert not Organisation.objects.filter(name=NAME).exists()
    assert errors_for(response, "started") == ["too_fast"]
    assert escape(SUMMARY) in html
    assert 'class="error-summary"' in html


def test_form_open_too_long_gets_a_new_stamp_and_keeps_the_text(client, form_data):
    hours_ago = feedback_submission.form_started_token(timezone.now() - datetime.timedelta(hours=3))
    response = client.post(SUBMIT_URL, form_data(started=hours_ago))
    assert errors_for(response, "started") == ["expired"]
    assert escape(SUMMARY) in response.content.decode()
    renewed = response.context["form"]["started"].value()
    assert feedback_submission.time_since_started(renewed) < datetime.timedelta(minutes=1)


def test_sixth_form_within_an_hour_gets_429_and_keeps_the_text(client, form_data):
    for number in range(views.SUBMISSIONS_PER_CLIENT):
        response = client.post(SUBMIT_URL, form_data(name=f"{NAME} {number}"))
        assert response.status_code == 302
    before = Organisation.objects.count()
    response = client.post(SUBMIT_URL, form_data(name="Nog een vereniging"))
    assert response.status_code == 429
    assert response["Retry-After"]
    assert Organisation.objects.count() == before
    assert 'value="Nog een vereniging"' in response.content.decode()


def test_form_without_csrf_token_is_refused(form_data):
    response = Client(enforce_csrf_checks=True).post(SUBMIT_URL, form_data())
    assert response.status_code == 403
    assert not Organisation.objects.filter(name=NAME).exists()


def test_change_form_without_csrf_token_is_refused(form_data, live_entry):
    response = Client(enforce_csrf_checks=True).post(
        change_url(live_entry), change_data(form_data, live_entry, summary="Gekaapt door een bot.")
    )
    assert response.status_code == 403
    assert not Organisation.objects.get(pk=live_entry.pk).has_unpublished_changes


# --- Mistakes: clear messages, nothing lost ---------------------------------------------------


def assert_refused_and_kept(response, field, code):
    assert response.status_code == 200
    assert errors_for(response, field) == [code]
    assert not Organisation.objects.filter(name=NAME).exists()
    assert escape(SUMMARY) in response.content.decode()


def test_invalid_e_mail_address_is_refused_and_the_text_kept(client, form_data):
    response = client.post(SUBMIT_URL, form_data(email="info@"))
    assert_refused_and_kept(response, "email", "invalid")
    assert dutch("Write the e-mail address like name@example.nl.") in response.content.decode()


def test_invalid_contact_e_mail_address_is_refused(client, form_data):
    assert_refused_and_kept(
        client.post(SUBMIT_URL, form_data(contact_email="karin")), "contact_email", "invalid"
    )


@pytest.mark.parametrize(
    "website", ["niet een adres", "ftp://delinde.example.org", "javascript:alert(1)"]
)
def test_invalid_website_is_refused_and_the_text_kept(client, form_data, website):
    response = client.post(SUBMIT_URL, form_data(website=website))
    assert response.status_code == 200
    assert errors_for(response, "website")
    assert escape(SUMMARY) in response.content.decode()
    assert not Organisation.objects.filter(name=NAME).exists()


@pytest.mark.parametrize("unknown", ["999999", "abc"])
def test_unknown_neighbourhood_is_refused_and_the_text_kept(client, form_data, unknown):
    response = client.post(SUBMIT_URL, form_data(neighbourhoods=[unknown]))
    assert response.status_code == 200
    assert errors_for(response, "neighbourhoods") in (["invalid_choice"], ["invalid_pk_value"])
    assert dutch("Choose neighbourhoods from the list.") in response.content.decode()
    assert escape(SUMMARY) in response.content.decode()


def test_a_translated_neighbourhood_page_is_not_a_choice(client, form_data, zuidwest, locale_en):
    english = zuidwest.get_translation(locale_en)
    response = client.post(SUBMIT_URL, form_data(neighbourhoods=[english.pk]))
    assert errors_for(response, "neighbourhoods") == ["invalid_choice"]


def test_neighbourhood_is_required(client, form_data):
    assert_refused_and_kept(
        client.post(SUBMIT_URL, form_data(neighbourhoods=[])), "neighbourhoods", "required"
    )


def test_name_and_what_they_do_are_required(client, form_data):
    response = client.post(SUBMIT_URL, form_data(name="  ", summary="\n "))
    assert errors_for(response, "name") == ["required"]
    assert errors_for(response, "summary") == ["required"]
    assert dutch("Write the name of your organisation.") in response.content.decode()


def test_unknown_language_is_refused(client, form_data):
    assert_refused_and_kept(
        client.post(SUBMIT_URL, form_data(languages=["klingon"])), "languages", "invalid_choice"
    )


@pytest.mark.parametrize("phone", ["bel ons", "030-555<b>", "12", "+31 6 " + "1" * 20])
def test_phone_number_with_other_characters_or_wrong_length_is_refused(client, form_data, phone):
    response = client.post(SUBMIT_URL, form_data(phone=phone))
    assert response.status_code == 200
    assert "invalid_phone" in errors_for(response, "phone") or "max_length" in errors_for(
        response, "phone"
    )
    assert escape(SUMMARY) in response.content.decode()


@pytest.mark.parametrize("phone", ["14 030", "+31 30 555 0141", "(030) 555-01-41"])
def test_usual_ways_of_writing_a_phone_number_are_accepted(client, form_data, phone):
    assert client.post(SUBMIT_URL, form_data(phone=phone)).status_code == 302


def test_wrong_postcode_is_refused(client, form_data):
    assert_refused_and_kept(
        client.post(SUBMIT_URL, form_data(postcode="35000")), "postcode", "invalid_postcode"
    )


def test_too_long_text_is_refused_and_kept_whole(client, form_data):
    long_text = ("Wij helpen iedereen in de wijk. " * 30).strip()
    response = client.post(SUBMIT_URL, form_data(summary=long_text))
    assert errors_for(response, "summary") == ["max_length"]
    assert escape(long_text) in response.content.decode()
    assert not Organisation.objects.filter(name=NAME).exists()


def test_too_short_description_is_refused(client, form_data):
    response = client.post(SUBMIT_URL, form_data(summary="Hulp."))
    assert errors_for(response, "summary") == ["min_length"]


def test_an_entry_without_any_way_to_reach_it_is_refused(client, form_data):
    response = client.post(SUBMIT_URL, form_data(phone="", email="", website="", address=""))
    assert_refused_and_kept(response, "phone", "no_way_to_reach")


def test_consent_is_required(client, form_data):
    assert_refused_and_kept(client.post(SUBMIT_URL, form_data(consent="")), "consent", "required")


def test_control_characters_are_removed_and_one_line_fields_stay_one_line(client, form_data):
    client.post(
        SUBMIT_URL,
        form_data(
            name="Buurtvereniging\x00 De\nLinde",
            summary="Wij helpen\x07 bewoners\r\nmet brieven en formulieren.",
        ),
    )
    organisation = Organisation.objects.get(name=NAME)
    assert organisation.summary == "Wij helpen bewoners\nmet brieven en formulieren."


def test_html_is_stored_as_text_and_escaped_on_every_page(client, form_data, zuidwest):
    script = "<script>alert('x')</script> Wij helpen met brieven."
    client.post(SUBMIT_URL, form_data(summary=script, name="<b>Vet</b> vereniging"))
    organisation = Organisation.objects.get(summary=script)
    assert organisation.name == "<b>Vet</b> vereniging"
    organisation.get_latest_revision().publish()
    for html in (
        client.get(f"/sociale-kaart/{organisation.slug}/").content.decode(),
        client.get(OVERVIEW_URL).content.decode(),
        render_social_map_for(zuidwest),
    ):
        assert "<script>alert" not in html and "<b>Vet</b>" not in html
        assert "&lt;b&gt;Vet&lt;/b&gt;" in html


def test_kept_text_is_escaped_when_the_form_is_shown_again(client, form_data):
    html = client.post(
        SUBMIT_URL, form_data(summary="<script>alert('x')</script>", consent="")
    ).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_errors_are_listed_at_the_top_in_form_order_with_links(client, form_data):
    response = client.post(SUBMIT_URL, form_data(name="", neighbourhoods=[], consent=""))
    html = response.content.decode()
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert summary.index('href="#id_name"') < summary.index('href="#id_neighbourhoods_0"')
    assert summary.index('href="#id_neighbourhoods_0"') < summary.index('href="#id_consent"')
    assert 'id="id_neighbourhoods_0"' in html
    assert dutch("Choose at least one neighbourhood.") in summary


def test_errors_are_shown_next_to_each_field_and_described(client, form_data):
    html = client.post(SUBMIT_URL, form_data(summary="", neighbourhoods=[])).content.decode()
    assert 'id="id_summary_error"' in html
    assert 'aria-describedby="id_summary_helptext id_summary_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_neighbourhoods_helptext id_neighbourhoods_error"' in html


def test_page_title_starts_with_error_when_there_are_errors(client, form_data):
    html = client.post(SUBMIT_URL, form_data(name="")).content.decode()
    assert html.split("<title>")[1].startswith(dutch("Error:") + " ")
    assert (
        not client.get(SUBMIT_URL).content.decode().split("<title>")[1].startswith(dutch("Error:"))
    )


def test_thank_you_page_says_what_happens_next_and_that_contact_stays_private(client):
    html = client.get(reverse("socialmap_submit_received")).content.decode()
    assert dutch("We have received the information about your organisation.") in html
    assert (
        dutch("We never show the name and e-mail address of the contact person on the website.")
        in html
    )
    change = client.get(reverse("socialmap_submit_received"), {"wijziging": "1"}).content.decode()
    assert dutch("We have received your change.") in change


def test_the_contact_person_is_only_in_the_revision_not_in_any_public_field(client, form_data):
    client.post(SUBMIT_URL, form_data())
    organisation = submitted()
    organisation.get_latest_revision().publish()
    public = json.dumps({name: getattr(organisation, name) for name in Organisation.PUBLIC_FIELDS})
    assert CONTACT_EMAIL not in public
    assert CONTACT_EMAIL not in client.get(f"/sociale-kaart/{organisation.slug}/").content.decode()


def test_form_class_never_offers_the_contact_person_as_a_starting_value(live_entry):
    form = OrganisationForm(organisation=live_entry)
    assert not form.initial.get("contact_email")
    assert not form.initial.get("contact_name")
