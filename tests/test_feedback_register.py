"""Residents see every idea of their neighbourhood with what happened, in
counts, filters, one page per idea and a printable handout."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from pages.models import NeighbourhoodPage

from .factories import IdeaIndexPageFactory, IdeaPageFactory, ThemeFactory, reason

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def days_ago(n):
    return TODAY - datetime.timedelta(days=n)


def not_doing(days):
    return {
        "date": days_ago(days),
        "status": "not_doing",
        "message": "Dit gaan we niet doen.",
        "reason_code": reason(),
        "reason": "Er is dit jaar geen geld voor.",
    }


def simple(days, status):
    return {"date": days_ago(days), "status": status, "message": f"Nu: {status}."}


@pytest.fixture
def register(home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    return IdeaIndexPageFactory(parent=neighbourhood)


@pytest.fixture
def ideas(register):
    green, play = ThemeFactory(slug="groen"), ThemeFactory(slug="spelen")
    return [
        IdeaPageFactory(
            parent=register,
            title="Bankjes",
            theme=play,
            received_on=days_ago(50),
            updates=[simple(45, "under_review"), simple(20, "done")],
        ),
        IdeaPageFactory(
            parent=register,
            title="Bomen",
            theme=green,
            received_on=days_ago(40),
            updates=[simple(10, "under_review"), not_doing(5)],
        ),
        IdeaPageFactory(
            parent=register,
            title="Schommel",
            theme=play,
            received_on=days_ago(30),
            updates=[simple(27, "in_progress")],
        ),
        IdeaPageFactory(parent=register, title="Moestuin", theme=green, received_on=days_ago(5)),
    ]


def test_register_counts_ideas_per_status(client, register, ideas):
    response = client.get(register.url)
    assert response.status_code == 200
    counts = {status.value: n for status, n in response.context["status_counts"]}
    assert counts == {"done": 1, "not_doing": 1, "in_progress": 1, "received": 1}
    assert response.context["total"] == 4


def test_register_shows_on_time_figures(client, register, ideas):
    figures = client.get(register.url).context["figures"]
    # Waits to the first answer: 5, 30, 3 days; the promise is 21 days.
    assert figures["answered"] == 3
    assert figures["on_time"] == 2
    assert figures["percentage"] == 67
    assert figures["median_days"] == 5


def test_register_filters_on_status_and_theme(client, register, ideas):
    titles = lambda response: [i.title for i in response.context["ideas"]]  # noqa: E731
    assert titles(client.get(register.url, {"status": "not_doing"})) == ["Bomen"]
    assert sorted(titles(client.get(register.url, {"thema": "spelen"}))) == ["Bankjes", "Schommel"]
    assert titles(client.get(register.url, {"status": "done", "thema": "groen"})) == []


def test_register_ignores_an_unknown_status(client, register, ideas):
    response = client.get(register.url, {"status": "<b>x</b>"})
    assert response.status_code == 200
    assert len(response.context["ideas"]) == 4


def test_not_doing_shows_its_reason_on_the_idea_page(client, ideas):
    response = client.get(ideas[1].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er is dit jaar geen geld voor." in html
    assert reason().title in html
    assert 'class="status status--not_doing"' in html


def test_status_label_carries_a_symbol_and_words_not_only_colour(client, ideas):
    html = client.get(ideas[0].url).content.decode()
    assert '<span class="status__icon" aria-hidden="true">✓</span>' in html


def test_unpublished_ideas_are_not_in_the_register(client, register, ideas):
    ideas[0].unpublish()
    response = client.get(register.url)
    assert "Bankjes" not in [i.title for i in response.context["ideas"]]
    assert client.get(f"{register.url}{ideas[0].slug}/").status_code == 404


def test_print_view_lists_every_idea_with_its_latest_answer(client, register, ideas):
    response = client.get(register.url + register.reverse_subpage("print"))
    assert response.status_code == 200
    html = response.content.decode()
    for idea in ideas:
        assert idea.title in html
    assert "Er is dit jaar geen geld voor." in html


def test_a_big_register_prints_in_parts_that_together_hold_every_idea(client, register):
    from feedback.models.register import PRINT_IDEAS_PER_PAGE

    for n in range(PRINT_IDEAS_PER_PAGE + 5):
        IdeaPageFactory(parent=register, title=f"Printidee {n:03d}", slug=f"printidee-{n}")
    url = register.url + register.reverse_subpage("print")
    first, second = client.get(url), client.get(url + "?pagina=2")
    shown = {
        title
        for response in (first, second)
        for title in (idea.title for idea in response.context["all_ideas"])
    }
    assert {f"Printidee {n:03d}" for n in range(PRINT_IDEAS_PER_PAGE + 5)} <= shown
    assert len(first.context["all_ideas"]) == PRINT_IDEAS_PER_PAGE
    assert 'rel="next"' in first.content.decode()
    assert client.get(url + "?pagina=999").context["page_obj"].number == 2


def count_queries(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def make_ideas(register, number):
    theme = ThemeFactory()
    for index in range(number):
        IdeaPageFactory(
            parent=register,
            theme=theme,
            received_on=days_ago(60),
            updates=[simple(50, "under_review"), not_doing(40 - index % 30)],
        )


@pytest.mark.parametrize("view", ["register", "print", "idea"])
def test_queries_do_not_grow_with_the_number_of_ideas(client, home, view):
    neighbourhoods = NeighbourhoodPage.objects.filter(locale=home.locale)[:2]
    small, large = (IdeaIndexPageFactory(parent=n) for n in neighbourhoods)
    make_ideas(small, 10)
    make_ideas(large, 200)

    def url(register):
        if view == "register":
            return register.url
        if view == "print":
            return register.url + register.reverse_subpage("print")
        return register.get_children().last().url

    assert count_queries(client, url(small)) == count_queries(client, url(large))
