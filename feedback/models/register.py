"""A neighbourhood's feedback register: every idea and what happened with it."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q, Value
from django.db.models.expressions import RawSQL
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from pagecache.fragments import remembered
from pages.compiled import compiled
from pages.facets import slug_param
from pages.locales import default_locale
from pages.models.base import BasePage, localized_with_fallback

from ..status import DISPLAY_ORDER, Status
from ..tally import Tally, regrouped
from .ideas import FeedbackUpdate, IdeaPage

IDEAS_PER_PAGE = 20
# A printed register of a big neighbourhood runs to hundreds of ideas: printed
# in parts, so each part stays a light page (under 60 KB) that prints quickly.
PRINT_IDEAS_PER_PAGE = 40


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

    def ideas_here(self):
        """Public ideas under this register or its translations, in any language:
        they share the register's translation key (``IdeaPage.register_key``)."""
        return _public_ideas_of(self.translation_key)

    def ideas(self):
        """The public ideas of this register, translated where possible: what
        the figures count and the print view shows."""
        return localized_with_fallback(self.ideas_here(), self.locale_id)

    def listed_ideas(self, status="", theme_id=None):
        """The same ideas as ``ideas()``, filtered, newest first, for one page of
        the list: PostgreSQL walks one of IdeaPage's ``idea_register_*`` indexes
        in this order and stops after the page, so page 50 reads about 1,000
        rows (and passes over other languages' ideas) and sorts nothing."""
        return _listed_ideas(*self._listing_shape(), **self._listing_values(status, theme_id))

    def _listing_shape(self):
        return self.locale_id, default_locale().id

    def _listing_values(self, status, theme_id):
        values = {"register_key": self.translation_key}
        if status:
            values["status"] = status
        if theme_id is not None:
            values["theme_id"] = theme_id
        return values

    def filtered(self, tally, status, theme_id):
        """The listed ideas for these filters, to be sliced into pages (each page
        one query, compiled once), and how many there are: counted from the
        register's ``tally()``, not with a query of its own."""
        shape, values = self._listing_shape(), self._listing_values(status, theme_id)
        return _PagesOfIdeas(shape, values), tally.count(status, theme_id)

    def tally(self):
        """The ``Tally`` of ``ideas()``, counted and added up by the database in
        one query (compiled once)."""
        return Tally.from_rows(
            _register_tally_rows(
                self.locale_id, default_locale().id, register_key=self.translation_key
            )
        )

    def cached_tally(self):
        """``tally()``, from the shared cache when there: every page of the
        register (and its print parts) and the neighbourhood page need it."""
        return remembered("register-tally", self.tally, self.pk)

    def get_context(self, request, *args, **kwargs):
        from pages.models import Theme

        context = super().get_context(request, *args, **kwargs)
        tally = self.cached_tally()
        chosen_status = request.GET.get("status", "")
        if chosen_status not in Status.values:
            chosen_status = ""
        chosen_theme = slug_param(request.GET.get("thema", "")[:100])
        # The themes that have ideas here, from the tally: no second pass over
        # the register. The chosen theme's id lets the list use its index.
        themes = list(Theme.objects.filter(pk__in=tally.theme_ids()).order_by("name"))
        theme = next((t for t in themes if t.slug == chosen_theme), None)
        if chosen_theme and theme is None:
            # No idea here has that theme (or there is no such theme).
            listed, count = IdeaPage.objects.none(), 0
        else:
            listed, count = self.filtered(tally, chosen_status, theme and theme.pk)
        paginator = Paginator(listed, IDEAS_PER_PAGE)
        paginator.count = count  # spares the paginator its count query
        page_obj = paginator.get_page(request.GET.get("pagina"))
        context.update(
            page_obj=page_obj,
            ideas=page_obj.object_list,
            status_counts=tally.status_counts(),
            total=tally.total,
            figures=tally.on_time(),
            statuses=[Status(s) for s in DISPLAY_ORDER],
            themes=themes,
            chosen_status=chosen_status,
            chosen_theme=chosen_theme,
        )
        return context

    @path("print/", name="print")
    def print_view(self, request):
        """A4 handout of the register for the evaluation meeting, in parts of
        ``PRINT_IDEAS_PER_PAGE`` ideas (?pagina=N)."""
        context = super().get_context(request)
        tally = self.cached_tally()
        listed = (
            self.ideas()
            .select_related("theme")
            # Reasons joined, not prefetched: one query whether or not a part has any.
            .prefetch_related(
                Prefetch("updates", FeedbackUpdate.objects.select_related("reason_code"))
            )
            .order_by("status", "-received_on", "-pk")
        )
        paginator = Paginator(listed, PRINT_IDEAS_PER_PAGE)
        paginator.count = tally.total  # spares the paginator its count query
        page_obj = paginator.get_page(request.GET.get("pagina"))
        context.update(
            page_obj=page_obj,
            all_ideas=page_obj.object_list,
            status_counts=tally.status_counts(),
            figures=tally.on_time(),
        )
        return TemplateResponse(request, "feedback/register_print.html", context)


