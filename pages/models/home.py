"""The home page: what's new, what's next, and the way into the toolkit."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .base import BasePage, attach_parents, localized_with_fallback


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

    def get_context(self, request, *args, **kwargs):
        from feedback.queries import feedback_figures, latest_updates

        from .neighbourhoods import EventPage, NeighbourhoodUpdatePage
        from .practices import GoodPracticeIndexPage
        from .toolkit import ToolkitIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_updates"] = attach_parents(
            localized_with_fallback(
                NeighbourhoodUpdatePage.objects.live().public(), self.locale
            ).order_by("-date", "-pk")[: self.latest_count]
        )
        context["upcoming_events"] = attach_parents(
            localized_with_fallback(
                EventPage.objects.upcoming(timezone.now()).public(), self.locale
            )[:4]
        )
        context["latest_feedback"] = latest_updates(limit=4)
        context["feedback_figures"] = feedback_figures()
        sections = (
            self.get_children()
            .live()
            .public()
            .specific()
            .type(ToolkitIndexPage, GoodPracticeIndexPage)
        )
        context["toolkit"] = next((p for p in sections if isinstance(p, ToolkitIndexPage)), None)
        context["good_practices"] = next(
            (p for p in sections if isinstance(p, GoodPracticeIndexPage)), None
        )
        return context
