"""The toolkit "Meedoen met inwoners": an index of chapters and the chapters."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import BodyBlock, table_of_contents
from ..compiled import compiled
from ..locales import default_locale
from .base import BasePage, localized_with_fallback


class ToolkitIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    about = RichTextField(
        _("about this toolkit"), features=["bold", "italic", "link", "ul"], blank=True
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("about")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("about"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ToolkitChapterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("toolkit")

    def chapters(self):
        return ToolkitChapterPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = list(self.chapters())
        context["chapters"] = [c for c in chapters if not c.is_extra_tip]
        context["extra_tips"] = [c for c in chapters if c.is_extra_tip]
        return context

    @path("print/", name="print")
    def print_view(self, request):
        """The whole toolkit on one page, for printing or saving as PDF."""
        context = self.get_context(request)
        context["all_chapters"] = list(self.chapters())
        return TemplateResponse(request, "pages/toolkit_print.html", context)


class ToolkitChapterPage(BasePage):
    summary = models.CharField(
        _("summary"), max_length=250, help_text=_("One sentence for lists and search results.")
    )
    is_extra_tip = models.BooleanField(
        _("extra tip"),
        default=False,
        help_text=_("Listed under 'Extra tips' instead of the main chapters."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("content"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("is_extra_tip"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.ToolkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toolkit chapter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = _chapters_under(parent_path=self.path[: -self.steplen], depth=self.depth)
        # A draft being previewed is not among the live siblings: no navigation then.
        position = next((i for i, page in enumerate(siblings) if page.pk == self.pk), None)
        if position is not None:
            context["previous_chapter"] = siblings[position - 1] if position > 0 else None
            context["next_chapter"] = (
                siblings[position + 1] if position + 1 < len(siblings) else None
            )
        context["table_of_contents"] = table_of_contents(self.body)
        context["related_practices"] = self.related_practices()
        return context

    def related_practices(self):
        return _practices_linked_to(
            self.locale_id, default_locale().id, chapter_key=self.translation_key
        )


# What a chapter page lists, compiled once per process (pages.compiled).


@compiled
def _chapters_under(*, parent_path, depth):
    """The live, public chapters below the page with ``parent_path``, in order.
    Only titles and addresses are shown: the chapters' bodies stay unread."""
    return (
        ToolkitChapterPage.objects.filter(path__startswith=parent_path, depth=depth)
        .live()
        .public()
        .defer_streamfields()
        .order_by("path")
    )


@compiled
def _practices_linked_to(locale_id, source_locale_id, *, chapter_key):
    """The good practices linked to the chapter (in any language) with this
    translation key, in ``locale_id`` where translated, by title."""
    from .practices import GoodPracticePage

    practices = GoodPracticePage.objects.live().public()
    return (
        localized_with_fallback(practices, locale_id, source_locale_id)
        .filter(chapter_links__chapter__translation_key=chapter_key)
        .select_related("municipality")
        .defer_streamfields()
        .distinct()
        .order_by("title")
    )
