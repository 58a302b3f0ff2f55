"""The public pages whose query counts are measured, one address per page type.

Shared by tests/test_query_counts.py and scripts/query_counts.py. Addresses are
looked up in the database (the demo site), so they follow the demo content.
"""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from feedback.models import IdeaIndexPage, IdeaPage
from pages.models import (
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Method,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    StandardPage,
    Theme,
    ToolkitChapterPage,
    ToolkitIndexPage,
)
from socialmap.models import Organisation

MAX_QUERIES = 12


def _first(model, locale, **filters):
    return model.objects.live().public().filter(locale=locale, **filters).order_by("path").first()


def _url(page):
    return page.get_url()


def _translated_and_fallback(model, locale, source_locale):
    """A page of ``model`` translated into ``locale``, and one shown in Dutch there."""
    translated = _first(model, locale)
    translated_keys = model.objects.filter(locale=locale).values("translation_key")
    fallback = (
        model.objects.live()
        .public()
        .filter(locale=source_locale)
        .exclude(translation_key__in=translated_keys)
        .order_by("path")
        .first()
    )
    return translated, fallback


def public_page_urls():
    """``{page type: address}`` for every public page type, in Dutch, English and Arabic."""
    nl = Locale.objects.get(language_code="nl")
    toolkit = _first(ToolkitIndexPage, nl)
    practices = _first(GoodPracticeIndexPage, nl)
    neighbourhood = _first(NeighbourhoodPage, nl)
    register = IdeaIndexPage.objects.child_of(neighbourhood).live().first()
    idea = IdeaPage.objects.child_of(register).live().public().order_by("path").first()
    event = EventPage.objects.descendant_of(neighbourhood).live().order_by("path").first()
    theme = Theme.objects.filter(ideas__in=register.get_children()).order_by("pk").first()
    organisation = Organisation.objects.live().order_by("pk").first()
    tagged = GoodPracticePage.objects.live().filter(themes__isnull=False).first()
    practice_theme = tagged.themes.order_by("pk").first()
    practice_method = Method.objects.order_by("pk").first()
    urls = {
        "home": "/",
        "toolkit index": _url(toolkit),
        "toolkit chapter": _url(_first(ToolkitChapterPage, nl)),
        "toolkit print view": _url(toolkit) + "print/",
        "good practice index": _url(practices),
        "good practice index with two filters": (
            f"{_url(practices)}?thema={practice_theme.slug}&methode={practice_method.slug}"
        ),
        "good practice index page 2": _url(practices) + "?pagina=2",
        "good practice": _url(_first(GoodPracticePage, nl)),
        "neighbourhood index": _url(_first(NeighbourhoodIndexPage, nl)),
        "neighbourhood": _url(neighbourhood),
        "neighbourhood agenda": _url(neighbourhood) + "agenda/",
        "neighbourhood agenda calendar": _url(neighbourhood) + "agenda/ics/",
        "neighbourhood update": _url(
            NeighbourhoodUpdatePage.objects.child_of(neighbourhood).live().first()
        ),
        "event": _url(event),
        "event calendar": _url(event) + "ics/",
        "register": _url(register),
        "register filtered": f"{_url(register)}?status={idea.status}&thema={theme.slug}",
        "register page 2": _url(register) + "?pagina=2",
        "register print view": _url(register) + "print/",
        "idea": _url(idea),
        "standard page": _url(_first(StandardPage, nl)),
        "search with results": "/zoeken/?q=buurt",
        "social map": "/sociale-kaart/",
        "social map organisation": f"/sociale-kaart/{organisation.slug}/",
        "feed": "/terugkoppeling/feed/",
        "neighbourhood feed": f"/terugkoppeling/feed/{neighbourhood.slug}/",
        "open data ideas csv": "/open-data/ideeen.csv",
        "open data updates csv": "/open-data/terugkoppelingen.csv",
        "open data ideas json": "/open-data/ideeen.json",
        "sitemap": "/sitemap.xml",
        "sitemap section": "/sitemap-pages.xml",
        "robots.txt": "/robots.txt",
        "idea submission form": "/idee-insturen/",
        "follow form": f"/volgen/?pagina={idea.pk}",
        "social map sign-up form": "/sociale-kaart/aanmelden/",
    }
    for code in ("en", "ar"):
        locale = Locale.objects.get(language_code=code)
        urls[f"{code} home"] = f"/{code}/"
        for name, model in [
            ("neighbourhood", NeighbourhoodPage),
            ("register", IdeaIndexPage),
            ("idea", IdeaPage),
            ("toolkit chapter", ToolkitChapterPage),
            ("good practice index", GoodPracticeIndexPage),
            ("good practice", GoodPracticePage),
            ("neighbourhood update", NeighbourhoodUpdatePage),
            ("event", EventPage),
            ("standard page", StandardPage),
        ]:
            translated, fallback = _translated_and_fallback(model, locale, nl)
            if translated is not None:
                urls[f"{code} {name} translated"] = _url(translated)
            if fallback is not None:
                # Served under the visitor's prefix, as the menus and links do.
                urls[f"{code} {name} untranslated"] = f"/{code}{_url(fallback)}"
        urls[f"{code} search"] = f"/{code}/zoeken/?q=buurt"
        urls[f"{code} social map"] = f"/{code}/sociale-kaart/"
        urls[f"{code} feed"] = f"/{code}/terugkoppeling/feed/"
    return urls


