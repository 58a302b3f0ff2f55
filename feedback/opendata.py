"""Open data of the feedback register: every public idea and every answer.

Three downloads, described field by field in ``docs/open-data.md``:

* ``ideeen.csv``: one row per idea;
* ``terugkoppelingen.csv``: one row per feedback update (joined on ``idea_id``);
* ``ideeen.json``: the ideas, each with its updates nested, in one document.

Only the public fields leave the site: the lists below are the whole contract,
so a field added to a model never ends up in the open data by accident. No
page owners, editors, e-mail addresses or other personal data.

Only the Dutch ideas are included. Dutch is the language ideas are answered in
first; a translated idea is a copy of that record, so counting it again would
give false totals.

The responses stream: two queries read all ideas and all updates in the same
order (by idea), and are merged row by row, so memory and the number of
queries stay the same however large the register grows. For the CSV files the
database gives every value already as text, and only cells of free text are
checked for quoting: tens of thousands of rows, so the work per row counts.
"""

import itertools
import json
import re

from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Case, TextField, Value, When
from django.db.models.functions import Cast, Coalesce
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from pages.addresses import page_full_url
from pages.locales import default_locale
from pages.models import NeighbourhoodPage

from .models import FeedbackUpdate, IdeaIndexPage, IdeaPage
from .queries import public_ideas

LICENCE = "CC0-1.0"

IDEA_FIELDS = [
    "id",
    "title",
    "summary",
    "neighbourhood",
    "neighbourhood_cbs_code",
    "theme_slug",
    "theme_name",
    "source",
    "received_on",
    "status",
    "status_since",
    "first_answer_on",
    "days_to_first_answer",
    "last_answer_on",
    "answer_due_on",
    "is_overdue",
    "url",
]

UPDATE_FIELDS = [
    "id",
    "idea_id",
    "date",
    "status",
    "reason_code",
    "reason",
    "referred_to",
    "revisit_on",
    "message",
]

# Values of these types, as text (numbers, dates, true/false), never hold a
# comma, quote or line break and never start like a formula.
PLAIN_FIELD_TYPES = (models.IntegerField, models.DateField, models.BooleanField)


def plain_fields(model, names, worked_out=()):
    """The fields among ``names`` whose values need no quoting or formula guard
    in CSV: numbers, dates, flags and a model's fixed choices, read from the
    model's field types, plus the ``worked_out`` ones. Any other field counts
    as free text (even slugs and codes, which only a form's validation keeps
    tidy), so a field added to the export later is written safely too."""
    plain = set(worked_out)
    for name in names:
        try:
            field = _column_field(model, name)
        except FieldDoesNotExist:
            continue
        if field.choices or isinstance(field, PLAIN_FIELD_TYPES):
            plain.add(name)
    return frozenset(plain)


def _column_field(model, name):
    """The model field behind a column (a foreign key's ``_id``: the key it holds)."""
    for field in model._meta.concrete_fields:
        if name == field.attname != field.name:
            while field.is_relation:
                field = field.target_field
            return field
    return model._meta.get_field(name)


PLAIN_IDEA_FIELDS = plain_fields(IdeaPage, IDEA_FIELDS, worked_out=["is_overdue"])
PLAIN_UPDATE_FIELDS = plain_fields(FeedbackUpdate, UPDATE_FIELDS)

# Database columns read for each update, in the order of UPDATE_FIELDS.
_UPDATE_COLUMNS = [
    "id",
    "idea_id",
    "date",
    "status",
    "reason_code__code",
    "reason",
    "referred_to",
    "revisit_on",
    "message",
]

# The data may be fetched often by other sites; a short shared cache spares the
# database without making answers wait long.
CACHE_SECONDS = 600

CHUNK_SIZE = 500


def open_ideas():
    """The ideas in the open data: live, public and in Dutch."""
    return public_ideas().filter(locale=default_locale())


