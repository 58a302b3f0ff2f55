"""Model instances from SQL written once per model, for the reads every page
request makes.

Building and compiling a query with the ORM costs about a millisecond of CPU
for a page type's tables, every time; PostgreSQL answers the same query in a
tenth of that. For the few reads that every request makes in the same shape
(the site, the visitor's home page, the page an address leads to) the ORM
compiles the SELECT once per model and process; each request adds only its
WHERE clause and values. Rows become instances exactly as the ORM makes them:
same columns, same conversions (SQLite hands over UUIDs, booleans and times as
text and numbers), ``from_db`` so that they are saved and compared as usual.
"""

from functools import cache

from django.db import connection


def instance(model, values):
    """A ``model`` instance from the raw values of its concrete fields, in
    ``model._meta.concrete_fields`` order, converted as the ORM does."""
    fields = model._meta.concrete_fields
    converted = []
    for (column, converters), value in zip(_converters(model), values, strict=True):
        for convert in converters:
            value = convert(value, column, connection)
        converted.append(value)
    return model.from_db(connection.alias, [field.attname for field in fields], converted)


@cache
def _converters(model):
    found = []
    for field in model._meta.concrete_fields:
        column = field.get_col(field.model._meta.db_table)
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        found.append((column, converters))
    return found


@cache
def _select(model):
    """The ORM's own SELECT of every concrete field of ``model``, joined over
    its parent tables, in ``concrete_fields`` order and without a WHERE."""
    sql, params = model._base_manager.order_by().query.sql_with_params()
    assert not params, sql
    return sql


def column(model, name):
    """``name``'s column, named as in ``fetch``'s SQL: quoted, with its table."""
    field = model._meta.get_field(name)
    quote = connection.ops.quote_name
    return f"{quote(field.model._meta.db_table)}.{quote(field.column)}"


def db_value(model, name, value):
    """``value`` as the database stores field ``name`` (a UUID on SQLite: hex text)."""
    return model._meta.get_field(name).get_db_prep_value(value, connection)


def fetch(model, where, params):
    """The ``model`` instances for which ``where`` holds (SQL, with ``column``
    for the columns and ``%s`` for ``params``)."""
    with connection.cursor() as cursor:
        cursor.execute(f"{_select(model)} WHERE {where}", params)
        return [instance(model, row) for row in cursor.fetchall()]