def count_queries(client, url, cold=True):
    """Status code and number of SQL queries of one GET, with an empty cache if ``cold``.

    The page is requested once before a cold count: the first request ever
    makes the image renditions, a one-off write that is not what visitors cost.
    """
    if cold:
        client.get(url)
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            # Open data is streamed: its queries run while the body is read.
            b"".join(response.streaming_content)
    return response.status_code, len(queries), queries


def add_more_content(ideas=200, updates_per_idea=3, practices=50, news=50, events=50):
    """Many more ideas, answers, practices, news, meetings, organisations and
    translations, spread over the demo neighbourhoods: listings must not cost a
    query per item."""
    import datetime

    from django.utils import timezone

    from feedback.status import Status
    from tests import factories

    nl = Locale.objects.get(language_code="nl")
    today = timezone.localdate()
    neighbourhoods = list(NeighbourhoodPage.objects.filter(locale=nl).order_by("path"))
    registers = [IdeaIndexPage.objects.child_of(n).first() for n in neighbourhoods]
    registers = [r for r in registers if r is not None]
    themes = list(Theme.objects.order_by("pk"))
    steps = [Status.UNDER_REVIEW, Status.PLANNED, Status.IN_PROGRESS, Status.DONE]
    for n in range(ideas):
        received = today - datetime.timedelta(days=200 - n % 150)
        factories.IdeaPageFactory(
            parent=registers[n % len(registers)],
            theme=themes[n % len(themes)],
            received_on=received,
            updates=[
                {
                    "date": received + datetime.timedelta(days=7 * (i + 1)),
                    "status": steps[i % len(steps)],
                    "message": f"Stap {i + 1} van idee {n}.",
                }
                for i in range(updates_per_idea)
            ],
        )
    index = GoodPracticeIndexPage.objects.filter(locale=nl).first()
    chapters = list(ToolkitChapterPage.objects.filter(locale=nl).order_by("path")[:3])
    methods = list(Method.objects.order_by("pk"))
    for n in range(practices):
        practice = factories.GoodPracticePageFactory(
            parent=index,
            themes=[themes[n % len(themes)]],
            methods=[methods[n % len(methods)]],
        )
        practice.chapter_links.create(chapter=chapters[n % len(chapters)])
    for n in range(news):
        neighbourhood = neighbourhoods[n % len(neighbourhoods)]
        neighbourhood.add_child(
            instance=NeighbourhoodUpdatePage(
                title=f"Nieuws {n}",
                slug=f"nieuws-extra-{n}",
                summary="Nieuws uit de wijk.",
                date=today - datetime.timedelta(days=n),
                body=[],
            )
        )
    for n in range(events):
        factories.EventPageFactory(parent=neighbourhoods[n % len(neighbourhoods)])
    for n in range(20):
        organisation = Organisation.objects.create(
            name=f"Organisatie {n}",
            slug=f"organisatie-extra-{n}",
            summary="Wij helpen bewoners.",
            languages=["nl", "ar"],
            live=True,
        )
        organisation.themes.set([themes[n % len(themes)]])
        organisation.neighbourhoods.set([neighbourhoods[n % len(neighbourhoods)]])
        organisation.save()
    # Translations of some of the new pages, so listings mix translated pages
    # with Dutch stand-ins.
    for code in ("en", "ar"):
        locale = Locale.objects.get(language_code=code)
        for model in (IdeaPage, GoodPracticePage, NeighbourhoodUpdatePage, EventPage):
            for page in model.objects.filter(locale=nl).order_by("-pk")[:5]:
                if page.get_translation_or_none(locale) is None:
                    page.copy_for_translation(locale, copy_parents=True).save_revision().publish()
