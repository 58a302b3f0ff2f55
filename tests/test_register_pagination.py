"""Page 50 of a big register costs about what page 1 costs (issue 6).

The register keeps its numbered pages (``?pagina=N`` is printed and linked),
in the order residents know: newest received first. Ideas store their
register's key, and indexes on (register, [status | theme], received, id) give
PostgreSQL that order ready-made: page N reads N pages' worth of ids off an
index (with the page table's visibility index beside it), then reads and sorts
only its own 20 ideas. The order and the filters are checked on both
databases, the query plan on PostgreSQL.
"""

import contextlib
import datetime
import importlib
import json
import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from bench.tree import Placer, fix_numchild, insert_pages, noon
from feedback.models import IdeaIndexPage, IdeaPage
from feedback.models.register import IDEAS_PER_PAGE
from feedback.status import Source, Status
from pages.models import NeighbourhoodPage, Theme

from .factories import IdeaIndexPageFactory, IdeaPageFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 6, 1)
PAGE_50 = {"pagina": 50}


def add_ideas(register, count, *, seed, translations=None, themes=None):
    """``count`` live ideas under ``register``, inserted in bulk as the
    benchmark inserts them. Received within a year, so many share a date and
    the order's tie-break (newest id first) matters. ``translations``:
    ``{translated register: share}`` gets copies of that share of the ideas."""
    rng = random.Random(seed)
    themes = themes or list(Theme.objects.values_list("pk", flat=True))
    placer = Placer()
    ideas = []
    for n in range(count):
        idea = IdeaPage(
            title=f"Idee {seed}-{n}",
            slug=f"idee-{seed}-{n}",
            locale_id=register.locale_id,
            summary="Een idee.",
            theme_id=rng.choice(themes),
            source=Source.MEETING,
            received_on=DAY - datetime.timedelta(days=rng.randrange(365)),
            status=rng.choice(Status.values),
        )
        ideas.append(_placed(placer, idea, register))
    insert_pages(IdeaPage, ideas)
    for translated_register, share in (translations or {}).items():
        copies = [
            _placed(placer, _translation(idea, translated_register), translated_register)
            for idea in rng.sample(ideas, round(share * count))
        ]
        insert_pages(IdeaPage, copies)
    fix_numchild()
    return ideas


def _placed(placer, idea, register):
    placer.place(idea, register, published_at=noon(idea.received_on))
    idea.register_key = register.translation_key  # what IdeaPage.save sets
    return idea


def _translation(idea, register):
    return IdeaPage(
        title=f"Idea {idea.title}",
        slug=idea.slug,
        locale_id=register.locale_id,
        translation_key=idea.translation_key,
        summary="An idea.",
        theme_id=idea.theme_id,
        source=idea.source,
        received_on=idea.received_on,
        status=idea.status,
    )


def newest_first(ideas):
    """The order the register promises, computed without the database."""
    return [idea.pk for idea in sorted(ideas, key=lambda i: (i.received_on, i.pk), reverse=True)]


def shown(client, register, **params):
    response = client.get(register.url, params)
    assert response.status_code == 200
    return response, [idea.pk for idea in response.context["ideas"]]


def page_slice(pks, number):
    return pks[(number - 1) * IDEAS_PER_PAGE : number * IDEAS_PER_PAGE]


@pytest.fixture
def big_register(home):
    neighbourhood = NeighbourhoodPage.objects.filter(locale=home.locale).first()
    register = IdeaIndexPageFactory(parent=neighbourhood)
    # Two themes: a status and a theme together still fill a few pages.
    themes = list(Theme.objects.order_by("pk").values_list("pk", flat=True)[:2])
    return register, add_ideas(register, 1010, seed=1, themes=themes)


@pytest.fixture
def demo_registers(home, locale_en):
    """The demo's Dutch register that has an English translation, that
    translation, and another Dutch register."""
    dutch = IdeaIndexPage.objects.filter(locale=home.locale).order_by("path")
    english = IdeaIndexPage.objects.get(locale=locale_en)
    translated = dutch.get(translation_key=english.translation_key)
    other = dutch.exclude(pk=translated.pk).first()
    return translated, english, other


def test_page_50_shows_the_ideas_a_plain_sort_puts_there(client, big_register):
    register, ideas = big_register
    expected = newest_first(ideas)
    response, page_50 = shown(client, register, **PAGE_50)
    assert page_50 == page_slice(expected, 50)
    assert response.context["page_obj"].paginator.num_pages == 51
    assert shown(client, register, pagina=51)[1] == page_slice(expected, 51)
    assert shown(client, register)[1] == page_slice(expected, 1)


