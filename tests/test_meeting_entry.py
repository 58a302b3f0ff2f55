"""Staff record the ideas of one meeting in one go."""

from django.utils import timezone

import pytest

from feedback.models import IdeaIndexPage, IdeaPage
from pages.models import EventPage, NeighbourhoodPage, Theme

pytestmark = pytest.mark.django_db

URL = "/admin/ideeen-invoeren/"


@pytest.fixture
def register(home):
    neighbourhood = NeighbourhoodPage.objects.get(locale=home.locale, slug="noordwest")
    return IdeaIndexPage.objects.child_of(neighbourhood).get()


def form_data(register, rows, event=""):
    data = {
        "register": register.pk,
        "event": event,
        "received_on": timezone.localdate().isoformat(),
        "source": "meeting",
        "ideas-TOTAL_FORMS": "8",
        "ideas-INITIAL_FORMS": "0",
        "ideas-MIN_NUM_FORMS": "0",
        "ideas-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"ideas-{index}-{key}"] = value
    return data


def test_several_ideas_from_one_meeting_are_created_and_published(admin_client, register):
    theme = Theme.objects.first()
    event = EventPage.objects.filter(path__startswith=register.get_parent().path).first()
    before = IdeaPage.objects.child_of(register).count()
    response = admin_client.post(
        URL,
        form_data(
            register,
            [
                {"summary": "Een zebrapad bij de school.", "theme": theme.pk},
                {
                    "summary": "Meer vuilnisbakken in het park.",
                    "theme": theme.pk,
                    "title": "Bakken",
                },
            ],
            event=event.pk,
        ),
    )
    assert response.status_code == 302
    ideas = IdeaPage.objects.child_of(register).order_by("-pk")[:2]
    assert IdeaPage.objects.child_of(register).count() == before + 2
    assert {idea.title for idea in ideas} == {"Bakken", "Een zebrapad bij de school."}
    assert all(idea.live and idea.event_id == event.pk for idea in ideas)


def test_a_row_without_theme_is_refused_and_nothing_is_lost(admin_client, register):
    before = IdeaPage.objects.count()
    response = admin_client.post(
        URL, form_data(register, [{"summary": "Een bankje bij de bushalte."}])
    )
    assert response.status_code == 200
    assert IdeaPage.objects.count() == before
    html = response.content.decode()
    assert "Een bankje bij de bushalte." in html
    assert "Choose a theme" in html or "Kies een thema" in html


def test_a_meeting_from_another_neighbourhood_is_refused(admin_client, register):
    other = EventPage.objects.exclude(path__startswith=register.get_parent().path).first()
    theme = Theme.objects.first()
    response = admin_client.post(
        URL, form_data(register, [{"summary": "Idee", "theme": theme.pk}], event=other.pk)
    )
    assert response.status_code == 200
    assert (
        "another neighbourhood" in response.content.decode()
        or "andere wijk" in response.content.decode()
    )


def test_people_without_rights_on_any_register_cannot_open_it(client, django_user_model):
    user = django_user_model.objects.create_user("gast", password="x")
    client.force_login(user)
    assert client.get(URL).status_code in (302, 403)
