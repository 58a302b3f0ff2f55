"""Staff roles through the admin's own HTTP endpoints, route by route.

Wagtail answers "no permission" either with 403 or by sending the user back
to the dashboard with an error; ``refused`` accepts both. Every refusal also
checks that nothing was stored.

Roles: Wijkteam (X = Zuidwest, Y = Overvecht), Communicatie, Moderatoren,
Beheerders.
"""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from feedback import submission
from feedback.models import AnswerVote, FeedbackUpdate, IdeaPage
from feedback.queries import register_of
from pages.models import (
    EventPage,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
)
from roles.models import FeedbackReviewSettings
from roles.sync import BEHEERDERS, COMMUNICATIE, MODERATOREN
from socialmap.models import Organisation

from .factories import (
    EventPageFactory,
    IdeaPageFactory,
    NeighbourhoodPageFactory,
    ThemeFactory,
    reason,
)
from .helpers import idea_edit_form

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


# --- People and content -----------------------------------------------------------


def dutch_neighbourhood(slug):
    return NeighbourhoodPage.objects.get(locale__language_code="nl", slug=slug)


@pytest.fixture
def zuidwest(home):
    return dutch_neighbourhood("zuidwest")


@pytest.fixture
def overvecht(home):
    return dutch_neighbourhood("overvecht")


@pytest.fixture
def login(client, django_user_model):
    """Log in a new staff member of the given groups."""

    def make(*group_names):
        user = django_user_model.objects.create_user(
            username=f"medewerker{django_user_model.objects.count()}", password="x"
        )
        groups = Group.objects.filter(name__in=group_names)
        assert groups.count() == len(group_names), group_names
        user.groups.set(groups)
        client.force_login(user)
        return user

    return make


def team_of(neighbourhood):
    return f"Wijkteam {neighbourhood.title}"


@pytest.fixture
def idea_in():
    def make(neighbourhood, **kwargs):
        idea = IdeaPageFactory(parent=register_of(neighbourhood), **kwargs)
        idea.save_revision().publish()
        return IdeaPage.objects.get(pk=idea.pk)

    return make


@pytest.fixture
def update_in():
    def make(neighbourhood):
        page = NeighbourhoodUpdatePage(
            title="Nieuws uit de wijk",
            summary="Kort nieuws.",
            body=[],
        )
        neighbourhood.add_child(instance=page)
        page.save_revision().publish()
        return NeighbourhoodUpdatePage.objects.get(pk=page.pk)

    return make


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def update_form(title, action="action-publish"):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "date": TODAY.isoformat(),
            "summary": "Kort nieuws voor de wijk.",
            "image": "",
            "body": streamfield(
                [("text", {"heading": "", "text": rich_text("<p>Wat er gebeurde.</p>")})]
            ),
            action: "1",
        }
    )


def event_form(title):
    start = (timezone.now() + datetime.timedelta(days=7)).replace(microsecond=0, second=0)
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "event_type": "meeting",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "location_name": "Buurthuis De Linde",
            "address": "Lindelaan 1, Utrecht",
            "food_and_drink": "",
            "payment": "none",
            "payment_details": "",
            "languages": ["nl"],
            "description": rich_text("<p>Kom praten over de wijk.</p>"),
            "action-publish": "1",
        }
    )


DONE = {"date": TODAY.isoformat(), "status": "done", "message": "De bankjes staan er."}


def not_doing():
    return {
        "date": TODAY.isoformat(),
        "status": "not_doing",
        "message": "Dit doen we niet.",
        "reason_code": reason().pk,
        "reason": "Er is geen geld voor.",
    }


def bulk(client, action, *pages):
    url = f"/admin/bulk/wagtailcore/page/{action}/?" + "&".join(f"id={p.pk}" for p in pages)
    return client.post(url, {"next": "/admin/"})


def draft_title(page, title):
    """Store a draft with another title, as an editor would."""
    page = page.specific
    page.title = title
    page.save_revision()


# --- Wijkteam: everything under its own neighbourhood, nothing elsewhere --------------


def test_team_cannot_open_the_editor_of_a_page_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    assert refused(client.get(f"/admin/pages/{page.pk}/edit/"))