def test_status_and_theme_filters_combine_with_the_page_number(client, big_register):
    register, ideas = big_register
    theme = Theme.objects.get(pk=ideas[0].theme_id)
    cases = [
        ({"status": Status.DONE}, lambda i: i.status == Status.DONE),
        ({"thema": theme.slug}, lambda i: i.theme_id == theme.pk),
        (
            {"status": Status.DONE, "thema": theme.slug},
            lambda i: i.status == Status.DONE and i.theme_id == theme.pk,
        ),
    ]
    for params, wanted in cases:
        expected = newest_first(i for i in ideas if wanted(i))
        assert len(expected) > IDEAS_PER_PAGE, params
        response, page_2 = shown(client, register, pagina=2, **params)
        assert page_2 == page_slice(expected, 2), params
        assert response.context["page_obj"].paginator.count == len(expected), params


def test_a_theme_without_ideas_here_lists_nothing(client, big_register):
    register, _ideas = big_register
    response, listed = shown(client, register, thema="bestaat-niet", pagina=3)
    assert listed == []
    assert response.context["page_obj"].paginator.count == 0
    assert "Er zijn geen ideeën die hierbij passen." in response.content.decode()


def test_translated_register_lists_its_own_and_the_untranslated_dutch_ideas_in_order(
    client, demo_registers
):
    dutch_register, english_register, _other = demo_registers
    add_ideas(dutch_register, 300, seed=2, translations={english_register: 0.3})
    # Read from the page tree, not from the stored register keys.
    own = IdeaPage.objects.child_of(english_register).live()
    untranslated = (
        IdeaPage.objects.child_of(dutch_register)
        .live()
        .exclude(translation_key__in=own.values("translation_key"))
    )
    expected = newest_first([*own, *untranslated])
    assert english_register.ideas().count() == len(expected)
    response, page_3 = shown(client, english_register, pagina=3)
    assert page_3 == page_slice(expected, 3)
    assert response.context["page_obj"].paginator.count == len(expected)
    # The list asks per idea, the figures with one NOT IN: the same ideas.
    assert newest_first(english_register.ideas()) == [
        idea.pk for idea in english_register.listed_ideas()
    ]


def test_an_idea_takes_its_registers_key_and_follows_a_move(demo_registers):
    dutch_register, _english, other_register = demo_registers
    idea = IdeaPageFactory(parent=dutch_register)
    assert idea.register_key == dutch_register.translation_key
    assert idea in dutch_register.listed_ideas()
    idea.move(other_register, pos="last-child")
    idea.refresh_from_db()
    assert idea.register_key == other_register.translation_key
    assert idea in other_register.listed_ideas()
    assert idea not in dutch_register.listed_ideas()


def test_a_translated_idea_is_listed_in_the_translated_register(demo_registers, locale_en):
    dutch_register, english_register, _other = demo_registers
    idea = IdeaPageFactory(parent=dutch_register)
    translation = idea.copy_for_translation(locale_en)
    translation.save_revision().publish()
    assert translation.get_parent().pk == english_register.pk
    assert translation.register_key == dutch_register.translation_key
    listed = list(english_register.listed_ideas())
    assert translation in listed
    assert idea not in listed


def test_migration_gives_existing_ideas_their_registers_key(demo_registers):
    from django.apps import apps

    dutch_register, english_register, _other = demo_registers
    IdeaPage.objects.update(register_key=None)
    migration = importlib.import_module("feedback.migrations.0005_idea_register_key")
    migration.fill_register_keys(apps, schema_editor=None)
    for idea in IdeaPage.objects.all():
        assert idea.register_key == idea.get_parent().translation_key, idea.title
    assert english_register.listed_ideas().count() == english_register.ideas().count() > 0
    assert dutch_register.listed_ideas().count() == dutch_register.ideas().count() > 0


# -- PostgreSQL: the plan ------------------------------------------------------


