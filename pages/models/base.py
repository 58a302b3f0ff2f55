"""What every page type of the portal shares."""

from django.http import Http404

from wagtail.models import Page

from ..locales import default_locale


class BasePage(Page):
    """A page that falls back to its Dutch original when a translation is missing.

    Each language has its own page tree. A visitor reading in English who
    follows a link to a page that exists only in Dutch gets the Dutch page
    (with a note in their language, see ``base.html``) instead of a 404.
    """

    show_in_menus_default = False

    class Meta:
        abstract = True

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
        return self.get_translation_or_none(source_locale)

    @property
    def listing_summary(self):
        """Short text for cards and search results."""
        return getattr(self, "summary", "") or self.search_description


def attach_parents(pages):
    """Set ``parent_page`` on each page with one query, for listings that name
    where an item belongs (an update's neighbourhood) without a query per item."""
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    parents = {parent.path: parent for parent in Page.objects.filter(path__in=parent_paths)}
    for page in pages:
        page.parent_page = parents.get(page.path[: -Page.steplen])
    return pages


def localized_with_fallback(queryset, locale):
    """Items of ``locale`` plus the Dutch originals that have no translation yet.

    Listings in another language then show everything there is, translated
    where possible, in one query.
    """
    from django.db.models import Q

    source_locale = default_locale()
    if locale.id == source_locale.id:
        return queryset.filter(locale_id=locale.id)
    translated_keys = queryset.filter(locale_id=locale.id).values("translation_key")
    return queryset.filter(
        Q(locale_id=locale.id)
        | (Q(locale_id=source_locale.id) & ~Q(translation_key__in=translated_keys))
    )
