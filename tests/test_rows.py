"""Pages read with SQL written once per page type (pages.rows) are the same
objects the ORM would give: every field, with the same Python type."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page

import pytest

from pages import rows
from pages.locales import active_locale
from pages.serving import visitors_home

pytestmark = pytest.mark.django_db


def one_page_of_each_type():
    seen = {}
    for page in Page.objects.exclude(depth=1).order_by("path"):
        seen.setdefault(page.content_type_id, page)
    return [(ContentType.objects.get_for_id(key).model_class(), page) for key, page in seen.items()]


def test_every_page_type_is_read_as_the_orm_reads_it():
    pages = one_page_of_each_type()
    assert len(pages) >= 10  # the demo has many page types
    for model, page in pages:
        [mine] = rows.fetch(model, f"{rows.column(model, 'id')} = %s", [page.pk])
        expected = model.objects.get(pk=page.pk)
        assert type(mine) is model
        assert not mine._state.adding
        for field in model._meta.concrete_fields:
            name = f"{model.__name__}.{field.name}"
            mine_value, expected_value = (
                getattr(mine, field.attname),
                getattr(expected, field.attname),
            )
            assert type(mine_value) is type(expected_value), name
            if hasattr(expected_value, "raw_data"):  # StreamField values
                mine_value, expected_value = (
                    list(mine_value.raw_data),
                    list(expected_value.raw_data),
                )
            assert mine_value == expected_value, name


def test_a_uuid_is_matched_as_the_database_stores_it(home):
    found = rows.fetch(
        Page,
        f"{rows.column(Page, 'translation_key')} = %s",
        [rows.db_value(Page, "translation_key", home.translation_key)],
    )
    assert {page.pk for page in found} == set(
        Page.objects.filter(translation_key=home.translation_key).values_list("pk", flat=True)
    )


def test_nothing_is_found_for_a_page_that_does_not_exist():
    assert rows.fetch(Page, f"{rows.column(Page, 'id')} = %s", [0]) == []


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_the_visitors_home_is_the_translation_in_their_language_in_one_query(home, language):
    with translation.override(language):
        active_locale()  # known after the first request of a process
        with CaptureQueriesContext(connection) as queries:
            found = visitors_home(home)
        expected = home.localized.specific
    assert len(queries) == 1
    assert found == expected
    assert found.locale.language_code == language
    assert type(found) is type(home)
