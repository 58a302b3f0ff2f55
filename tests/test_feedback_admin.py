"""Staff keep the register in the Wagtail admin: a filtered list of ideas, a
dashboard of overdue answers and clear messages when a rule is broken."""

import datetime

from django.utils import timezone

import pytest

from feedback.models import IdeaPage
from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, reason
from .helpers import idea_edit_form

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def register(home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    return IdeaIndexPageFactory(parent=neighbourhood)


@pytest.fixture
def late_and_fresh(register):
    late = IdeaPageFactory(
        parent=register, title="Lang wachten", received_on=TODAY - datetime.timedelta(days=60)
    )
    fresh = IdeaPageFactory(
        parent=register, title="Net binnen", received_on=TODAY - datetime.timedelta(days=2)
    )
    return late, fresh


def test_idea_listing_filters_overdue_ideas(admin_client, late_and_fresh):
    late, fresh = late_and_fresh
    response = admin_client.get("/admin/ideas/", {"overdue": "yes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert late.title in html
    assert fresh.title not in html


def test_idea_listing_filters_on_status_and_neighbourhood(admin_client, register, late_and_fresh):
    neighbourhood = register.get_parent()
    response = admin_client.get(
        "/admin/ideas/", {"status": "received", "neighbourhood": neighbourhood.pk}
    )
    assert response.status_code == 200
    assert "Lang wachten" in response.content.decode()


def test_dashboard_lists_overdue_ideas_oldest_first(admin_client, register, late_and_fresh):
    older = IdeaPageFactory(
        parent=register, title="Nog langer wachten", received_on=TODAY - datetime.timedelta(days=90)
    )
    html = admin_client.get("/admin/").content.decode()
    assert "wait too long for an answer" in html or "wachten te lang op een antwoord" in html
    assert html.index(older.title) < html.index("Lang wachten")
    assert "Net binnen" not in html


def test_editor_gets_a_clear_message_for_not_doing_without_reason(admin_client, late_and_fresh):
    late, _ = late_and_fresh
    response = admin_client.post(
        f"/admin/pages/{late.pk}/edit/",
        idea_edit_form(
            late,
            {"date": TODAY.isoformat(), "status": "not_doing", "message": "Dit doen we niet."},
        ),
    )
    assert response.status_code == 200  # the form comes back with errors
    html = response.content.decode()
    assert "residents must know why" in html or "inwoners moeten weten waarom" in html
    assert IdeaPage.objects.get(pk=late.pk).updates.count() == 0


def test_editor_can_close_an_idea_with_a_reason(admin_client, late_and_fresh):
    late, _ = late_and_fresh
    response = admin_client.post(
        f"/admin/pages/{late.pk}/edit/",
        idea_edit_form(
            late,
            {
                "date": TODAY.isoformat(),
                "status": "not_doing",
                "message": "Dit doen we niet.",
                "reason_code": reason().pk,
                "reason": "Er is geen geld.",
            },
        ),
    )
    assert response.status_code == 302
    late = IdeaPage.objects.get(pk=late.pk)
    assert late.status == "not_doing"
    assert late.answer_due_on is None
