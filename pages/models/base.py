"""What every page type of the portal shares."""

from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404

from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction

from ..locales import active_locale, default_locale


class BasePageQuerySet(PageQuerySet):
    """Wagtail's page queries, with privacy checked inside the same SQL query.

    Wagtail's ``public()`` first reads every view restriction (one query per
    call, and a listing calls it several times); here the restriction test is
    a subquery, so filtering on privacy costs no query of its own.
    """

    def private_q(self):
        return Q(in_private_section())


def in_private_section(path="path"):
    """True for a page that, or whose ancestor, has a view restriction: the
    restricted page's path is a prefix of the page's path (``path``: the
    lookup of that path from the query's model, such as ``idea__path``)."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef(path), 1, F("page__depth") * Page.steplen)
        )
    )


def public_pages(model=Page):
    """Live pages of ``model`` (any type by default) outside private sections."""
    return BasePageQuerySet(model).live().public()


class BasePage(Page):
    """A page that falls back to its Dutch original when a translation is missing.

    Each language has its own page tree. A visitor reading in English who
    follows a link to a page that exists only in Dutch gets the Dutch page
    (with a note in their language, see ``base.html``) instead of a 404.
    """

    show_in_menus_default = False
    # What the page router loads along with the page: foreign keys its own view shows.
    route_select_related = ()

    objects = PageManager.from_queryset(BasePageQuerySet)()

    class Meta:
        abstract = True

    @property
    def localized_draft(self):
        # Wagtail looks the active locale up with a query on every call.
        locale = active_locale()
        if locale.id == self.locale_id:
            return self
        return self.get_translation_or_none(locale) or self

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, in one query.

        Wagtail reads the ancestors first and the restrictions next; the
        ancestors' paths are known from this page's own path. The router marks
        a page it already checked (``_public_by_route``): then no query at all.
        """
        if getattr(self, "_public_by_route", False):
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
        return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__in=aliased))

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            source = self.source_language_page() if path_components else None
            if source is None:
                raise
            return source.specific.route(request, path_components)

    def source_language_page(self):
        """The same page in the site's default language, if this is a translation."""
        source_locale = default_locale()
        if self.locale_id == source_locale.id:
            return None
        # Listings on one page ask several times: look it up once.
        if not hasattr(self, "_source_language_page"):
            # The router fetched the live translations of the page it routed to.
            routed = [
                page
                for page in getattr(self, "route_translations", ())
                if page.locale_id == source_locale.id
            ]
            self._source_language_page = (
                with_specific_class(routed[0])
                if routed
                else self.get_translation_or_none(source_locale)
            )
        return self._source_language_page

    def breadcrumb_ancestors(self):
        """The ancestors below the tree root, top down; known without a query
        when the router found them on its way here (``route_ancestors``)."""
        ancestors = getattr(self, "route_ancestors", None)
        if ancestors is None:
            ancestors = self.get_ancestors()
        return list(ancestors)[1:]

    def parent_from_route(self):
        """The parent page, without a query when the router passed it."""
        if not hasattr(self, "_parent_from_route"):
            ancestors = getattr(self, "route_ancestors", None)
            self._parent_from_route = ancestors[-1] if ancestors else self.get_parent()
        return self._parent_from_route

    @property
    def listing_summary(self):
        """Short text for cards and search results."""
        return getattr(self, "summary", "") or self.search_description


def attach_parents(*listings):
    """Set ``parent_page`` on each page of the listings with one query, for
    listings that name where an item belongs (an update's neighbourhood)
    without a query per item. Returns the first listing as a list."""
    listings = [list(pages) for pages in listings]
    parent_paths = {page.path[: -Page.steplen] for pages in listings for page in pages}
    parents = {}
    if parent_paths:
        parents = {parent.path: parent for parent in Page.objects.filter(path__in=parent_paths)}
    for pages in listings:
        for page in pages:
            page.parent_page = parents.get(page.path[: -Page.steplen])
    return listings[0]


def with_parent_names(queryset):
    """``queryset`` with the title and locale of each page's parent, for
    listings that name where an item belongs, in the same query; see
    ``attach_named_parents``."""
    parent = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return queryset.annotate(
        parent_title=Subquery(parent.values("title")[:1]),
        parent_locale_id=Subquery(parent.values("locale_id")[:1]),
    )


def attach_named_parents(pages):
    """Set ``parent_page`` (title and locale only) on pages of ``with_parent_names``."""
    pages = list(pages)
    for page in pages:
        page.parent_page = (
            Page(title=page.parent_title, locale_id=page.parent_locale_id)
            if page.parent_title is not None
            else None
        )
    return pages


def with_specific_class(page):
    """``page`` as an instance of its specific class, without a query: the
    fields of the specific class are deferred (read from the database only if
    used). For cards that need a page type's methods but only the common fields."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    # Fields deferred on ``page`` stay deferred: reading them here would cost a query each.
    names = [
        field.attname for field in Page._meta.concrete_fields if field.attname in page.__dict__
    ]
    instance = model.from_db(
        page._state.db,
        [*names, "page_ptr_id"],
        [
            *(getattr(page, name) for name in names),
            page.pk,
        ],
    )
    return instance


def localized_with_fallback(queryset, locale, source_locale_id=None):
    """Items of ``locale`` plus the Dutch originals that have no translation yet.

    Listings in another language then show everything there is, translated
    where possible, in one query. ``source_locale_id``: the default locale's
    id, for a query compiled once (``pages.compiled``), which must not look
    it up itself.
    """
    # A locale id will do: ``page.locale`` would cost a query.
    locale_id = getattr(locale, "id", locale)
    if source_locale_id is None:
        source_locale_id = default_locale().id
    if locale_id == source_locale_id:
        return queryset.filter(locale_id=locale_id)
    translated_keys = queryset.filter(locale_id=locale_id).values("translation_key")
    return queryset.filter(
        Q(locale_id=locale_id)
        | (Q(locale_id=source_locale_id) & ~Q(translation_key__in=translated_keys))
    )
