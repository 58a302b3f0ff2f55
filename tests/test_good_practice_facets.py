"""The good-practice overview filters on every facet at once, with counts."""

import pytest

from pages.models import ParticipationElement

from .factories import (
    GoodPracticeIndexPageFactory,
    GoodPracticePageFactory,
    MethodFactory,
    MunicipalityFactory,
    TargetGroupFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home):
    """Four practices with overlapping tags under their own overview page."""
    index = GoodPracticeIndexPageFactory(parent=home)
    poverty, health = ThemeFactory(slug="t-poverty"), ThemeFactory(slug="t-health")
    children, elderly = TargetGroupFactory(slug="g-children"), TargetGroupFactory(slug="g-elderly")
    drawing = MethodFactory(slug="m-drawing")
    zwolle, tilburg = MunicipalityFactory(slug="zw"), MunicipalityFactory(slug="tb")
    practices = {
        "a": GoodPracticePageFactory(
            parent=index, title="A", municipality=zwolle, themes=[poverty], target_groups=[children]
        ),
        "b": GoodPracticePageFactory(
            parent=index,
            title="B",
            municipality=zwolle,
            themes=[poverty, health],
            target_groups=[elderly],
            methods=[drawing],
            elements=ParticipationElement.objects.filter(slug="early"),
        ),
        "c": GoodPracticePageFactory(
            parent=index, title="C", municipality=tilburg, themes=[health], target_groups=[children]
        ),
        "d": GoodPracticePageFactory(parent=index, title="D", municipality=tilburg),
    }
    return index, practices


def titles(response):
    return [page.title for page in response.context["practices"]]


def option_counts(response, param):
    state = next(s for s in response.context["search"].facet_states if s.facet.param == param)
    return {option.slug: option.count for option in state.options if option.count}


def test_without_filters_every_practice_is_listed(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == ["A", "B", "C", "D"]


def test_options_within_one_facet_widen_the_result(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"thema": ["t-poverty", "t-health"]})
    assert titles(response) == ["A", "B", "C"]


def test_facets_combine_so_every_facet_must_match(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"thema": "t-poverty", "doelgroep": "g-children"})
    assert titles(response) == ["A"]
    response = client.get(
        index.url, {"thema": "t-health", "gemeente": "zw", "methode": "m-drawing"}
    )
    assert titles(response) == ["B"]


def test_counts_show_what_each_option_would_add_to_the_other_facets(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"thema": "t-poverty", "gemeente": "zw"})
    # Themes are counted within Zwolle only (their own choice is not applied).
    assert option_counts(response, "thema") == {"t-poverty": 2, "t-health": 1}
    # Municipalities are counted within the poverty theme.
    assert option_counts(response, "gemeente") == {"zw": 2}
    # Target groups are counted within poverty AND Zwolle.
    assert option_counts(response, "doelgroep") == {"g-children": 1, "g-elderly": 1}
    assert option_counts(response, "element") == {"early": 1}


def test_chosen_options_stay_checked_in_the_form(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"thema": "t-health"})
    assert b'value="t-health" id="f-thema-t-health" checked' in response.content


def test_unknown_filter_values_are_named_not_silently_dropped(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"thema": ["t-health", "<script>x</script>"]})
    assert titles(response) == ["B", "C"]
    html = response.content.decode()
    assert "left them out" in html or "weggelaten" in html
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html


def test_no_results_shows_a_way_out(client, catalogue):
    index, _ = catalogue
    response = client.get(index.url, {"methode": "m-drawing", "doelgroep": "g-children"})
    assert titles(response) == []
    assert response.status_code == 200
    assert response.context["search"].is_filtered
    assert f'href="{index.url}"'.encode() in response.content


def test_results_are_paginated_with_filters_kept_in_the_links(client, home, settings):
    settings.GOOD_PRACTICES_PER_PAGE = 2
    index = GoodPracticeIndexPageFactory(parent=home)
    theme = ThemeFactory(slug="t-paged")
    for number in range(5):
        GoodPracticePageFactory(parent=index, title=f"P{number}", themes=[theme])
    first = client.get(index.url, {"thema": "t-paged"})
    assert titles(first) == ["P0", "P1"]
    assert b"?thema=t-paged&amp;pagina=2" in first.content
    last = client.get(index.url, {"thema": "t-paged", "pagina": "3"})
    assert titles(last) == ["P4"]
    nonsense = client.get(index.url, {"thema": "t-paged", "pagina": "abc"})
    assert titles(nonsense) == ["P0", "P1"]


def test_demo_overview_counts_match_the_demo_practices(client, home):
    from pages.models import GoodPracticeIndexPage, GoodPracticePage

    index = GoodPracticeIndexPage.objects.get(locale=home.locale)
    response = client.get(index.url)
    total = GoodPracticePage.objects.live().filter(locale=home.locale).count()
    assert response.context["page_obj"].paginator.count == total >= 8
    for state in response.context["search"].facet_states:
        for option in state.options:
            expected = (
                GoodPracticePage.objects.live()
                .filter(locale=home.locale, **{f"{state.facet.field_name}__slug": option.slug})
                .count()
            )
            assert option.count == expected, (state.facet.param, option.slug)


def test_an_option_no_practice_has_yet_is_offered_with_a_count_of_zero(client, catalogue):
    index, _ = catalogue
    ThemeFactory(slug="t-unused", name="Nog niet gebruikt")
    response = client.get(index.url, {"thema": "t-poverty"})
    [state] = [s for s in response.context["search"].facet_states if s.facet.param == "thema"]
    counts = {option.slug: option.count for option in state.options}
    assert counts["t-unused"] == 0
    assert b'value="t-unused"' in response.content