def test_team_cannot_view_the_draft_of_a_page_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    draft_title(page, "Geheim concept")
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert refused(response)
    assert "Geheim concept" not in response.content.decode()


def test_team_cannot_see_revisions_of_a_page_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    draft_title(page, "Geheim concept")
    revision = page.get_latest_revision()
    assert refused(client.get(f"/admin/pages/{page.pk}/history/"))
    response = client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    assert refused(response)
    assert "Geheim concept" not in response.content.decode()


def test_team_cannot_publish_a_page_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    response = client.post(f"/admin/pages/{page.pk}/edit/", update_form("Overgenomen"))
    assert refused(response)
    assert Page.objects.get(pk=page.pk).title == "Nieuws uit de wijk"


def test_team_cannot_bulk_publish_a_draft_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    draft_title(page, "Overgenomen")
    bulk(client, "publish", page)
    assert Page.objects.get(pk=page.pk).title == "Nieuws uit de wijk"


def test_team_cannot_move_a_page_out_of_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    assert refused(client.get(f"/admin/pages/{page.pk}/move/"))
    response = client.post(f"/admin/pages/{page.pk}/move/{zuidwest.pk}/confirm/")
    assert refused(response)
    assert Page.objects.get(pk=page.pk).get_parent().pk == overvecht.pk


def test_team_cannot_delete_a_page_in_another_neighbourhood(
    client, login, zuidwest, overvecht, update_in
):
    login(team_of(zuidwest))
    page = update_in(overvecht)
    assert refused(client.post(f"/admin/pages/{page.pk}/delete/"))
    bulk(client, "delete", page)
    assert Page.objects.filter(pk=page.pk).exists()


def test_team_cannot_change_feedback_in_another_neighbourhood(
    client, login, zuidwest, overvecht, idea_in
):
    login(team_of(zuidwest))
    idea = idea_in(overvecht)
    assert refused(client.get(f"/admin/pages/{idea.pk}/edit/"))
    assert refused(client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, DONE)))
    assert refused(client.post(f"/admin/pages/{idea.pk}/delete/"))
    assert refused(client.post(f"/admin/pages/{idea.pk}/copy/", {"new_title": "Kopie"}))
    assert IdeaPage.objects.get(pk=idea.pk).updates.count() == 0


def test_team_cannot_record_meeting_ideas_for_another_neighbourhood(
    client, login, zuidwest, overvecht
):
    login(team_of(zuidwest))
    other_register = register_of(overvecht)
    before = IdeaPage.objects.count()
    response = client.post(
        "/admin/ideeen-invoeren/",
        {
            "register": other_register.pk,
            "received_on": TODAY.isoformat(),
            "source": "meeting",
            "ideas-TOTAL_FORMS": "1",
            "ideas-INITIAL_FORMS": "0",
            "ideas-0-summary": "Meer groen.",
            "ideas-0-theme": ThemeFactory().pk,
        },
    )
    assert response.status_code == 200  # the form comes back: not a register to choose
    assert IdeaPage.objects.count() == before


def test_team_can_edit_and_publish_feedback_in_its_own_neighbourhood(
    client, login, zuidwest, idea_in
):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    assert client.get(f"/admin/pages/{idea.pk}/edit/").status_code == 200
    response = client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing()))
    assert response.status_code == 302
    idea = IdeaPage.objects.get(pk=idea.pk)
    assert idea.live and idea.status == "not_doing"
    assert not idea.has_unpublished_changes


def test_team_can_create_and_publish_a_page_in_its_own_neighbourhood(client, login, zuidwest):
    login(team_of(zuidwest))
    response = client.post(
        f"/admin/pages/add/pages/neighbourhoodupdatepage/{zuidwest.pk}/",
        update_form("Nieuws van het wijkteam"),
    )
    assert response.status_code == 302
    assert NeighbourhoodUpdatePage.objects.get(title="Nieuws van het wijkteam").live


@pytest.mark.parametrize("language", ["en", "ar"])
def test_team_can_edit_and_publish_translations_of_its_ideas(
    client, login, zuidwest, language, django_capture_on_commit_callbacks
):
    login(team_of(zuidwest))
    locale = Locale.objects.get(language_code=language)
    translated = IdeaPage.objects.filter(
        locale=locale, path__startswith=zuidwest.get_translation(locale).path
    ).first()
    assert translated is not None
    assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
    revisions = translated.revisions.count()
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"})
    assert not refused(response)
    translated = IdeaPage.objects.get(pk=translated.pk)
    assert translated.revisions.count() == revisions + 1
    assert translated.live_revision_id == translated.latest_revision_id


