"""A neighbourhood's feedback register: every idea and what happened with it."""

import statistics

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from pages.facets import slug_param
from pages.models.base import BasePage, localized_with_fallback

from ..status import DISPLAY_ORDER, Status
from .ideas import IdeaPage

IDEAS_PER_PAGE = 20


class IdeaIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.NeighbourhoodPage"]
    subpage_types = ["feedback.IdeaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("feedback register")

    def permissions_for_user(self, user):
        # Overridden so Wagtail casts to this class and applies the feedback
        # permission policy registered for it (roles.permissions).
        from wagtail.models import PagePermissionTester

        return PagePermissionTester(user, self)

    def ideas(self):
        """The public ideas of this register, translated where possible."""
        roots = [self.path]
        source = self.source_language_page()
        if source is not None:
            roots.append(source.path)
        queryset = IdeaPage.objects.none()
        for root in roots:
            queryset |= IdeaPage.objects.filter(path__startswith=root, depth=self.depth + 1)
        return localized_with_fallback(queryset.live().public(), self.locale_id)

    def status_counts(self, ideas):
        counts = dict(ideas.order_by().values_list("status").annotate(n=Count("pk")))
        return [(Status(s), counts[s]) for s in DISPLAY_ORDER if counts.get(s)]

    def figure_rows(self, ideas):
        """``[(status, days to first answer, theme slug, number of ideas)]``: what
        the figures, and the number of ideas per filter, are counted from."""
        return list(
            ideas.order_by()
            .values_list("status", "days_to_first_answer", "theme__slug")
            .annotate(n=Count("pk"))
        )

    def figures(self, ideas, rows=None):
        """``(status_counts, on_time_figures)`` of ``ideas`` in one query
        (none if the ``figure_rows`` of ``ideas`` are given)."""
        if rows is None:
            rows = self.figure_rows(ideas)
        counts = {}
        for status, _days, _theme, n in rows:
            counts[status] = counts.get(status, 0) + n
        waits = [days for _status, days, _theme, n in rows if days is not None for _ in range(n)]
        status_counts = [(Status(s), counts[s]) for s in DISPLAY_ORDER if counts.get(s)]
        return status_counts, self._on_time(waits)

    def on_time_figures(self, ideas):
        """Share of ideas answered within the promise, and the median wait."""
        return self._on_time(
            days
            for days in ideas.order_by().values_list("days_to_first_answer", flat=True)
            if days is not None
        )

    def _on_time(self, waits):
        waits = list(waits)
        if not waits:
            return None
        promise = settings.FEEDBACK_FIRST_ANSWER_DAYS
        on_time = sum(1 for days in waits if days <= promise)
        return {
            "answered": len(waits),
            "on_time": on_time,
            "percentage": round(100 * on_time / len(waits)),
            "median_days": statistics.median(waits),
            "promise_days": promise,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ideas = self.ideas()
        chosen_status = request.GET.get("status", "")
        if chosen_status not in Status.values:
            chosen_status = ""
        chosen_theme = slug_param(request.GET.get("thema", "")[:100])
        filtered = ideas
        if chosen_status:
            filtered = filtered.filter(status=chosen_status)
        if chosen_theme:
            filtered = filtered.filter(theme__slug=chosen_theme)
        filtered = filtered.select_related("theme").order_by("-received_on", "-pk")
        rows = self.figure_rows(ideas)
        paginator = Paginator(filtered, IDEAS_PER_PAGE)
        # Known from the figures already: spares the paginator its count query.
        paginator.count = sum(
            n
            for status, _days, theme, n in rows
            if (not chosen_status or status == chosen_status)
            and (not chosen_theme or theme == chosen_theme)
        )
        page_obj = paginator.get_page(request.GET.get("pagina"))
        from pages.models import Theme

        status_counts, figures = self.figures(ideas, rows)
        context.update(
            page_obj=page_obj,
            ideas=page_obj.object_list,
            status_counts=status_counts,
            total=sum(n for _, n in status_counts),
            figures=figures,
            statuses=[Status(s) for s in DISPLAY_ORDER],
            themes=Theme.objects.filter(ideas__in=ideas).distinct().order_by("name"),
            chosen_status=chosen_status,
            chosen_theme=chosen_theme,
        )
        return context

    @path("print/", name="print")
    def print_view(self, request):
        """A4 handout of the whole register, for the evaluation meeting."""
        context = super().get_context(request)
        ideas = self.ideas().select_related("theme").prefetch_related("updates__reason_code")
        status_counts, figures = self.figures(self.ideas())
        context.update(
            all_ideas=ideas.order_by("status", "-received_on"),
            status_counts=status_counts,
            figures=figures,
        )
        return TemplateResponse(request, "feedback/register_print.html", context)