@pytest.fixture
def city_register(demo_registers):
    """The issue's city in proportion: a big Dutch register of 3,000 ideas, a
    fifth of them translated into English, among 12,000 ideas in other
    registers; with fresh planner statistics."""
    dutch_register, english_register, _other = demo_registers
    add_ideas(dutch_register, 3000, seed=3, translations={english_register: 0.2})
    dutch = IdeaIndexPage.objects.filter(locale=dutch_register.locale)
    others = dutch.exclude(pk=dutch_register.pk)
    for n, register in enumerate(others):
        add_ideas(register, 12_000 // len(others), seed=10 + n)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return dutch_register, english_register


def list_query_plan(client, register, params):
    """EXPLAIN ANALYZE of the query that fetched the listed ideas."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(register.url, params)
    assert response.status_code == 200
    listing = [
        q["sql"]
        for q in queries.captured_queries
        if 'ORDER BY "feedback_ideapage"."received_on" DESC' in q["sql"]
    ]
    assert len(listing) == 1, "expected one query for the list"
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {listing[0]}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return response, plan[0]["Plan"]


def plan_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


def ideas_scan(nodes):
    """The read of the register's ideas where the page's ids come from (the
    page's ideas are then read by id), and the index it went through. That
    subquery names the ideas' table a second time: EXPLAIN calls it
    ``feedback_ideapage_1``; translations looked up in it have aliases of
    their own."""
    [scan] = [
        n
        for n in nodes
        if n.get("Relation Name") == "feedback_ideapage" and n["Alias"] == "feedback_ideapage_1"
    ]
    if scan["Node Type"] == "Bitmap Heap Scan":
        return scan, scan["Plans"][0]["Index Name"]
    return scan, scan.get("Index Name")


def with_register_key(register, params):
    filters = {"status": params.get("status"), "theme__slug": params.get("thema")}
    filters = {name: value for name, value in filters.items() if value}
    return IdeaPage.objects.filter(register_key=register.translation_key, **filters).count()


def sorted_rows(nodes):
    """How many rows each sort in the plan was given."""
    return [
        n["Plans"][0]["Actual Rows"]
        for n in nodes
        if n["Node Type"] in {"Sort", "Incremental Sort"}
    ]


def assert_only_the_pages_own_ideas_are_read_whole(nodes):
    """The ideas before the page are passed over in the register's index alone.

    (Their page rows are too, through ``pages_page_visibility``, once a
    vacuum has marked the table's pages all-visible, as on the benchmark's
    databases; in a test's transaction PostgreSQL reads them by primary key.)
    """
    listed = {"feedback_ideapage", "feedback_ideapage_1"}  # not translations looked up
    for node in nodes:
        if node.get("Alias") in listed and node["Node Type"] != "Index Only Scan":
            rows = node["Actual Rows"] * node["Actual Loops"]
            assert rows <= IDEAS_PER_PAGE, (node["Node Type"], node.get("Index Name"), rows)


def assert_whole_list_is_read_in_index_order(client, register, params):
    response, plan = list_query_plan(client, register, params)
    nodes = list(plan_nodes(plan))
    assert_only_the_pages_own_ideas_are_read_whole(nodes)
    # Only the page's own ideas, once found, are put in order.
    assert all(rows <= IDEAS_PER_PAGE for rows in sorted_rows(nodes))
    scan, index = ideas_scan(nodes)
    assert scan["Node Type"] in {"Index Scan", "Index Only Scan"}
    assert index == "idea_register_order"
    # It stops after the page: it reads at most the ideas up to the end of the
    # page, plus those in the register's other languages it passes over. A
    # scan of the whole register would read more.
    page = response.context["page_obj"]
    with_key = with_register_key(register, params)
    bound = page.end_index() + with_key - page.paginator.count
    assert bound < with_key
    assert scan["Actual Rows"] <= bound


def assert_filtered_list_reads_only_its_ideas(client, register, params, index):
    # A status or theme leaves a few hundred ideas: PostgreSQL may walk the
    # index in order or fetch just those and sort them, whichever it costs
    # lower. Either way it never reads, or sorts, the whole register.
    response, plan = list_query_plan(client, register, params)
    nodes = list(plan_nodes(plan))
    scan, used = ideas_scan(nodes)
    assert used == index
    with_key = with_register_key(register, params)
    assert scan["Actual Rows"] <= with_key
    assert all(rows <= with_key for rows in sorted_rows(nodes))
    assert with_key < register.ideas().count() / 2


@pytest.mark.postgres
def test_deep_pages_read_an_index_in_order_and_sort_only_their_own_ideas(client, city_register):
    dutch_register, english_register = city_register
    for register, params in [
        (dutch_register, {}),
        (dutch_register, PAGE_50),
        (english_register, PAGE_50),
    ]:
        language = "English" if register == english_register else "Dutch"
        with pytest_context(f"{language} register, {params}"):
            assert_whole_list_is_read_in_index_order(client, register, params)
    theme = Theme.objects.filter(ideas__register_key=dutch_register.translation_key).first()
    for params, index in [
        ({"status": Status.DONE, "pagina": 10}, "idea_register_status_order"),
        ({"thema": theme.slug, "pagina": 10}, "idea_register_theme_order"),
    ]:
        with pytest_context(f"Dutch register, {params}"):
            assert_filtered_list_reads_only_its_ideas(client, dutch_register, params, index)


@contextlib.contextmanager
def pytest_context(label):
    """Names the case in a failure of a test that checks several."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(f"{label}: {error}") from error