@pytest.mark.parametrize("language", ["en", "ar"])
def test_team_cannot_open_translations_of_ideas_of_another_neighbourhood(
    client, login, overvecht, zuidwest, language
):
    login(team_of(overvecht))
    translated = IdeaPage.objects.filter(locale__language_code=language).first()
    assert translated.path.startswith(zuidwest.get_translation(translated.locale).path)
    assert refused(client.get(f"/admin/pages/{translated.pk}/edit/"))
    assert refused(client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"}))


def test_team_sees_only_its_own_ideas_in_the_ideas_listing(
    client, login, zuidwest, overvecht, idea_in
):
    login(team_of(zuidwest))
    own = idea_in(zuidwest, title="Eigen idee van Zuidwest")
    other = idea_in(overvecht, title="Idee uit Overvecht")
    html = client.get("/admin/ideas/").content.decode()
    assert own.title in html
    assert other.title not in html


def test_dashboard_shows_a_team_only_its_own_overdue_ideas(
    client, login, zuidwest, overvecht, idea_in
):
    login(team_of(zuidwest))
    long_ago = TODAY - datetime.timedelta(days=200)
    own = idea_in(zuidwest, title="Wacht al lang in Zuidwest", received_on=long_ago)
    other = idea_in(overvecht, title="Wacht al lang in Overvecht", received_on=long_ago)
    html = client.get("/admin/").content.decode()
    assert own.title in html
    assert other.title not in html


# --- Communicatie: news and meetings everywhere, never feedback ------------------


@pytest.mark.parametrize("slug", ["zuidwest", "overvecht", "noordwest"])
def test_communications_can_create_and_publish_news_in_every_neighbourhood(
    client, login, home, slug
):
    login(COMMUNICATIE)
    neighbourhood = dutch_neighbourhood(slug)
    response = client.post(
        f"/admin/pages/add/pages/neighbourhoodupdatepage/{neighbourhood.pk}/",
        update_form(f"Nieuws voor {slug}"),
    )
    assert response.status_code == 302
    page = NeighbourhoodUpdatePage.objects.get(title=f"Nieuws voor {slug}")
    assert page.live and page.get_parent().pk == neighbourhood.pk


def test_communications_can_create_and_publish_a_meeting(client, login, overvecht):
    login(COMMUNICATIE)
    response = client.post(
        f"/admin/pages/add/pages/eventpage/{overvecht.pk}/", event_form("Wijkavond Overvecht")
    )
    assert response.status_code == 302
    assert EventPage.objects.get(title="Wijkavond Overvecht").live


def test_communications_can_edit_and_publish_an_existing_meeting(client, login, zuidwest):
    login(COMMUNICATIE)
    event = EventPageFactory(parent=zuidwest)
    response = client.post(f"/admin/pages/{event.pk}/edit/", event_form("Nieuwe naam"))
    assert response.status_code == 302
    assert EventPage.objects.get(pk=event.pk).title == "Nieuwe naam"


def test_communications_cannot_open_or_publish_an_idea(client, login, zuidwest, idea_in):
    login(COMMUNICATIE)
    idea = idea_in(zuidwest)
    assert refused(client.get(f"/admin/pages/{idea.pk}/edit/"))
    assert refused(client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, DONE)))
    assert refused(
        client.post(
            f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, DONE, action="action-submit")
        )
    )
    idea = IdeaPage.objects.get(pk=idea.pk)
    assert idea.updates.count() == 0 and not idea.has_unpublished_changes


def test_communications_cannot_view_an_idea_draft_or_its_revisions(
    client, login, zuidwest, idea_in
):
    idea = idea_in(zuidwest)
    draft_title(idea, "Concept antwoord")
    revision = idea.get_latest_revision()
    login(COMMUNICATIE)
    assert refused(client.get(f"/admin/pages/{idea.pk}/view_draft/"))
    assert refused(client.get(f"/admin/pages/{idea.pk}/history/"))
    assert refused(client.get(f"/admin/pages/{idea.pk}/revisions/{revision.pk}/view/"))
    assert refused(client.post(f"/admin/pages/{idea.pk}/revisions/{revision.pk}/revert/"))
    assert IdeaPage.objects.get(pk=idea.pk).title != "Concept antwoord"


