"""The social map: organisations that help residents, on each neighbourhood page
and in an overview that residents search and filter; staff approve every entry.

The public form has its own module (``test_social_map_submission``); the
helpers here are shared with it.
"""

import io
import itertools

from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from wagtail.search import index

import pytest

from pages.models import NeighbourhoodPage, Theme
from socialmap import views
from socialmap.models import Organisation

from .factories import ThemeFactory

pytestmark = pytest.mark.django_db

OVERVIEW_URL = "/sociale-kaart/"
CONTACT_NAME = "Karin Verborgen"
CONTACT_EMAIL = "karin.verborgen@prive.example.nl"

_numbers = itertools.count(1)


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


def make_organisation(neighbourhoods, *, publish=True, themes=(), **fields):
    """An organisation as staff would have it: saved with a revision, published
    unless ``publish=False``, and in the search index."""
    number = next(_numbers)
    values = {
        "name": f"Organisatie {number}",
        "slug": f"organisatie-{number}",
        "summary": "Wij helpen bewoners met brieven en formulieren.",
        "address": "Lindelaan 1",
        "postcode": "3500 AA",
        "city": "Utrecht",
        "phone": "030-555 01 41",
        "email": f"info{number}@organisatie.example.org",
        "languages": ["nl"],
        "contact_name": CONTACT_NAME,
        "contact_email": CONTACT_EMAIL,
    }
    values.update(fields)
    organisation = Organisation(live=False, **values)
    organisation.neighbourhoods.set(neighbourhoods)
    organisation.themes.set(themes)
    organisation.save()
    revision = organisation.save_revision()
    if publish:
        revision.publish()
    return reindex(organisation)


def reindex(organisation):
    """Index as the background task would, from the database: the task does not
    run inside a test's transaction on every task backend."""
    fresh = Organisation.objects.get(pk=organisation.pk)
    index.insert_or_update_object(fresh)
    return fresh


def dutch_neighbourhood(slug):
    return NeighbourhoodPage.objects.get(slug=slug, locale__language_code="nl")


@pytest.fixture
def zuidwest(home):
    return dutch_neighbourhood("zuidwest")


@pytest.fixture
def overvecht(home):
    return dutch_neighbourhood("overvecht")


def listed(response):
    return [organisation.name for organisation in response.context["organisations"]]


def render_social_map_for(page, path="/"):
    request = RequestFactory().get(path)
    request.LANGUAGE_CODE = translation.get_language()
    return Template("{% load socialmap_tags %}{% social_map_for page %}").render(
        Context({"page": page, "request": request})
    )


# --- The overview -----------------------------------------------------------------


def test_overview_is_at_a_stable_dutch_address():
    assert reverse("socialmap_overview") == OVERVIEW_URL


