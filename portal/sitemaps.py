"""``/sitemap.xml`` (an index) and ``/sitemap-pages.xml``: every live public page
of the site, in a fixed number of queries.

Wagtail's own sitemap loads each page as its specific type, a query per page
type, though no page type here adds anything to its sitemap entry: the address
and the last publication date are fields of every page. This one lists the
same pages (the site's page tree, live and outside private sections) as plain
pages, so the count does not grow with the number of page types.
"""

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

from pages.models.base import public_pages

# All a sitemap entry needs: the address (url_path and the tree, for the
# site) and the last modification.
FIELDS = (
    "path",
    "depth",
    "url_path",
    "locale_id",
    "content_type_id",
    "last_published_at",
    "latest_revision_created_at",
)


class PublicPagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            public_pages()
            .filter(path__startswith=root.path, depth__gte=root.depth)
            .order_by("path")
            .only(*FIELDS)
        )


def sitemaps():
    """The sections of ``/sitemap.xml``: one, ``/sitemap-pages.xml``."""
    return {"pages": PublicPagesSitemap}