# Fields of IDEA_FIELDS worked out per row; the others are columns of the idea,
# read after the five that the worked-out fields come from (see _idea_rows).
_WORKED_OUT = {
    "id",
    "neighbourhood",
    "neighbourhood_cbs_code",
    "theme_slug",
    "theme_name",
    "is_overdue",
    "url",
}
_IDEA_COLUMNS = [
    "pk",
    "path",
    "slug",
    "theme__slug",
    "theme__name",
    *(name for name in IDEA_FIELDS if name not in _WORKED_OUT),
]


def _overdue(today, yes, no):
    """``is_overdue`` worked out by the database, as ``yes`` or ``no``."""
    return Case(When(answer_due_on__lt=today, then=Value(yes)), default=Value(no))


def idea_rows(ideas, request, today=None):
    """One tuple per idea (fields in the order of IDEA_FIELDS), in order of id."""
    today = today or timezone.localdate()
    rows = ideas.order_by("pk").annotate(overdue=_overdue(today, True, False))
    return _idea_rows(rows.values_list(*_IDEA_COLUMNS, "overdue"), request, missing=None)


def idea_text_rows(ideas, request, today=None):
    """``idea_rows`` with every value as the text of its CSV cell ('' for none)."""
    today = today or timezone.localdate()
    rows = _as_text(ideas.order_by("pk"), _IDEA_COLUMNS, overdue=_overdue(today, "true", "false"))
    return _idea_rows(rows, request, missing="")


def _idea_rows(rows, request, missing):
    """Rows of ``_IDEA_COLUMNS`` and ``is_overdue`` as rows of IDEA_FIELDS.

    Read as plain rows, not as pages: a city's whole register is tens of
    thousands of ideas, and building a page object and asking Wagtail for its
    address costs about ten times more per idea than the rest of the row.
    """
    nowhere = (missing, missing)
    neighbourhoods = {
        path: (title, cbs_code)
        for path, title, cbs_code in NeighbourhoodPage.objects.filter(
            locale=default_locale()
        ).values_list("path", "title", "cbs_code")
    }
    # An idea lives under its register page, which lives under its neighbourhood.
    register_urls = {
        register.path: page_full_url(register, request)
        for register in IdeaIndexPage.objects.filter(locale=default_locale())
    }
    step = IdeaPage.steplen
    for pk, path, slug, theme_slug, theme_name, title, summary, *stored in rows.iterator(
        chunk_size=CHUNK_SIZE
    ):
        # The rest are stored columns and is_overdue, in the order of IDEA_FIELDS.
        neighbourhood, cbs_code = neighbourhoods.get(path[: -2 * step], nowhere)
        register_url = register_urls.get(path[:-step])
        yield (
            pk,
            title,
            summary,
            neighbourhood,
            cbs_code,
            theme_slug,
            theme_name,
            *stored,
            # A page's address is its parent's address and its own slug.
            f"{register_url}{slug}/" if register_url else missing,
        )


def _as_text(queryset, columns, **extra):
    """``values_list`` of ``columns`` (then ``extra``), each cast to text by
    the database, '' for none: a CSV cell each, with no conversion per value
    left to Python. Dates come out as YYYY-MM-DD (PostgreSQL: see the
    connection's DateStyle in the settings; SQLite keeps dates as text)."""
    texts = {
        f"text_{index}": Coalesce(Cast(column, TextField()), Value(""), output_field=TextField())
        for index, column in enumerate(columns)
    }
    return queryset.annotate(**texts, **extra).values_list(*texts, *extra)


def idea_records(ideas, request, today=None):
    """One dict per idea (fields as in IDEA_FIELDS), in order of id."""
    for row in idea_rows(ideas, request, today):
        yield dict(zip(IDEA_FIELDS, row, strict=True))


def _updates_of(ideas):
    return FeedbackUpdate.objects.filter(idea__in=ideas.values("pk")).order_by(
        "idea_id", "date", "pk"
    )


def update_rows(ideas):
    """One tuple per feedback update (fields as in UPDATE_FIELDS), by idea, then date."""
    return _updates_of(ideas).values_list(*_UPDATE_COLUMNS).iterator(chunk_size=CHUNK_SIZE)


def update_text_rows(ideas):
    """``update_rows`` with every value as the text of its CSV cell ('' for none)."""
    return _as_text(_updates_of(ideas), _UPDATE_COLUMNS).iterator(chunk_size=CHUNK_SIZE)