def test_overview_works_in_another_language(client):
    response = client.get("/en/sociale-kaart/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


def test_overview_lists_live_organisations_by_name(client, zuidwest):
    make_organisation([zuidwest], name="Zonnebloem")
    make_organisation([zuidwest], name="avondschool")
    make_organisation([zuidwest], name="Draft nog niet goedgekeurd", publish=False)
    names = listed(client.get(OVERVIEW_URL))
    assert names == ["avondschool", "Zonnebloem"]


def test_filters_combine(client, zuidwest, overvecht):
    money = ThemeFactory(name="Geld", slug="geld")
    health = ThemeFactory(name="Gezondheid test", slug="gezondheid-test")
    make_organisation([zuidwest], name="Past overal", themes=[money], languages=["nl", "ar"])
    make_organisation([zuidwest], name="Ander thema", themes=[health], languages=["ar"])
    make_organisation([overvecht], name="Andere wijk", themes=[money], languages=["ar"])
    make_organisation([zuidwest], name="Andere taal", themes=[money], languages=["tr"])
    response = client.get(OVERVIEW_URL, {"wijk": "zuidwest", "thema": "geld", "taal": "ar"})
    assert listed(response) == ["Past overal"]


def test_each_filter_on_its_own_narrows_the_list(client, zuidwest, overvecht):
    make_organisation([zuidwest], name="In Zuidwest", languages=["ber"])
    make_organisation([overvecht], name="In Overvecht", languages=["so"])
    assert listed(client.get(OVERVIEW_URL, {"wijk": "overvecht"})) == ["In Overvecht"]
    assert listed(client.get(OVERVIEW_URL, {"taal": "ber"})) == ["In Zuidwest"]


def test_an_organisation_in_two_neighbourhoods_is_listed_once(client, zuidwest, overvecht):
    make_organisation([zuidwest, overvecht], name="Overal")
    assert listed(client.get(OVERVIEW_URL)) == ["Overal"]


def test_only_themes_that_organisations_have_are_offered(client, zuidwest):
    used = ThemeFactory(name="Gebruikt thema")
    unused = ThemeFactory(name="Leeg thema")
    make_organisation([zuidwest], themes=[used])
    options = client.get(OVERVIEW_URL).context["search"].options["thema"]
    labels = [option.label for option in options]
    assert used.name in labels
    assert unused.name not in labels


def test_unknown_filter_values_are_left_out_and_named(client, zuidwest):
    make_organisation([zuidwest], name="Blijft staan")
    response = client.get(OVERVIEW_URL, {"wijk": "atlantis", "taal": "xx"})
    assert listed(response) == ["Blijft staan"]
    html = response.content.decode()
    assert "atlantis" in html and "xx" in html
    assert 'role="status"' in html


def test_search_finds_an_organisation_by_its_name(client, zuidwest):
    make_organisation([zuidwest], name="Stichting Kleurrijk")
    make_organisation([zuidwest], name="Iets anders")
    assert listed(client.get(OVERVIEW_URL, {"q": "Kleurrijk"})) == ["Stichting Kleurrijk"]


def test_search_finds_an_organisation_by_what_it_does(client, zuidwest):
    make_organisation([zuidwest], name="Hulp", summary="Wij repareren fietsen voor kinderen.")
    make_organisation([zuidwest], name="Anders", summary="Wij geven taalles.")
    assert listed(client.get(OVERVIEW_URL, {"q": "fietsen"})) == ["Hulp"]


def test_search_and_filters_combine(client, zuidwest, overvecht):
    make_organisation([zuidwest], name="Fietsen Zuidwest", summary="Wij repareren fietsen.")
    make_organisation([overvecht], name="Fietsen Overvecht", summary="Wij repareren fietsen.")
    response = client.get(OVERVIEW_URL, {"q": "fietsen", "wijk": "overvecht"})
    assert listed(response) == ["Fietsen Overvecht"]


def test_search_ignores_control_characters(client, zuidwest):
    make_organisation([zuidwest], name="Stichting Kleurrijk")
    response = client.get(OVERVIEW_URL, {"q": "Kleur\x00rijk"})
    assert response.status_code == 200
    assert response.context["search"].query == "Kleurrijk"


def test_no_results_say_so_and_offer_a_way_back(client, zuidwest):
    make_organisation([zuidwest])
    response = client.get(OVERVIEW_URL, {"q": "bestaatnietwoord"})
    html = response.content.decode()
    assert listed(response) == []
    assert 'class="empty-state"' in html
    assert f'href="{OVERVIEW_URL}"' in html


def test_overview_is_paginated(client, zuidwest, monkeypatch):
    monkeypatch.setattr(views, "ORGANISATIONS_PER_PAGE", 2)
    for name in ("A", "B", "C"):
        make_organisation([zuidwest], name=f"{name} organisatie")
    first = client.get(OVERVIEW_URL)
    assert listed(first) == ["A organisatie", "B organisatie"]
    assert 'rel="next"' in first.content.decode()
    assert listed(client.get(OVERVIEW_URL, {"pagina": 2})) == ["C organisatie"]


def test_overview_filter_is_a_plain_form_that_needs_no_javascript(client):
    page = client.get(OVERVIEW_URL).content.decode()
    assert '<form class="social-map-filter" method="get"' in page
    assert '<button type="submit">' in page
    assert "<script" not in page


def count_queries(client, url, params=None):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "params", [{}, {"wijk": "zuidwest", "thema": "geld", "taal": "ar"}, {"q": "brieven"}]
)
def test_overview_needs_as_many_queries_for_50_organisations_as_for_5(
    client, zuidwest, overvecht, params
):
    money = ThemeFactory(name="Geld", slug="geld")
    for _ in range(5):
        make_organisation([zuidwest, overvecht], themes=[money], languages=["nl", "ar"])
    count_queries(client, OVERVIEW_URL, params)  # warm the per-process caches
    with_five = count_queries(client, OVERVIEW_URL, params)
    for _ in range(45):
        make_organisation([zuidwest, overvecht], themes=[money], languages=["nl", "ar"])
    assert count_queries(client, OVERVIEW_URL, params) == with_five


