"""The CSV exports read every cell as text from the database, guard and quote
only the cells of free text, and join the cells with commas. The result must
be exactly what csv.writer makes of the typed values, on SQLite and on
PostgreSQL."""

import csv
import io

from django.test import RequestFactory
from django.utils.safestring import mark_safe

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback import opendata

from .factories import IdeaPageFactory, ThemeFactory, reason
from .test_open_data import (  # noqa: F401 (fixtures)
    IDEAS_CSV,
    UPDATES_CSV,
    days_ago,
    download,
    neighbourhood,
    not_doing,
    register,
    simple,
)


def written_by_csv_writer(fields, rows):
    """The documented rules (docs/open-data.md), applied the slow and obvious
    way: each value converted on its own and the line written by csv.writer."""

    def cell(value):
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
            return "'" + value
        return value

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return out.getvalue()


# Text with every character that needs care: separators, quotes, line breaks
# and the characters that start a spreadsheet formula.
cells = st.text(alphabet=st.sampled_from(list("ab ,\"\r\n=+-@\t'é٣")), max_size=6)
rows_of_cells = st.integers(min_value=1, max_value=5).flatmap(
    lambda n: st.lists(st.lists(cells, min_size=n, max_size=n), min_size=1, max_size=4)
)


@given(rows_of_cells)
def test_lines_of_free_text_are_what_csv_writer_writes(rows):
    fields = [f"f{n}" for n in range(len(rows[0]))]
    assert "".join(opendata.csv_lines(fields, rows)) == written_by_csv_writer(fields, rows)


def test_a_text_cell_is_guarded_against_formulas_and_quoted_where_needed():
    assert opendata.csv_cell("=1+1") == "'=1+1"
    assert opendata.csv_cell("-5 bankjes") == "'-5 bankjes"
    assert opendata.csv_cell(mark_safe("@gemeente")) == "'@gemeente"
    assert opendata.csv_cell("\tvooraan") == "'\tvooraan"
    assert opendata.csv_cell('Bankjes, met "rugleuning"') == '"Bankjes, met ""rugleuning"""'
    assert opendata.csv_cell("twee\r\nregels") == '"twee\r\nregels"'
    assert opendata.csv_cell("gewoon") == "gewoon"


def test_plain_fields_are_written_as_they_are():
    line = list(opendata.csv_lines(["n", "t"], [("=1", "=1")], plain={"n"}))[1]
    assert line == "=1,'=1\r\n"


@pytest.fixture
def varied_ideas(register):  # noqa: F811
    theme = ThemeFactory(slug="groen", name="Groen, en blauw")
    return [
        # Answered in time: a first answer date, days to it, no deadline left.
        IdeaPageFactory(
            parent=register,
            theme=theme,
            title='Bankjes met "rugleuning"',
            summary="Een zin,\nmet een regel erna.\r\nEn nog een.",
            received_on=days_ago(40),
            updates=[simple(30), not_doing(5)],
        ),
        # Waiting too long: overdue, no answer dates.
        IdeaPageFactory(parent=register, received_on=days_ago(60), summary="=1+1"),
        # Just in: a deadline in the future.
        IdeaPageFactory(parent=register, received_on=days_ago(0), title="-5 bomen", summary="@"),
        IdeaPageFactory(
            parent=register,
            title="مقاعد في الحديقة",
            summary="\tTab vooraan",
            updates=[
                {
                    "date": days_ago(2),
                    "status": "on_hold",
                    "message": "We wachten, op geld.",
                    "reason_code": reason(),
                    "reason": '"Geen budget"',
                    "revisit_on": days_ago(-30),
                }
            ],
        ),
    ]


@pytest.mark.django_db
def test_ideas_csv_cells_from_the_database_match_the_typed_values(client, varied_ideas):
    request = RequestFactory().get("/")
    ideas = opendata.open_ideas()
    typed = list(opendata.idea_rows(ideas, request))
    assert {row[0] for row in typed} >= {idea.pk for idea in varied_ideas}
    assert {row[15] for row in typed} == {True, False}  # is_overdue both ways

    written = download(client, IDEAS_CSV)

    assert written == written_by_csv_writer(opendata.IDEA_FIELDS, typed)


@pytest.mark.django_db
def test_updates_csv_cells_from_the_database_match_the_typed_values(client, varied_ideas):
    ideas = opendata.open_ideas()
    typed = list(opendata.update_rows(ideas))
    assert len(typed) >= 3
    assert any(row[7] for row in typed) and any(row[7] is None for row in typed)  # revisit_on

    written = download(client, UPDATES_CSV)

    assert written == written_by_csv_writer(opendata.UPDATE_FIELDS, typed)


def test_only_numbers_dates_flags_and_fixed_choices_skip_the_care_for_text():
    from feedback.models import FeedbackUpdate, IdeaPage

    chosen = ["title", "summary", "slug", "received_on", "status", "source", "not_a_field"]
    assert opendata.plain_fields(IdeaPage, chosen) == {"received_on", "status", "source"}
    free_text = set(opendata.IDEA_FIELDS) - opendata.PLAIN_IDEA_FIELDS
    assert sorted(free_text) == [
        "neighbourhood",
        "neighbourhood_cbs_code",
        "summary",
        "theme_name",
        "theme_slug",
        "title",
        "url",
    ]
    text = set(opendata.UPDATE_FIELDS) - opendata.plain_fields(
        FeedbackUpdate, opendata.UPDATE_FIELDS
    )
    assert text == {"reason_code", "reason", "referred_to", "message"}