def update_records(ideas):
    """One dict per feedback update (fields as in UPDATE_FIELDS), by idea, then date."""
    for row in update_rows(ideas):
        yield dict(zip(UPDATE_FIELDS, row, strict=True))


def ideas_with_updates(ideas, request, today=None):
    """Idea records with an ``updates`` list each, merged from two ordered streams."""
    groups = itertools.groupby(update_records(ideas), key=lambda update: update["idea_id"])
    pending = next(groups, None)
    for record in idea_records(ideas, request, today):
        # Updates of an idea published between the two queries have no record: skip them.
        while pending is not None and pending[0] < record["id"]:
            pending = next(groups, None)
        if pending is not None and pending[0] == record["id"]:
            record["updates"] = list(pending[1])
            pending = next(groups, None)
        else:
            record["updates"] = []
        yield record


# CSV


# Spreadsheet programs run a cell that starts with one of these as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A cell with one of these is quoted (RFC 4180).
_QUOTED_WHEN = re.compile(r'[",\r\n]')


def csv_cell(text):
    """A text as its CSV cell: with a leading apostrophe if a spreadsheet would
    run it as a formula, in quotes if it holds a comma, quote or line break."""
    if text.startswith(_FORMULA_STARTS):
        text = "'" + text
    if _QUOTED_WHEN.search(text):
        text = '"' + text.replace('"', '""') + '"'
    return text


def csv_lines(fields, rows, plain=frozenset()):
    """The CSV lines (UTF-8 text, CRLF) of ``rows`` of text cells ('' for
    none), as ``idea_text_rows`` and ``update_text_rows`` give them.

    Cells of the ``plain`` fields (see ``plain_fields``) can hold nothing that
    needs care and are written as they are; any other field's cells go
    through ``csv_cell``. Joined here rather than by
    csv.writer, which spends about ten times longer on each row, and the
    export has tens of thousands of them.
    """
    yield ",".join(map(csv_cell, fields)) + "\r\n"
    careful = [index for index, name in enumerate(fields) if name not in plain]
    for row in rows:
        cells = list(row)
        for index in careful:
            cells[index] = csv_cell(cells[index])
        # A line of one empty cell would be an empty line: RFC 4180 quotes it.
        yield (",".join(cells) or '""') + "\r\n"


# The server writes each piece of a streamed response to the network on its
# own: one write per 64 KB instead of one per row.
STREAM_PIECE_BYTES = 64 * 1024


def in_pieces(parts, size=STREAM_PIECE_BYTES):
    """The strings of ``parts`` joined into pieces of about ``size`` bytes."""
    piece, length = [], 0
    for part in parts:
        piece.append(part)
        length += len(part)
        if length >= size:
            yield "".join(piece)
            piece, length = [], 0
    if piece:
        yield "".join(piece)


def csv_response(lines, filename):
    response = StreamingHttpResponse(in_pieces(lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


# JSON


def json_chunks(records):
    head = {
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "licence": LICENCE,
        "language": default_locale().language_code,
    }
    # The document is written piece by piece: the head object without its
    # closing brace, then the ideas one at a time.
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "ideas": ['
    for index, record in enumerate(records):
        separator = "," if index else ""
        yield separator + "\n" + json.dumps(record, cls=DjangoJSONEncoder, ensure_ascii=False)
    yield "\n]}\n"


# Views


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def ideas_csv(request):
    rows = idea_text_rows(open_ideas(), request)
    return csv_response(csv_lines(IDEA_FIELDS, rows, PLAIN_IDEA_FIELDS), "ideeen.csv")


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def updates_csv(request):
    rows = update_text_rows(open_ideas())
    return csv_response(csv_lines(UPDATE_FIELDS, rows, PLAIN_UPDATE_FIELDS), "terugkoppelingen.csv")


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def ideas_json(request):
    records = ideas_with_updates(open_ideas(), request)
    response = StreamingHttpResponse(
        in_pieces(json_chunks(records)), content_type="application/json; charset=utf-8"
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