def test_communications_cannot_delete_move_or_copy_an_idea(
    client, login, zuidwest, overvecht, idea_in
):
    login(COMMUNICATIE)
    idea = idea_in(zuidwest)
    assert refused(client.post(f"/admin/pages/{idea.pk}/delete/"))
    assert refused(client.get(f"/admin/pages/{idea.pk}/move/"))
    other_register = register_of(overvecht)
    assert refused(client.post(f"/admin/pages/{idea.pk}/move/{other_register.pk}/confirm/"))
    copies = IdeaPage.objects.count()
    assert refused(
        client.post(
            f"/admin/pages/{idea.pk}/copy/",
            {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": idea.get_parent().pk},
        )
    )
    assert IdeaPage.objects.get(pk=idea.pk).get_parent().pk == register_of(zuidwest).pk
    assert IdeaPage.objects.count() == copies


def test_communications_bulk_actions_leave_ideas_alone(client, login, zuidwest, idea_in):
    idea = idea_in(zuidwest)
    draft_title(idea, "Concept antwoord")
    login(COMMUNICATIE)
    bulk(client, "publish", idea)
    bulk(client, "unpublish", idea)
    bulk(client, "delete", idea)
    idea = IdeaPage.objects.get(pk=idea.pk)
    assert idea.live and idea.title != "Concept antwoord"


def test_communications_cannot_edit_the_register_or_add_ideas_to_it(client, login, zuidwest):
    login(COMMUNICATIE)
    register = register_of(zuidwest)
    assert refused(client.get(f"/admin/pages/{register.pk}/edit/"))
    before = IdeaPage.objects.count()
    url = f"/admin/pages/add/feedback/ideapage/{register.pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"title": "Nieuw idee", "action-publish": "1"}))
    assert IdeaPage.objects.count() == before


def test_communications_cannot_start_a_register_in_a_new_neighbourhood(client, login, home):
    index = NeighbourhoodIndexPage.objects.get(locale=home.locale)
    neighbourhood = NeighbourhoodPageFactory(parent=index)
    login(COMMUNICATIE)
    url = f"/admin/pages/add/feedback/ideaindexpage/{neighbourhood.pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"title": "Ideeën", "slug": "ideeen", "action-publish": "1"}))
    assert not neighbourhood.get_children().exists()


def test_communications_cannot_record_meeting_ideas(client, login, zuidwest):
    login(COMMUNICATIE)
    before = IdeaPage.objects.count()
    assert refused(client.get("/admin/ideeen-invoeren/"))
    response = client.post(
        "/admin/ideeen-invoeren/",
        {
            "register": register_of(zuidwest).pk,
            "received_on": TODAY.isoformat(),
            "source": "meeting",
            "ideas-TOTAL_FORMS": "1",
            "ideas-INITIAL_FORMS": "0",
            "ideas-0-summary": "Meer groen.",
            "ideas-0-theme": ThemeFactory().pk,
        },
    )
    assert refused(response)
    assert IdeaPage.objects.count() == before


def test_communications_has_no_ideas_listing_nor_overdue_panel(client, login, zuidwest, idea_in):
    idea_in(zuidwest, title="Wacht al heel lang", received_on=TODAY - datetime.timedelta(days=200))
    login(COMMUNICATIE)
    assert refused(client.get("/admin/ideas/"))
    html = client.get("/admin/").content.decode()
    assert "Wacht al heel lang" not in html
    assert "/admin/ideas/" not in html
    assert "/admin/ideeen-invoeren/" not in html


def test_communications_cannot_approve_a_submitted_idea(client, login, submitted_idea):
    login(COMMUNICATIE)
    task_state = WorkflowState.objects.for_instance(submitted_idea).get().current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{submitted_idea.pk}/approve/{task_state.pk}/"
    )
    assert refused(response)
    assert not IdeaPage.objects.get(pk=submitted_idea.pk).live


