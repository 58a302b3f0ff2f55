"""Bulk insertion of Wagtail pages, bypassing ``add_child`` one page at a time.

``add_child`` costs a handful of queries per page (and a revision and a
publish on top); for tens of thousands of pages that takes hours. Here pages
get their treebeard ``path``/``depth`` computed the way treebeard does
(``Page._get_path``), their ``url_path`` from the parent, and are inserted in
two steps because Django refuses ``bulk_create`` on multi-table-inherited
models: the ``wagtailcore_page`` rows with ``Page.objects.bulk_create``, then
the specific rows with the model's ``_base_manager._insert``. Parents'
``numchild`` is fixed once at the end with ``fix_numchild``. Pages are live
without revisions (``live_revision`` stays empty): the public site does not
read revisions, the admin shows such pages as "live" with no history.
"""

import datetime

from django.db import connection

from wagtail.models import Page

BATCH = 1000


class Placer:
    """Computes where new children of existing or planned parents go."""

    def __init__(self):
        self._next_step = {}  # parent path -> next free step number
        self._slugs = {}  # parent path -> slugs taken

    def _start(self, parent):
        if parent.path not in self._next_step:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self._next_step[parent.path] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
            self._slugs[parent.path] = set(
                Page.objects.filter(
                    path__startswith=parent.path, depth=parent.depth + 1
                ).values_list("slug", flat=True)
            )

    def place(self, page, parent, *, published_at):
        """Give ``page`` (unsaved) its tree position and the fields a publish would set."""
        self._start(parent)
        step = self._next_step[parent.path]
        self._next_step[parent.path] = step + 1
        slug, n = page.slug, 1
        while page.slug in self._slugs[parent.path]:
            n += 1
            page.slug = f"{slug}-{n}"
        self._slugs[parent.path].add(page.slug)
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = published_at
        page.last_published_at = published_at
        page.latest_revision_created_at = published_at
        # Planned parents (not inserted yet) are placed the same way, so their
        # children can be placed before the parent's row exists.
        self._next_step.setdefault(page.path, 1)
        self._slugs.setdefault(page.path, set())
        return page


PAGE_FIELDS = [f for f in Page._meta.concrete_fields if not f.primary_key]


def insert_pages(model, pages):
    """Insert placed, unsaved pages of one specific ``model``; sets their ids."""
    insert_page_rows(pages)
    insert_specific_rows(model, pages)
    return pages


def insert_page_rows(pages):
    """The ``wagtailcore_page`` half; afterwards the pages have their ids."""
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(p, f.attname) for f in PAGE_FIELDS}) for p in batch]
        )
        for page, row in zip(batch, rows, strict=True):
            page.id = page.page_ptr_id = row.id
            page._state.adding = False


def insert_specific_rows(model, pages):
    """The specific model's own table, keyed by the page ids set above."""
    for start in range(0, len(pages), BATCH):
        model._base_manager._insert(
            pages[start : start + BATCH], fields=model._meta.local_concrete_fields
        )


def fix_numchild():
    """Set every page's ``numchild`` from its actual children, in one statement."""
    table = connection.ops.quote_name(Page._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET numchild = counts.n FROM ("  # noqa: S608 (no user input)
            f"  SELECT substr(path, 1, length(path) - {Page.steplen}) AS parent, count(*) AS n"
            f"  FROM {table} WHERE depth > 1 GROUP BY 1"
            f") AS counts WHERE {table}.path = counts.parent AND {table}.numchild <> counts.n"
        )


def noon(day, tz=datetime.UTC):
    return datetime.datetime.combine(day, datetime.time(12, 0), tzinfo=tz)
