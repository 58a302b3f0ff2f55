"""Editors see plain-language findings in the Wagtail admin: in a panel while they
write, and as a warning when they save. Staff manage the list of words to avoid."""

from django.contrib.messages import get_messages
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import (
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from feedback.models import IdeaPage
from pages.models import NeighbourhoodPage, NeighbourhoodUpdatePage, ToolkitChapterPage
from plainlanguage.models import AvoidWord
from plainlanguage.panels import PlainLanguagePanel
from plainlanguage.report import report_for

from .helpers import idea_edit_form

pytestmark = pytest.mark.django_db

PLAIN = "De containers worden niet meer zo vol. We kijken over een maand opnieuw."


@pytest.fixture
def update(neighbourhood):
    return NeighbourhoodUpdatePage.objects.child_of(neighbourhood).first()


def update_form(page, summary, text="<p>We legen de containers vaker.</p>", **extra):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "summary": summary,
            "image": "",
            "body": streamfield([("text", {"heading": "", "text": rich_text(text)})]),
            **extra,
        }
    )


def warnings(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def rendered_panel(page, user, data=None):
    """The panel as the page editor renders it, for the page's latest revision."""
    model = type(page)
    form_class = model.get_edit_handler().get_form_class()
    form = form_class(data, instance=page, parent_page=page.get_parent().specific, for_user=user)
    if data is not None:
        form.is_valid()
    request = RequestFactory().get("/admin/")
    request.user = user
    panel = PlainLanguagePanel().bind_to_model(model)
    bound = panel.get_bound_panel(instance=page, form=form, request=request)
    return bound.render_html() if bound.is_shown() else ""


# -- on save ---------------------------------------------------------------------------


def test_publishing_an_update_with_a_word_to_avoid_warns_but_still_publishes(admin_client, update):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[update.pk]),
        update_form(update, "We willen jullie ideeën ophalen.", **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    [warning] = warnings(response)
    assert "ophalen" in warning
    assert "vragen, verzamelen" in warning
    update.refresh_from_db()
    assert update.live
    assert update.summary == "We willen jullie ideeën ophalen."


def test_saving_a_draft_with_officialese_warns(admin_client, update):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[update.pk]),
        update_form(update, "Indien je vragen hebt, bel ons."),
    )
    assert response.status_code == 302
    [warning] = warnings(response)
    assert "Indien" in warning


def test_saving_plain_text_gives_no_warning(admin_client, update):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[update.pk]),
        update_form(update, PLAIN, **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    assert warnings(response) == []


def test_autosave_in_the_background_leaves_no_message(admin_client, update):
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[update.pk]),
        update_form(update, "We willen jullie ideeën ophalen."),
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["success"]
    assert warnings(response) == []


def test_creating_a_page_with_a_long_sentence_warns(admin_client, neighbourhood):
    page = NeighbourhoodUpdatePage(title="Nieuw", slug="nieuw-bericht")
    long_sentence = " ".join(["Bewoners"] + ["praten"] * 24) + "."
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["pages", "neighbourhoodupdatepage", neighbourhood.pk],
        ),
        update_form(page, long_sentence, **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    created = NeighbourhoodUpdatePage.objects.get(slug="nieuw-bericht")
    assert created.live
    [warning] = warnings(response)
    assert "1 long sentence" in warning or "1 lange zin" in warning


def test_feedback_update_rows_are_checked_on_save(admin_client, register):
    idea = IdeaPage.objects.child_of(register).first()
    data = idea_edit_form(
        idea,
        {
            "date": idea.received_on.isoformat(),
            "status": "under_review",
            "message": "We hebben thans geen antwoord.",
        },
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[idea.pk]), data)
    assert response.status_code == 302
    [warning] = warnings(response)
    assert "thans" in warning


# -- in the editor ---------------------------------------------------------------------


def test_panel_lists_the_findings_of_the_latest_revision(update, admin_user):
    update.summary = "We willen jullie ideeën ophalen."
    update.save_revision()
    html = rendered_panel(update.get_latest_revision_as_object(), admin_user)
    assert "ophalen" in html
    assert "vragen, verzamelen" in html
    assert reverse("plainlanguage_check_page", args=[update.pk]) in html


