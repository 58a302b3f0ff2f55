"""What the browser tests visit: one address per public page type, read from the demo.

Runs inside the demo server's process (``server.py``), after the demo is loaded,
so the tests need no database of their own. Every page has a Dutch address and
an Arabic one: the Arabic translation where the demo has one, otherwise the
Dutch page under /ar/ (shown in Dutch with a note, the interface in Arabic).

It also makes the e-mail subscriptions whose links the follow pages need: the
confirmation and unsubscribe links normally arrive by e-mail.
"""

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page

from feedback.models import IdeaIndexPage, IdeaPage, Subscription
from feedback.models.subscriptions import follow_target
from feedback.status import NEEDS_REASON, Status
from pages.locales import with_language_prefix
from pages.models import (
    EventPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    HomePage,
    Municipality,
    NeighbourhoodIndexPage,
    NeighbourhoodPage,
    NeighbourhoodUpdatePage,
    StandardPage,
    Theme,
    ToolkitChapterPage,
    ToolkitIndexPage,
)

LANGUAGES = ("nl", "ar")
# Subscriptions per language, one per follow page state, so no test depends on another's clicks.
SUBSCRIPTION_STATES = ("confirm", "confirmed", "unsubscribe", "unsubscribed")


def _first(model, **filters):
    page = (
        model.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE, **filters)
        .order_by("path")
        .first()
    )
    if page is None:
        raise LookupError(f"The demo has no live {model.__name__}.")
    return page


def _addresses(page, suffix=""):
    """{"nl": address, "ar": address} of a Dutch page (plus a route or query after it)."""
    arabic = page.get_translation_or_none(Locale.objects.get(language_code="ar"))
    nl = page.get_url() + suffix
    ar = (
        arabic.get_url() + suffix
        if arabic is not None and arabic.live
        else with_language_prefix(nl, "ar")
    )
    return {"nl": nl, "ar": ar}


def _path(path):
    return {language: with_language_prefix(path, language) for language in LANGUAGES}


def _practice_filters():
    """A theme with practices, and a theme plus municipality that have none together."""
    themes = Theme.objects.annotate(n=Count("good_practices")).filter(n__gt=0).order_by("-n")
    theme = themes.first()
    for municipality in Municipality.objects.order_by("slug"):
        for other in themes:
            if not GoodPracticePage.objects.filter(
                municipality=municipality, themes=other
            ).exists():
                return theme.slug, f"?thema={other.slug}&gemeente={municipality.slug}"
    raise LookupError("Every municipality has practices of every theme: no empty result.")


def _richest_idea(neighbourhood):
    """The idea with the longest timeline, preferring one whose answer carries a reason."""
    ideas = (
        IdeaPage.objects.live()
        .public()
        .descendant_of(neighbourhood)
        .annotate(n=Count("updates"))
        .order_by("-n", "path")
    )
    with_reason = ideas.filter(updates__status__in=NEEDS_REASON).first()
    return with_reason or ideas.first()


def _translated_idea():
    """An idea the demo translated into Arabic, for the right-to-left timeline."""
    arabic = (
        IdeaPage.objects.live()
        .public()
        .filter(locale__language_code="ar")
        .annotate(n=Count("updates"))
        .filter(n__gt=0)
        .order_by("-n", "path")
        .first()
    )
    if arabic is None:
        return None
    dutch = arabic.get_translation(Locale.objects.get(language_code=settings.LANGUAGE_CODE))
    return {"nl": dutch.get_url(), "ar": arabic.get_url()}


def _untranslated_page():
    """A Dutch page without an Arabic translation: shown in Dutch under the Arabic interface."""
    arabic_keys = Page.objects.filter(locale__language_code="ar").values("translation_key")
    page = (
        Page.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE, depth__gt=2)
        .exclude(translation_key__in=arabic_keys)
        .order_by("path")
        .first()
    )
    return _addresses(page) if page is not None else None


def _subscriptions(neighbourhood, idea):
    """Tokens of fresh subscriptions: {language: {state: token}}."""
    tokens = {}
    for language in LANGUAGES:
        tokens[language] = {}
        for number, state in enumerate(SUBSCRIPTION_STATES):
            target = follow_target(idea if number % 2 else neighbourhood)
            subscription, _created = Subscription.objects.get_or_create(
                email=f"browser-test-{language}-{state}@example.org",
                **{"idea" if isinstance(target, IdeaPage) else "neighbourhood": target},
                defaults={"language": language},
            )
            if state != "confirm":
                subscription.confirm()
            if state == "unsubscribed":
                subscription.unsubscribe()
            tokens[language][state] = subscription.token
    return tokens


def describe():
    # Addresses of views come out without a language prefix, as in Dutch.
    with translation.override(settings.LANGUAGE_CODE):
        return _describe()


def _describe():
    home = _first(HomePage)
    neighbourhood = _first(NeighbourhoodPage)
    register = IdeaIndexPage.objects.live().child_of(neighbourhood).first()
    idea = _richest_idea(neighbourhood)
    toolkit = _first(ToolkitIndexPage)
    practices = _first(GoodPracticeIndexPage)
    theme, no_results = _practice_filters()
    filtered_status = (
        IdeaPage.objects.live().child_of(register).exclude(status=Status.RECEIVED).first().status
    )
    pages = {
        "home": _addresses(home),
        "toolkit index": _addresses(toolkit),
        "toolkit chapter": _addresses(_first(ToolkitChapterPage)),
        "toolkit print view": _addresses(toolkit, "print/"),
        "good-practice index": _addresses(practices),
        "good-practice index, filtered": _addresses(practices, f"?thema={theme}"),
        "good-practice index, no results": _addresses(practices, no_results),
        "good-practice page": _addresses(_first(GoodPracticePage)),
        "neighbourhood index": _addresses(_first(NeighbourhoodIndexPage)),
        "neighbourhood page": _addresses(neighbourhood),
        "neighbourhood agenda": _addresses(neighbourhood, "agenda/"),
        "neighbourhood update": _addresses(_first(NeighbourhoodUpdatePage)),
        "event page": _addresses(_first(EventPage)),
        "feedback register": _addresses(register),
        "feedback register, filtered": _addresses(register, f"?status={filtered_status}"),
        "idea page": _addresses(idea),
        "register print view": _addresses(register, "print/"),
        "search results": _path("/zoeken/?q=bijeenkomst"),
        "404 page": _path("/deze-pagina-bestaat-niet/"),
        "standard page": _addresses(_first(StandardPage)),
        "idea form": _path("/idee-insturen/"),
        "idea form: received": _path(f"/idee-insturen/verstuurd/?wijk={neighbourhood.slug}"),
        "follow form": _path(f"/volgen/?pagina={neighbourhood.pk}"),
        "follow: check your mail": _path(f"/volgen/verstuurd/?pagina={neighbourhood.pk}"),
        "follow: unknown link": _path("/volgen/bevestigen/onbekende-link/"),
        "social map": _path(reverse("socialmap_overview")),
        "social map: sign-up form": _path(reverse("socialmap_submit")),
    }
    tokens = _subscriptions(neighbourhood, idea)
    for state in SUBSCRIPTION_STATES:
        route = "volgen/bevestigen" if state.startswith("confirm") else "afmelden"
        pages[f"follow: {state}"] = {
            language: with_language_prefix(f"/{route}/{tokens[language][state]}/", language)
            for language in LANGUAGES
        }
    return {
        "pages": pages,
        "neighbourhood_id": neighbourhood.pk,
        "idea_id": idea.pk,
        "translated_idea": _translated_idea(),
        "untranslated_page": _untranslated_page(),
    }
