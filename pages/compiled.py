"""Listing queries built and compiled by the ORM once per process, then run
with each request's values.

A listing query with a few subqueries (privacy, translations, parent names)
costs the ORM 1.5–2.5 ms of CPU to build and compile, every request; the
database answers it in well under a millisecond. A rich page runs four or five
of them, so most of its time went into writing the same SQL again.

``compiled`` turns a function that builds a queryset into one that returns
the queryset's rows as a list, exactly as evaluating the queryset would
(annotations, ``select_related``, deferred fields, the same conversions). The
first call in a process builds the queryset with stand-in values, compiles it
and notes where each stand-in ended up among the SQL parameters; later calls
put their own values there and reuse the SQL and the compiler's description
of the columns.

- Keyword arguments are *values*: they become SQL parameters, so they must
  not change the shape of the query (no ``if`` on them in the builder). Ints,
  strings, UUIDs and aware datetimes are supported; a string may be used as
  is or as the prefix of a ``startswith`` lookup. Whether a value is given
  at all is part of the shape.
- Positional arguments are the *shape*: anything that changes the SQL (a
  locale, a limit, a flag). Each shape is compiled once; keep their number
  small (a few locales, a few page sizes). The builder must depend on nothing
  but its arguments: a value it looks up itself (the default locale's id,
  say) would be kept in the SQL for good; pass it in.
- A builder whose stand-ins cannot all be found in the parameters (a value
  turned into something else, such as a datetime compared with a date) fails
  on its first call, with a message saying which value, never silently.

``compiled(around=f)`` runs ``f(sql, vendor)`` instead of the compiled SQL
(``vendor``: the database's, as ``connection.vendor`` names it): a query
written around it (a re-grouping of its rows, say) that uses its parameters
once each and in the same order, and returns the same columns in the same
order, so that they are converted as the queryset's would be. For
``values_list()`` querysets only; ``feedback.tally.regrouped`` is one.

The result is a list, not a queryset: chaining on a precompiled query would
quietly reuse the old SQL. For a paginated list, make the page's offset and
size values of the builder (the register does, with LIMIT and OFFSET as
parameters of a raw subquery): one compiled query for every page.
"""

import copy
import functools
import itertools
import threading
import uuid
from datetime import UTC, datetime

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connections

__all__ = ["compiled"]

# Stand-ins no real value takes in practice. Ints stay inside every integer
# column's range: Django turns a lookup with a value out of range into "no
# rows" (or "all rows") before it writes any SQL.
_INT_BASE = 2_147_480_000
_TEXT_MARK = "precompiled-stand-in-"
_TIME_BASE = datetime(1901, 2, 3, 4, 5, 6, tzinfo=UTC)
_UUID_BASE = 0x7310_0000_0000_0000_0000_0000_0000_0000


class PrecompileError(TypeError):
    """A builder that ``compiled`` cannot precompile safely."""


def _stand_in(name, value, number):
    if isinstance(value, bool) or value is None:
        raise PrecompileError(
            f"{name}={value!r}: a flag or None changes the query's shape; pass it positionally."
        )
    if isinstance(value, int):
        return _INT_BASE + number
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=_UUID_BASE + number)
    if isinstance(value, str):
        return f"{_TEXT_MARK}{number}"
    if isinstance(value, datetime) and value.tzinfo is not None:
        return _TIME_BASE.replace(microsecond=number)
    raise PrecompileError(
        f"{name}={value!r}: only ints, strings, UUIDs and aware datetimes can be values."
    )


class _Slot:
    """Where a value goes among the parameters, and how it is written there."""

    def __init__(self, name, kind):
        self.name, self.kind = name, kind

    def fill(self, value, connection):
        if self.kind == "prefix":
            return connection.ops.prep_for_like_query(value) + "%"
        if self.kind == "datetime":
            return connection.ops.adapt_datetimefield_value(value)
        if self.kind == "uuid-hex":  # how a UUID is stored where there is no UUID type
            return value.hex
        return value


