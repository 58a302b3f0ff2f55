"""Hostile values in every public filter, search and page number, and in addresses.

Whatever a visitor or a bot puts in the query string (script tags, SQL, NUL
bytes, lone surrogates, 100k characters, "NaN" as a page number, a parameter
repeated) or in an address (unknown slugs, ids and tokens), the site answers
without a server error and never shows the hostile text unescaped.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.models import FeedbackUpdate
from pages.models import EventPage, GoodPracticeIndexPage, NeighbourhoodPage, ToolkitIndexPage

from .hostile import (
    assert_safe_response,
    encode,
    get,
    hostile_settings,
    hostile_summary,  # noqa: F401 (fixture)
    hostile_text,
    hostile_value,
    page_numbers,
    post,
    tried,
)
from .test_social_map import make_organisation

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("hostile_summary")]


def hostile_params(names, extra_keys=True):
    """Some of ``names`` with hostile values; page numbers get number look-alikes too.

    With ``extra_keys`` an unknown, hostile parameter name may come along.
    """
    known = st.sampled_from(names)
    keys = (
        st.one_of(known, hostile_text.filter(lambda key: len(key) < 1000)) if extra_keys else known
    )
    values = dict.fromkeys(names, hostile_value)
    values["pagina"] = st.one_of(page_numbers, st.lists(page_numbers, min_size=2, max_size=3))
    return st.dictionaries(keys, hostile_value, min_size=1, max_size=4).flatmap(
        lambda chosen: st.fixed_dictionaries(
            {key: values.get(key, st.just(value)) for key, value in chosen.items()}
        )
    )


def language_prefix():
    # Dutch at the root; Arabic is right to left, so its templates take other paths.
    return st.sampled_from(["", "/en", "/ar"])


# --- Search, filters and pages ----------------------------------------------------


@hostile_settings(max_examples=80)
@given(prefix=language_prefix(), params=hostile_params(["q", "pagina", "page"]))
def test_site_search_survives_hostile_queries(client, prefix, params):
    tried["GET /zoeken/ ?q &pagina"] += 1
    assert_safe_response(get(client, f"{prefix}/zoeken/", params))


@pytest.fixture
def practices_url(home):
    return GoodPracticeIndexPage.objects.live().get(locale=home.locale).url


@hostile_settings(max_examples=80)
@given(
    prefix=language_prefix(),
    params=hostile_params(["thema", "doelgroep", "methode", "element", "gemeente", "pagina"]),
)
def test_good_practice_filters_survive_hostile_values(client, practices_url, prefix, params):
    tried["GET /goede-voorbeelden/ ?thema &doelgroep &methode &element &gemeente &pagina"] += 1
    assert_safe_response(get(client, prefix + practices_url, params))


@hostile_settings(max_examples=80)
@given(prefix=language_prefix(), params=hostile_params(["status", "thema", "pagina"]))
def test_feedback_register_filters_survive_hostile_values(client, register, prefix, params):
    tried["GET /wijken/<wijk>/ideeen/ ?status &thema &pagina"] += 1
    assert_safe_response(get(client, prefix + register.url, params))


@pytest.fixture
def listed_organisation(home):
    """One organisation in the search index, so hostile words reach the full-text query."""
    zuidwest = NeighbourhoodPage.objects.get(slug="zuidwest", locale=home.locale)
    return make_organisation([zuidwest], name="Huis van de Wijk", slug="huis-van-de-wijk")


@hostile_settings(max_examples=80)
@given(prefix=language_prefix(), params=hostile_params(["q", "wijk", "thema", "taal", "pagina"]))
def test_social_map_overview_survives_hostile_values(client, listed_organisation, prefix, params):
    tried["GET /sociale-kaart/ ?q &wijk &thema &taal &pagina"] += 1
    assert_safe_response(get(client, f"{prefix}/sociale-kaart/", params))


FORM_PAGES = {
    "/idee-insturen/": ["wijk"],
    "/idee-insturen/verstuurd/": ["wijk"],
    "/sociale-kaart/aanmelden/": ["wijk"],
    "/sociale-kaart/aanmelden/bedankt/": ["wijziging"],
    "/volgen/": ["pagina"],
    "/volgen/verstuurd/": ["pagina"],
}


@hostile_settings(max_examples=100)
@given(
    path=st.sampled_from(sorted(FORM_PAGES)),
    data=st.data(),
)
def test_form_pages_survive_hostile_prefill_values(client, path, data):
    params = data.draw(hostile_params(FORM_PAGES[path]))
    tried["GET form pages ?wijk / ?pagina / ?wijziging"] += 1
    assert_safe_response(get(client, path, params))


@pytest.fixture
def other_public_urls(home, neighbourhood, register):
    """Every other kind of public address: pages, print views, calendars, feeds, open data."""
    event = EventPage.objects.live().filter(locale=home.locale).first()
    idea = register.ideas().first()
    return [
        "/",
        "/en/",
        "/ar/",
        neighbourhood.url,
        f"{neighbourhood.url}agenda/",
        f"{neighbourhood.url}agenda/ics/",
        f"{event.url}ics/",
        f"{register.url}print/",
        idea.url,
        f"{ToolkitIndexPage.objects.live().get(locale=home.locale).url}print/",
        "/terugkoppeling/feed/",
        f"/terugkoppeling/feed/{neighbourhood.slug}/",
        "/en/terugkoppeling/feed/",
        "/open-data/ideeen.csv",
        "/open-data/terugkoppelingen.csv",
        "/open-data/ideeen.json",
        "/robots.txt",
        "/sitemap.xml",
    ]


@hostile_settings(max_examples=100)
@given(data=st.data())
def test_other_public_addresses_ignore_hostile_query_strings(client, other_public_urls, data):
    path = data.draw(st.sampled_from(other_public_urls))
    params = data.draw(hostile_params(["q", "pagina", "page", "format", "since", "wijk"]))
    tried["GET pages, print views, calendars, feeds, open data with any parameters"] += 1
    assert_safe_response(get(client, path, params))


# --- Unknown ids, slugs and tokens in addresses --------------------------------------

GET_ADDRESSES = [
    "/sociale-kaart/{}/",
    "/sociale-kaart/{}/wijzigen/",
    "/terugkoppeling/feed/{}/",
    "/volgen/bevestigen/{}/",
    "/afmelden/{}/",
    "/wijken/{}/",
    "/wijken/{}/agenda/ics/",
    "/goede-voorbeelden/{}/",
    "/en/toolkit/{}/",
]

POST_ADDRESSES = [
    "/volgen/bevestigen/{}/",
    "/afmelden/{}/",
    "/afmelden/{}/direct/",
    "/antwoord/{}/duidelijk/",
    "/sociale-kaart/{}/wijzigen/",
]

# Slugs and tokens a URL pattern accepts, and text it does not.
address_parts = st.one_of(
    hostile_text.filter(lambda part: len(part) < 20_000 and part != "zuidwest"),
    st.from_regex(r"[-a-zA-Z0-9_]{1,300}", fullmatch=True),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


@hostile_settings(max_examples=100)
@given(pattern=st.sampled_from(GET_ADDRESSES), part=address_parts)
def test_unknown_slugs_and_tokens_in_addresses_are_not_found(client, pattern, part):
    tried["GET addresses with unknown slugs and tokens"] += 1
    response = client.get(pattern.format(encode(part) or "x"))
    assert_safe_response(response)
    assert response.status_code in (301, 302, 400, 404), response.status_code


@hostile_settings(max_examples=60)
@given(
    pattern=st.sampled_from(POST_ADDRESSES), part=address_parts, params=hostile_params(["clear"])
)
def test_posts_to_unknown_tokens_and_ids_change_nothing(client, pattern, part, params):
    tried["POST confirm/unsubscribe/one-click/vote/change with unknown tokens and ids"] += 1
    votes = FeedbackUpdate.objects.filter(votes__isnull=False).count()
    response = post(client, pattern.format(encode(part) or "x"), params)
    assert_safe_response(response)
    assert response.status_code in (301, 302, 400, 404), response.status_code
    assert FeedbackUpdate.objects.filter(votes__isnull=False).count() == votes


@pytest.mark.parametrize("words", ['"><img src=x onerror=alert(1)>', "auto's", 'het "buurthuis'])
def test_search_words_with_quotes_get_results_not_an_error(client, listed_organisation, words):
    for path in ("/zoeken/", "/sociale-kaart/"):
        assert get(client, path, {"q": words}).status_code == 200


def test_a_nul_byte_in_a_slug_filter_matches_nothing_instead_of_failing(
    client, practices_url, register
):
    # PostgreSQL refuses NUL in a query; these parameters are compared with slugs.
    for path, name in [
        (practices_url, "thema"),
        (register.url, "thema"),
        ("/idee-insturen/", "wijk"),
        ("/idee-insturen/verstuurd/", "wijk"),
        ("/sociale-kaart/aanmelden/", "wijk"),
    ]:
        assert get(client, path, {name: "zuid\x00west"}).status_code == 200, path