# --- One organisation --------------------------------------------------------------


def test_detail_page_shows_every_public_field(client, zuidwest):
    theme = ThemeFactory(name="Geld en schulden", slug="geld-en-schulden")
    organisation = make_organisation(
        [zuidwest],
        name="Stichting Kleurrijk",
        summary="Wij helpen met brieven.",
        address="Briandlaan 12",
        postcode="3527 HE",
        city="Utrecht",
        opening_hours="Dinsdag van 9.00 tot 12.00 uur",
        phone="030-555 01 41",
        email="info@kleurrijk.example.org",
        website="https://kleurrijk.example.org",
        languages=["nl", "ti"],
        themes=[theme],
    )
    response = client.get(f"/sociale-kaart/{organisation.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Stichting Kleurrijk</h1>" in html
    assert "Wij helpen met brieven." in html
    assert "Briandlaan 12, 3527 HE Utrecht" in html
    assert "Dinsdag van 9.00 tot 12.00 uur" in html
    assert 'href="tel:0305550141"' in html
    assert 'href="mailto:info@kleurrijk.example.org"' in html
    assert 'href="https://kleurrijk.example.org"' in html
    assert "Tigrinya" in html or escape(translation.gettext("Tigrinya")) in html
    assert "thema=geld-en-schulden" in html
    assert f'href="{zuidwest.url}"' in html


def test_detail_page_of_a_draft_or_unknown_organisation_is_not_found(client, zuidwest):
    draft = make_organisation([zuidwest], publish=False)
    assert client.get(f"/sociale-kaart/{draft.slug}/").status_code == 404
    assert client.get("/sociale-kaart/bestaat-niet/").status_code == 404


def test_organisation_texts_are_marked_as_dutch_in_another_language(client, zuidwest):
    organisation = make_organisation([zuidwest])
    html = client.get(f"/en/sociale-kaart/{organisation.slug}/").content.decode()
    assert '<html lang="en"' in html
    assert 'class="lead" lang="nl" dir="ltr"' in html


def test_html_in_an_entry_is_shown_as_text(client, zuidwest):
    organisation = make_organisation([zuidwest], summary="<script>alert('x')</script> Hulp.")
    html = client.get(f"/sociale-kaart/{organisation.slug}/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


# --- On the neighbourhood page ------------------------------------------------------


def test_neighbourhood_include_shows_its_live_organisations(zuidwest, overvecht):
    make_organisation([zuidwest], name="Hier in Zuidwest")
    make_organisation([overvecht], name="Ergens anders")
    make_organisation([zuidwest], name="Nog niet goedgekeurd", publish=False)
    html = render_social_map_for(zuidwest)
    assert "Hier in Zuidwest" in html
    assert "Ergens anders" not in html
    assert "Nog niet goedgekeurd" not in html
    assert f'href="{OVERVIEW_URL}?wijk=zuidwest"' in html


def test_neighbourhood_include_links_to_the_form_with_the_neighbourhood_chosen(zuidwest):
    html = render_social_map_for(zuidwest)
    assert 'href="/sociale-kaart/aanmelden/?wijk=zuidwest"' in html


def test_translated_neighbourhood_page_shows_the_organisations_of_its_dutch_original(
    zuidwest, locale_en
):
    make_organisation([zuidwest], name="Ook in het Engels")
    english = zuidwest.get_translation(locale_en)
    with translation.override("en"):
        html = render_social_map_for(english, "/en/")
    assert "Ook in het Engels" in html
    assert "/en/sociale-kaart/?wijk=zuidwest" in html


def test_neighbourhood_include_shows_a_few_and_links_to_all(zuidwest):
    for number in range(8):
        make_organisation([zuidwest], name=f"Organisatie {number:02d}")
    html = render_social_map_for(zuidwest)
    assert html.count('class="person"') == 6
    assert "8" in html.split("?wijk=zuidwest")[1].split("</a>")[0]


def test_neighbourhood_include_needs_at_most_two_queries_however_many_organisations(zuidwest):
    render_social_map_for(zuidwest)  # warm the per-process caches
    for count in (2, 20):
        while Organisation.objects.count() < count:
            make_organisation([zuidwest])
        with CaptureQueriesContext(connection) as queries:
            render_social_map_for(zuidwest)
        assert len(queries) <= 2, count


# --- Personal data ---------------------------------------------------------------------


def test_contact_person_never_appears_on_a_public_page(client, zuidwest):
    organisation = make_organisation([zuidwest], name="Stichting Kleurrijk")
    pages = [
        OVERVIEW_URL,
        f"{OVERVIEW_URL}?q=Kleurrijk",
        f"{OVERVIEW_URL}?wijk=zuidwest",
        f"/sociale-kaart/{organisation.slug}/",
        f"/sociale-kaart/{organisation.slug}/wijzigen/",
        f"/en/sociale-kaart/{organisation.slug}/",
        "/sociale-kaart/aanmelden/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert CONTACT_EMAIL not in html, url
        assert CONTACT_NAME not in html, url
    include = render_social_map_for(zuidwest)
    assert CONTACT_EMAIL not in include and CONTACT_NAME not in include


def test_contact_person_is_not_in_the_search_index(zuidwest):
    make_organisation([zuidwest], name="Stichting Kleurrijk")
    assert not Organisation.objects.live().search("Verborgen").results()
    assert not Organisation.objects.search(CONTACT_EMAIL).results()


# --- Staff -------------------------------------------------------------------------------


def admin_list_url():
    return reverse(Organisation.snippet_viewset.get_url_name("list"))


def test_staff_filter_the_listing_on_entries_awaiting_approval(admin_client, zuidwest):
    make_organisation([zuidwest], name="Al goedgekeurd")
    make_organisation([zuidwest], name="Wacht op goedkeuring", publish=False)
    response = admin_client.get(admin_list_url(), {"status": "awaiting"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wacht op goedkeuring" in html
    assert "Al goedgekeurd" not in html


def test_staff_can_open_and_preview_an_entry(admin_client, zuidwest):
    organisation = make_organisation([zuidwest], publish=False, name="Nieuwe club")
    viewset = Organisation.snippet_viewset
    edit = admin_client.get(reverse(viewset.get_url_name("edit"), args=[organisation.pk]))
    assert edit.status_code == 200
    assert CONTACT_EMAIL in edit.content.decode()  # staff do see the contact person
    revision = organisation.get_latest_revision()
    preview = admin_client.get(
        reverse(viewset.get_url_name("revisions_view"), args=[organisation.pk, revision.pk])
    )
    assert preview.status_code == 200
    assert "Nieuwe club" in preview.content.decode()
    assert CONTACT_EMAIL not in preview.content.decode()


def admin_form(organisation, **overrides):
    data = {
        "name": organisation.name,
        "slug": organisation.slug,
        "summary": organisation.summary,
        "address": organisation.address,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "opening_hours": organisation.opening_hours,
        "phone": organisation.phone,
        "email": organisation.email,
        "website": organisation.website,
        "languages": organisation.languages,
        "neighbourhoods": [page.pk for page in organisation.neighbourhoods.all()],
        "contact_name": organisation.contact_name,
        "contact_email": organisation.contact_email,
    }
    data.update(overrides)
    return data


def test_a_draft_saved_in_the_admin_leaves_the_live_entry_until_published(
    admin_client, client, zuidwest, overvecht
):
    organisation = make_organisation([zuidwest], name="Stichting Kleurrijk")
    edit_url = reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[organisation.pk])
    changed = admin_form(organisation, summary="Nieuwe tekst.", neighbourhoods=[overvecht.pk])
    assert admin_client.post(edit_url, changed).status_code == 302
    live = Organisation.objects.get(pk=organisation.pk)
    assert live.live and live.has_unpublished_changes
    assert list(live.neighbourhoods.all()) == [zuidwest]
    assert "Nieuwe tekst." not in client.get(f"/sociale-kaart/{live.slug}/").content.decode()
    assert admin_client.post(edit_url, {**changed, "action-publish": "publish"}).status_code == 302
    published = Organisation.objects.get(pk=organisation.pk)
    assert list(published.neighbourhoods.all()) == [overvecht]
    assert "Nieuwe tekst." in client.get(f"/sociale-kaart/{live.slug}/").content.decode()


def test_the_admin_refuses_a_reserved_address(admin_client, zuidwest):
    organisation = make_organisation([zuidwest])
    edit_url = reverse(Organisation.snippet_viewset.get_url_name("edit"), args=[organisation.pk])
    response = admin_client.post(edit_url, admin_form(organisation, slug="aanmelden"))
    assert response.status_code == 200
    assert Organisation.objects.get(pk=organisation.pk).slug != "aanmelden"


def test_export_of_the_listing_leaves_out_the_contact_person(admin_client, zuidwest):
    make_organisation([zuidwest], name="Stichting Kleurrijk")
    response = admin_client.get(admin_list_url(), {"export": "csv"})
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    assert response.status_code == 200
    assert "Stichting Kleurrijk" in content
    assert CONTACT_EMAIL not in content
    assert CONTACT_NAME not in content


def test_dashboard_shows_how_many_entries_wait(admin_client, zuidwest):
    make_organisation([zuidwest], publish=False)
    html = admin_client.get("/admin/").content.decode()
    assert "socialmap-awaiting-heading" in html
    assert "?status=awaiting" in html


# --- Demo content ---------------------------------------------------------------------------


def test_demo_organisations_load_once_across_the_three_neighbourhoods():
    call_command("load_socialmap_demo", stdout=io.StringIO())
    count = Organisation.objects.count()
    call_command("load_socialmap_demo", stdout=io.StringIO())
    assert Organisation.objects.count() == count >= 10
    slugs = set(
        NeighbourhoodPage.objects.filter(organisations__live=True).values_list("slug", flat=True)
    )
    assert slugs == {"zuidwest", "overvecht", "noordwest"}
    assert Theme.objects.filter(organisations__isnull=False).exists()


def test_demo_has_an_entry_and_a_change_awaiting_approval(client):
    call_command("load_socialmap_demo", stdout=io.StringIO())
    waiting = Organisation.objects.get(slug="oekraiense-ontmoetingsplek-nadiya")
    assert not waiting.live
    food_bank = Organisation.objects.get(slug="voedselbank-overvecht")
    assert food_bank.live and food_bank.has_unpublished_changes
    assert "13.00" in food_bank.opening_hours
    assert "12.00 tot 14.00" in food_bank.get_latest_revision_as_object().opening_hours
    html = client.get(OVERVIEW_URL).content.decode()
    assert "Voedselbank" in html
    assert "Nadiya" not in html