def _slots(params, stand_ins, connection):
    """For each parameter: the constant it is, or the ``_Slot`` of a value."""
    forms = {}
    for name, stand_in in stand_ins.items():
        if isinstance(stand_in, datetime):
            forms[connection.ops.adapt_datetimefield_value(stand_in)] = _Slot(name, "datetime")
        elif isinstance(stand_in, uuid.UUID):
            forms[stand_in] = _Slot(name, "exact")
            forms[stand_in.hex] = _Slot(name, "uuid-hex")
        else:
            forms[stand_in] = _Slot(name, "exact")
            if isinstance(stand_in, str):
                forms[connection.ops.prep_for_like_query(stand_in) + "%"] = _Slot(name, "prefix")
    slots, found = [], set()
    for param in params:
        slot = forms.get(param) if isinstance(param, (int, str, datetime, uuid.UUID)) else None
        if slot is None and isinstance(param, str) and _TEXT_MARK in param:
            raise PrecompileError(f"A value is used in a way compiled() cannot refill: {param!r}")
        if slot is not None:
            found.add(slot.name)
        slots.append(slot if slot is not None else param)
    missing = set(stand_ins) - found
    if missing:
        raise PrecompileError(
            f"Values not found as SQL parameters: {', '.join(sorted(missing))}. Was a value "
            "converted (a datetime compared with a date?) or used to decide the query's shape?"
        )
    return slots


class _Precompiled:
    def __init__(self, queryset, stand_ins, around=None):
        connection = connections[queryset.db]
        compiler = queryset.query.get_compiler(connection=connection)
        # The same call execute_sql() makes; it also describes the columns
        # (select, klass_info, annotation_col_map) for turning rows into objects.
        try:
            self.sql, params = compiler.as_sql()
        except (EmptyResultSet, FullResultSet) as error:
            raise PrecompileError(
                "The query with stand-in values matches nothing or everything "
                f"({type(error).__name__}): is a value outside its column's range, "
                "such as a small integer? Pass it positionally."
            ) from error
        self.slots = _slots(params, stand_ins, connection)
        if around is not None:
            self.sql = around(self.sql, connection.vendor)
        self.compiler = compiler
        self.using = queryset.db
        # The queryset as it was before it ran (iterable class, prefetches,
        # values() fields); its query answers with the compiler above.
        self.queryset_class = type(queryset)
        self.queryset_state = dict(queryset.__dict__)

    def run(self, values):
        connection = connections[self.using]
        params = tuple(
            slot.fill(values[slot.name], connection) if isinstance(slot, _Slot) else slot
            for slot in self.slots
        )
        compiler = copy.copy(self.compiler)
        # Each thread has its own connection; the SQL is the same for all.
        compiler.connection = connection
        compiler.as_sql = lambda *args, **kwargs: (self.sql, params)
        query = copy.copy(self.queryset_state["_query"])
        query.get_compiler = lambda *args, **kwargs: compiler
        queryset = self.queryset_class.__new__(self.queryset_class)
        queryset.__dict__.update(self.queryset_state, _query=query)
        return list(queryset)


def compiled(build=None, *, around=None):
    """Decorate a queryset builder; see the module's description."""
    if build is None:
        return functools.partial(compiled, around=around)
    cache = {}
    lock = threading.Lock()

    def precompiled_for(shape, values):
        key = (shape, tuple(sorted(values)))
        precompiled = cache.get(key)
        if precompiled is None:
            counter = itertools.count(1)
            stand_ins = {
                name: _stand_in(name, value, next(counter)) for name, value in values.items()
            }
            with lock:
                precompiled = cache.setdefault(
                    key, _Precompiled(build(*shape, **stand_ins), stand_ins, around)
                )
        return precompiled

    @functools.wraps(build)
    def run(*shape, **values):
        return precompiled_for(shape, values).run(values)

    run.forget = cache.clear
    return run