def _public_ideas_of(register_key):
    """Public ideas of the register (in any language) with this translation key."""
    return IdeaPage.objects.filter(register_key=register_key).live().public()


def each_idea(ideas):
    """``(status, days to first answer, theme id, 1)`` for each of ``ideas``:
    what ``feedback.tally.regrouped`` counts."""
    return (
        ideas.order_by()
        .values_list("status", "days_to_first_answer", "theme_id")
        .annotate(n=Value(1))
    )


@compiled(around=regrouped)
def _register_tally_rows(locale_id, source_locale_id, *, register_key):
    """The rows of ``IdeaIndexPage.tally``: the register's ``ideas()``, counted
    by the database (``feedback.tally.regrouped``)."""
    ideas = _public_ideas_of(register_key)
    return each_idea(localized_with_fallback(ideas, locale_id, source_locale_id))


_NEWEST_FIRST = ("-received_on", "-pk")


def _listed_ideas(locale_id, source_locale_id, *, register_key, status=None, theme_id=None):
    """``IdeaIndexPage.listed_ideas``: the ideas of the register with this
    translation key, in the register's language (``locale_id``) where
    translated."""
    ideas = _public_ideas_of(register_key)
    if status is not None:
        ideas = ideas.filter(status=status)
    if theme_id is not None:
        ideas = ideas.filter(theme_id=theme_id)
    # localized_with_fallback's NOT IN over all translated ideas suits the
    # figures (one hash), but with it PostgreSQL sorts the whole register
    # for every page (page 50 of 5,000 ideas: 27 ms, against 4 ms here). A
    # translation looked up per idea (EXISTS) lets it walk the index.
    if locale_id == source_locale_id:
        ideas = ideas.filter(locale_id=locale_id)
    else:
        translation = ideas.filter(locale_id=locale_id, translation_key=OuterRef("translation_key"))
        ideas = ideas.filter(
            Q(locale_id=locale_id) | (Q(locale_id=source_locale_id) & ~Exists(translation))
        )
    return ideas.select_related("theme").order_by(*_NEWEST_FIRST)


_compiled_listed_ideas = compiled(_listed_ideas)


@compiled
def _page_of_listed_ideas(locale_id, source_locale_id, *, limit, offset, **filters):
    """Ideas ``[offset:offset + limit]`` of ``_listed_ideas``, in one query.

    The page's ids are found first, from the register's index (and, once
    vacuumed, the page table's ``pages_page_visibility``) alone; only those
    ideas are then read whole. Sliced as one query, PostgreSQL read every
    skipped idea and page row as well: page 50 of a status (1,000 skipped)
    took 12–25 ms on the benchmark's biggest register, against 1.4 ms for
    page 1. ``limit`` and ``offset`` are values (SQL parameters): one
    compiled query for every page.
    """
    listed = _listed_ideas(locale_id, source_locale_id, **filters)
    ids, params = listed.values("pk").query.sql_with_params()
    # The ORM's own SQL with every value a parameter: nothing is pasted in.
    window = RawSQL(f"{ids} LIMIT %s OFFSET %s", (*params, limit, offset))  # noqa: S611  # nosec B611
    return IdeaPage.objects.filter(pk__in=window).select_related("theme").order_by(*_NEWEST_FIRST)


class _PagesOfIdeas:
    """What the paginator slices ``[start:stop]`` for one page of the list."""

    def __init__(self, shape, values):
        self.shape, self.values = shape, values

    def __getitem__(self, window):
        if not isinstance(window, slice) or window.stop is None or window.step is not None:
            raise TypeError("Take pages of the listed ideas as [start:stop].")
        start = window.start or 0
        if window.stop <= start:
            return []
        return _page_of_listed_ideas(
            *self.shape, limit=window.stop - start, offset=start, **self.values
        )

    def __iter__(self):
        """Every listed idea (for the whole list, not a page of it)."""
        return iter(_compiled_listed_ideas(*self.shape, **self.values))
