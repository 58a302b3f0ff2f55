"""The home page: what's new, what's next, and the way into the toolkit."""

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..compiled import compiled
from ..locales import default_locale
from .base import (
    BasePage,
    attach_named_parents,
    localized_with_fallback,
    public_pages,
    with_parent_names,
    with_specific_class,
)


class HomePage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    latest_count = models.PositiveSmallIntegerField(
        _("number of updates shown"), default=4, help_text=_("Latest neighbourhood news.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("latest_count")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ToolkitIndexPage",
        "pages.GoodPracticeIndexPage",
        "pages.NeighbourhoodIndexPage",
        "pages.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        from .routing import route_by_url_path

        found = route_by_url_path(self, request, path_components)
        return found if found is not None else super().route(request, path_components)

    def sections(self, request):
        """The live, public pages right below this home page, in tree order."""
        pages = getattr(request, "navigation_pages", None)
        if pages is None:
            return list(public_pages().child_of(self))
        return [
            page
            for page in pages
            if page.parent_path == self.path
            and page.depth == self.depth + 1
            and page.live
            and not page.private
        ]

    def get_context(self, request, *args, **kwargs):
        from feedback.queries import feedback_figures
        from feedback.queries import latest_updates as latest_updates_of_ideas

        from .practices import GoodPracticeIndexPage
        from .toolkit import ToolkitIndexPage

        context = super().get_context(request, *args, **kwargs)
        source_locale_id = default_locale().id
        context["latest_updates"] = attach_named_parents(
            _latest_news(self.locale_id, source_locale_id, self.latest_count)
        )
        context["upcoming_events"] = attach_named_parents(
            _upcoming_meetings(self.locale_id, source_locale_id, 4, now=timezone.now())
        )
        # Lazy: with the shared cache on, the template's fragment usually comes
        # from there and these queries (a count over every idea) never run.
        context["latest_feedback"] = SimpleLazyObject(lambda: latest_updates_of_ideas(limit=4))
        context["feedback_figures"] = SimpleLazyObject(feedback_figures)
        # The cards show only what every page has: no query per section type,
        # and none at all when the router already fetched the sections.
        sections = [
            with_specific_class(page)
            for page in self.sections(request)
            if issubclass(page.specific_class or Page, (ToolkitIndexPage, GoodPracticeIndexPage))
        ]
        context["toolkit"] = next((p for p in sections if isinstance(p, ToolkitIndexPage)), None)
        context["good_practices"] = next(
            (p for p in sections if isinstance(p, GoodPracticeIndexPage)), None
        )
        return context


# The home page's two listings, compiled once per language (pages.compiled).


@compiled
def _latest_news(locale_id, source_locale_id, limit):
    from .neighbourhoods import NeighbourhoodUpdatePage

    news = NeighbourhoodUpdatePage.objects.live().public()
    return with_parent_names(
        localized_with_fallback(news, locale_id, source_locale_id).order_by("-date", "-pk")[:limit]
    )


@compiled
def _upcoming_meetings(locale_id, source_locale_id, limit, *, now):
    from .neighbourhoods import EventPage

    meetings = EventPage.objects.upcoming(now).public()
    return with_parent_names(localized_with_fallback(meetings, locale_id, source_locale_id)[:limit])