def test_communications_cannot_translate_an_idea(client, login, zuidwest, idea_in):
    idea = idea_in(zuidwest)
    login(COMMUNICATIE)
    turkish = Locale.objects.get(language_code="tr")
    url = f"/admin/localize/submit/page/{idea.pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"locales": [turkish.pk]}))
    assert not Page.objects.filter(translation_key=idea.translation_key, locale=turkish).exists()


def test_communications_cannot_translate_a_neighbourhood_with_its_register(client, login, zuidwest):
    login(COMMUNICATIE)
    turkish = Locale.objects.get(language_code="tr")
    response = client.post(
        f"/admin/localize/submit/page/{zuidwest.pk}/",
        {"locales": [turkish.pk], "include_subtree": "on"},
    )
    assert refused(response)
    assert not Page.objects.filter(locale=turkish, depth__gt=zuidwest.depth).exists()


def test_communications_can_translate_news(client, login, zuidwest, update_in):
    page = update_in(zuidwest)
    login(COMMUNICATIE)
    english = Locale.objects.get(language_code="en")
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [english.pk]})
    assert response.status_code == 302 and not refused(response)
    assert NeighbourhoodUpdatePage.objects.filter(
        translation_key=page.translation_key, locale=english
    ).exists()


def test_communications_cannot_sync_the_translations_of_an_idea(client, login):
    translated = IdeaPage.objects.filter(locale__language_code="en").first()
    source = TranslationSource.objects.get(
        object_id=translated.translation_key, locale__language_code="nl"
    )
    revisions = translated.revisions.count()
    login(COMMUNICATIE)
    url = f"/admin/localize/update/{source.pk}/"
    assert refused(client.get(url))
    assert refused(client.post(url, {"publish_translations": "on"}))
    assert translated.revisions.count() == revisions


def test_team_can_sync_the_translations_of_its_ideas(client, login, zuidwest):
    translated = IdeaPage.objects.filter(locale__language_code="en").first()
    source = TranslationSource.objects.get(
        object_id=translated.translation_key, locale__language_code="nl"
    )
    login(team_of(zuidwest))
    assert client.get(f"/admin/localize/update/{source.pk}/").status_code == 200


# --- Moderatoren: online submissions and the review step ---------------------------


@pytest.fixture
def submitted_idea(client, zuidwest):
    data = {
        "neighbourhood": zuidwest.pk,
        "idea": "Zet een bankje bij de bushalte, dan kunnen ouderen zitten.",
        "theme": "",
        "email": "",
        "consent": "on",
        "website": "",
        "started": submission.form_started_token(timezone.now() - datetime.timedelta(minutes=1)),
    }
    assert client.post("/idee-insturen/", data).status_code == 302
    return IdeaPage.objects.get(summary__startswith="Zet een bankje bij de bushalte")


def test_moderator_approves_a_submitted_idea(client, login, submitted_idea):
    login(MODERATOREN)
    assert client.get("/admin/").status_code == 200
    task_state = WorkflowState.objects.for_instance(submitted_idea).get().current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{submitted_idea.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert not refused(response)
    assert IdeaPage.objects.get(pk=submitted_idea.pk).live


def test_moderator_approves_a_social_map_entry(client, login, zuidwest):
    entry = Organisation(
        name="Buurtkamer De Linde", slug="buurtkamer-de-linde", summary="Koffie en hulp."
    )
    entry.live = False
    entry.save()
    entry.save_revision()
    login(MODERATOREN)
    edit_url = f"/admin/snippets/socialmap/organisation/edit/{entry.pk}/"
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url,
        {
            "name": entry.name,
            "slug": entry.slug,
            "summary": entry.summary,
            "neighbourhoods": [zuidwest.pk],
            "action-publish": "1",
        },
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=entry.pk).live


@pytest.fixture
def review_on(db):
    settings = FeedbackReviewSettings.load()
    settings.review_closing_feedback = True
    settings.save()
    return settings


def test_with_review_on_not_doing_goes_to_the_moderators_instead_of_going_live(
    client, login, zuidwest, idea_in, review_on
):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    response = client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing()))
    assert response.status_code == 302
    idea = IdeaPage.objects.get(pk=idea.pk)
    assert idea.status == "received"  # the live idea is unchanged
    assert idea.has_unpublished_changes
    state = WorkflowState.objects.for_instance(idea).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.specific.groups.filter(name=MODERATOREN).exists()


