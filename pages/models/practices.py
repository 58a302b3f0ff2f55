"""Good practices from municipalities, browsable with faceted filters."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from ..blocks import BodyBlock
from ..compiled import compiled
from ..facets import FacetedSearch
from ..fields import optional_image
from ..locales import active_locale, default_locale
from .base import BasePage, localized_with_fallback


class GoodPracticeIndexPage(BasePage):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.GoodPracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practices overview")

    def practices(self):
        # Practices are written in Dutch; a translated overview also lists the
        # Dutch ones that have no translation yet, which live under the Dutch overview.
        return _practices(*self._practices_shape(), **self._practices_values())

    def _practices_shape(self):
        return self.locale_id, default_locale().id

    def _practices_values(self):
        values = {"path": self.path, "index_id": self.pk}
        source = self.source_language_page()
        if source is not None:
            values["source_path"] = source.path
        return values

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        context = super().get_context(request, *args, **kwargs)
        ids = _practice_ids(*self._practices_shape(), **self._practices_values())
        search = FacetedSearch(self.practices(), request.GET, ids=ids)
        results = search.results.select_related("municipality").order_by("title", "pk")
        paginator = Paginator(results, settings.GOOD_PRACTICES_PER_PAGE)
        paginator.count = search.count  # known from the ids: no count query
        page_obj = paginator.get_page(request.GET.get("pagina"))
        context.update(search=search, page_obj=page_obj, practices=page_obj.object_list)
        return context


class GoodPracticePage(BasePage):
    municipality = models.ForeignKey(
        "pages.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="good_practices",
    )
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences for lists and search.")
    )
    image = optional_image()
    body = StreamField(BodyBlock(), verbose_name=_("content"))
    themes = ParentalManyToManyField(
        "pages.Theme", verbose_name=_("themes"), blank=True, related_name="good_practices"
    )
    target_groups = ParentalManyToManyField(
        "pages.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="good_practices",
    )
    methods = ParentalManyToManyField(
        "pages.Method", verbose_name=_("methods"), blank=True, related_name="good_practices"
    )
    elements = ParentalManyToManyField(
        "pages.ParticipationElement",
        verbose_name=_("elements of inclusive participation"),
        blank=True,
        related_name="good_practices",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("municipality"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("methods", widget=forms.CheckboxSelectMultiple),
                FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags for the filters"),
        ),
        InlinePanel("chapter_links", label=_("Related toolkit chapters")),
        InlinePanel("external_links", label=_("Read more elsewhere")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
    ]

    parent_page_types = ["pages.GoodPracticeIndexPage"]
    subpage_types = []
    route_select_related = ("municipality", "image")

    class Meta:
        verbose_name = _("good practice")

    def tags(self):
        """``{"themes": [names], "target_groups": …, "methods": …, "elements": …}``
        in one query, each in its model's order."""
        from .taxonomy import Method, ParticipationElement, TargetGroup, Theme

        def names(model, kind, order):
            return (
                model.objects.filter(good_practices=self)
                .annotate(kind=Value(kind), position=order)
                .values_list("kind", "position", "name")
                .order_by()
            )

        zero = Value(0, output_field=models.IntegerField())
        rows = (
            names(Theme, "themes", zero)
            .union(
                names(TargetGroup, "target_groups", zero),
                names(Method, "methods", zero),
                names(ParticipationElement, "elements", F("sort_order")),
                all=True,
            )
            .order_by("kind", "position", "name")
        )
        tags = {"themes": [], "target_groups": [], "methods": [], "elements": []}
        for kind, _position, name in rows:
            tags[kind].append(name)
        return tags

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = self.tags()
        context["overview"] = self.parent_from_route()
        context["chapters"] = self.linked_chapters()
        return context

    def linked_chapters(self):
        """The live toolkit chapters this practice links to, in the link order,
        each in the visitor's language where that translation is live (as
        ``localized``): one query for the chapters and all their translations."""
        from .toolkit import ToolkitChapterPage

        links = GoodPracticeChapterLink.objects.filter(
            practice=self, chapter__translation_key=OuterRef("translation_key")
        ).order_by("sort_order", "pk")
        versions = list(
            ToolkitChapterPage.objects.annotate(
                link_order=Subquery(links.values("sort_order")[:1]),
                linked_id=Subquery(links.values("chapter_id")[:1]),
            ).filter(link_order__isnull=False)
        )
        locale_id = active_locale().id
        translated = {
            page.translation_key: page
            for page in versions
            if page.locale_id == locale_id and page.live
        }
        linked = sorted(
            (page for page in versions if page.pk == page.linked_id and page.live),
            key=lambda page: page.link_order,
        )
        return [
            page if page.locale_id == locale_id else translated.get(page.translation_key, page)
            for page in linked
        ]


class GoodPracticeChapterLink(Orderable):
    practice = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="chapter_links")
    chapter = models.ForeignKey(
        "pages.ToolkitChapterPage",
        verbose_name=_("toolkit chapter"),
        on_delete=models.CASCADE,
        related_name="practice_links",
    )

    panels = [FieldPanel("chapter")]


class GoodPracticeLink(Orderable):
    practice = ParentalKey(
        GoodPracticePage, on_delete=models.CASCADE, related_name="external_links"
    )
    title = models.CharField(_("link text"), max_length=150)
    url = models.URLField(_("address"))

    panels = [FieldPanel("title"), FieldPanel("url")]


def _practices(locale_id, source_locale_id, *, path, index_id, source_path=None):
    """``GoodPracticeIndexPage.practices()``: the live, public practices under
    ``path`` (and ``source_path``, the Dutch overview of a translated one)."""
    roots = Q(path__startswith=path)
    if source_path is not None:
        roots |= Q(path__startswith=source_path)
    practices = GoodPracticePage.objects.live().public().filter(roots).exclude(pk=index_id)
    return localized_with_fallback(practices, locale_id, source_locale_id)


@compiled
def _practice_ids(*shape, **values):
    """The ids of ``_practices``, with a query compiled once."""
    return _practices(*shape, **values).values_list("pk", flat=True)