def test_panel_lists_findings_in_feedback_updates_as_typed(register, admin_user):
    idea = IdeaPage.objects.child_of(register).first()
    data = idea_edit_form(
        idea,
        {
            "date": idea.received_on.isoformat(),
            "status": "not_doing",
            "message": "Dit doen we niet.",
            "reason": "Er is reeds een speeltuin in de buurt.",
        },
    )
    html = rendered_panel(idea, admin_user, data)
    assert "reeds" in html
    assert "Er is reeds" not in idea.summary


def test_panel_of_plain_text_says_so(update, admin_user):
    update.summary = PLAIN
    html = rendered_panel(update, admin_user)
    assert 'data-finding="' not in html


def test_panel_is_hidden_on_translations(admin_user):
    english = NeighbourhoodPage.objects.filter(
        locale=Locale.objects.get(language_code="en")
    ).first()
    assert rendered_panel(english, admin_user) == ""


def test_panel_refuses_a_model_without_resident_texts():
    with pytest.raises(ImproperlyConfigured):
        PlainLanguagePanel().bind_to_model(ToolkitChapterPage)


def test_recheck_endpoint_checks_the_posted_form_without_saving(admin_client, update):
    revisions = update.revisions.count()
    response = admin_client.post(
        reverse("plainlanguage_check_page", args=[update.pk]),
        update_form(update, "Thans is het beter.", "<p>We verstrekken zakken.</p>"),
        HTTP_ACCEPT="application/json",
    )
    report = response.json()
    assert report["count"] == 2
    assert [f["text"] for text in report["texts"] for f in text["findings"]] == [
        "Thans",
        "verstrekken",
    ]
    assert "verstrekken" in report["html"]
    update.refresh_from_db()
    assert update.revisions.count() == revisions
    assert "Thans" not in update.summary


def test_recheck_endpoint_works_for_a_page_not_yet_created(admin_client, neighbourhood):
    page = NeighbourhoodUpdatePage(title="Nieuw", slug="")
    response = admin_client.post(
        reverse(
            "plainlanguage_check_new_page",
            args=["pages", "neighbourhoodupdatepage", neighbourhood.pk],
        ),
        update_form(page, "We gaan de ideeën ophalen."),
    )
    assert response.json()["count"] == 1


def test_recheck_endpoint_is_for_editors_only(client, update):
    response = client.post(
        reverse("plainlanguage_check_page", args=[update.pk]), update_form(update, PLAIN)
    )
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_wagtail_checks_panel_is_still_in_the_editor(admin_client, update):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[update.pk])).content.decode()
    assert 'data-side-panel="checks"' in html


# -- the list of words to avoid ----------------------------------------------------------


def test_staff_add_a_word_to_avoid_and_it_is_flagged_next_time(admin_client, update):
    update.summary = "De bijeenkomst is laagdrempelig."
    assert report_for(update).count == 0
    response = admin_client.post(
        reverse("wagtailsnippets_plainlanguage_avoidword:add"),
        {"word": " Laagdrempelig ", "alternative": "voor iedereen, makkelijk", "active": "on"},
    )
    assert response.status_code == 302
    assert AvoidWord.objects.get(word="laagdrempelig").alternative == "voor iedereen, makkelijk"
    [finding] = report_for(update).findings
    assert finding.text == "laagdrempelig"
    assert finding.suggestion == "voor iedereen, makkelijk"


def test_a_word_taken_out_of_use_is_no_longer_flagged(update):
    update.summary = "Het plan is reeds klaar."
    assert report_for(update).count == 1
    AvoidWord.objects.filter(word="reeds").update(active=False)
    assert report_for(update).count == 0


def test_seeded_list_has_the_words_from_the_toolkit_and_common_officialese():
    words = set(AvoidWord.objects.values_list("word", flat=True))
    assert len(words) >= 30
    assert {"ophalen", "positieve gezondheid", "teneinde", "middels", "dienen ... te"} <= words


def test_words_to_avoid_are_listed_in_the_admin(admin_client):
    response = admin_client.get(reverse("wagtailsnippets_plainlanguage_avoidword:list"))
    html = response.content.decode()
    assert "positieve gezondheid" in html
    assert "vragen, verzamelen" in html