def test_with_review_on_the_moderator_publishes_the_not_doing_answer(
    client, login, zuidwest, idea_in, review_on
):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing()))
    task_state = WorkflowState.objects.for_instance(idea).get().current_task_state
    login(MODERATOREN)
    response = client.post(
        f"/admin/pages/workflow/action/{idea.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert not refused(response)
    assert IdeaPage.objects.get(pk=idea.pk).status == "not_doing"


def test_with_review_on_progress_feedback_is_published_at_once(
    client, login, zuidwest, idea_in, review_on
):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, DONE))
    assert IdeaPage.objects.get(pk=idea.pk).status == "done"
    assert not WorkflowState.objects.for_instance(idea).exists()


def test_with_review_on_a_stored_not_doing_draft_cannot_be_bulk_published(
    client, login, zuidwest, idea_in, review_on
):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing(), action="x"))
    assert IdeaPage.objects.get(pk=idea.pk).has_unpublished_changes
    bulk(client, "publish", idea)
    assert IdeaPage.objects.get(pk=idea.pk).status == "received"


def test_with_review_on_a_new_idea_closed_at_once_goes_to_the_moderators(
    client, login, zuidwest, review_on
):
    login(team_of(zuidwest))
    register = register_of(zuidwest)
    theme = ThemeFactory()
    idea = IdeaPage(
        title="Een speeltuin op het dak",
        slug="speeltuin-dak",
        summary="Op het dak.",
        theme=theme,
        source="meeting",
        received_on=TODAY,
    )
    response = client.post(
        f"/admin/pages/add/feedback/ideapage/{register.pk}/", idea_edit_form(idea, not_doing())
    )
    assert response.status_code == 302
    created = IdeaPage.objects.get(slug="speeltuin-dak")
    assert not created.live
    assert WorkflowState.objects.for_instance(created).get().status == "in_progress"


def test_with_review_off_the_team_publishes_not_doing_itself(client, login, zuidwest, idea_in):
    login(team_of(zuidwest))
    idea = idea_in(zuidwest)
    client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing()))
    assert IdeaPage.objects.get(pk=idea.pk).status == "not_doing"


def test_with_review_on_administrators_publish_not_doing_themselves(
    client, login, zuidwest, idea_in, review_on
):
    login(BEHEERDERS)
    idea = idea_in(zuidwest)
    response = client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, not_doing()))
    assert response.status_code == 302
    assert IdeaPage.objects.get(pk=idea.pk).status == "not_doing"


# --- Beheerders: everything ------------------------------------------------------


def test_administrators_can_edit_feedback_and_news_everywhere(
    client, login, overvecht, idea_in, update_in
):
    login(BEHEERDERS)
    idea = idea_in(overvecht)
    page = update_in(overvecht)
    assert (
        client.post(f"/admin/pages/{idea.pk}/edit/", idea_edit_form(idea, DONE)).status_code == 302
    )
    assert IdeaPage.objects.get(pk=idea.pk).status == "done"
    assert (
        client.post(f"/admin/pages/{page.pk}/edit/", update_form("Bijgewerkt")).status_code == 302
    )
    assert Page.objects.get(pk=page.pk).title == "Bijgewerkt"
    assert client.get("/admin/ideeen-invoeren/").status_code == 200
    assert client.get("/admin/groups/").status_code == 200


def test_communicatie_does_not_see_the_votes_on_feedback_answers(client, login, zuidwest, idea_in):
    idea = idea_in(
        zuidwest,
        updates=[{"date": TODAY, "status": "under_review", "message": "We kijken ernaar."}],
    )
    AnswerVote.objects.create(update=FeedbackUpdate.objects.get(idea=idea), clear=False)

    login(COMMUNICATIE)
    hidden = client.get("/admin/unclear_answers/")
    login(team_of(zuidwest))
    shown = client.get("/admin/unclear_answers/")

    assert "We kijken ernaar." not in hidden.content.decode()
    assert "We kijken ernaar." in shown.content.decode()
