"""A register's figures: how many ideas per status and theme, and how long they
waited for a first answer.

The register page needs the number of ideas per status and theme (its
filters), the neighbourhood and register pages the share answered on time and
the median wait. The database counts them: ``regrouped`` turns a query that
gives a row per idea (status, days, theme) into one that returns
``(status, None, theme, n)`` rows and ``(None, days, None, n)`` rows, a
hundred or so for a register of thousands of ideas, and ``Tally.from_rows``
reads them (or rows counted by all three at once).

PostgreSQL counts both in one pass over the ideas (GROUPING SETS); SQLite,
which has no grouping sets, groups the same rows twice (a WITH). Counting by
(status, days, theme) first and adding those groups up, as both did before,
made PostgreSQL hash 2,305 groups for the 4,678 ideas of the benchmark's
biggest register: the query took a third longer.
"""

from dataclasses import dataclass, field

from django.conf import settings

from .status import DISPLAY_ORDER, Status


def regrouped(sql, vendor):
    """SQL around a query that gives ``(status, days, theme, 1)`` per idea: the
    same columns, counted by (status, theme) and, apart, by days answered. The
    inner query appears once, so its parameters stay as they are."""
    # The ORM's own SQL, its values all parameters: nothing is pasted in.
    if vendor == "postgresql":
        return (
            f"SELECT status, days, theme, COUNT(*) FROM ({sql}) AS idea (status, days, theme, n) "  # noqa: S608  # nosec B608
            "GROUP BY GROUPING SETS ((status, theme), (days)) "
            # The ideas without an answer have no wait to count.
            "HAVING GROUPING(status) = 0 OR days IS NOT NULL"
        )
    return (
        f"WITH idea (status, days, theme, n) AS ({sql}) "  # noqa: S608  # nosec B608
        "SELECT status, NULL, theme, COUNT(*) FROM idea GROUP BY status, theme "
        "UNION ALL "
        "SELECT NULL, days, NULL, COUNT(*) FROM idea WHERE days IS NOT NULL GROUP BY days"
    )


@dataclass
class Tally:
    """Ideas per ``(status, theme id)``, and answered ideas per days waited."""

    counts: dict = field(default_factory=dict)
    waits: dict = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows):
        """From ``(status, days, theme, n)`` rows: counted by all three at once,
        or by (status, theme) and by days apart (see ``regrouped``)."""
        tally = cls()
        for status, days, theme, n in rows:
            if status is not None:
                key = (status, theme)
                tally.counts[key] = tally.counts.get(key, 0) + n
            if days is not None:
                tally.waits[days] = tally.waits.get(days, 0) + n
        return tally

    @property
    def total(self):
        return sum(self.counts.values())

    def count(self, status="", theme_id=None):
        """How many ideas have this status (any, if empty) and theme (any, if None)."""
        return sum(
            n
            for (row_status, row_theme), n in self.counts.items()
            if (not status or row_status == status) and (theme_id is None or row_theme == theme_id)
        )

    def theme_ids(self):
        return {theme for _status, theme in self.counts}

    def status_counts(self):
        """``[(Status, number of ideas)]`` in the order residents see them, without
        statuses no idea has."""
        per_status = {}
        for (status, _theme), n in self.counts.items():
            per_status[status] = per_status.get(status, 0) + n
        return [(Status(s), per_status[s]) for s in DISPLAY_ORDER if per_status.get(s)]

    def on_time(self):
        return on_time_figures(self.waits)


def on_time_figures(waits):
    """Share of ideas answered within the promise, and the median wait, from
    ``{days to first answer: number of ideas}``. Counted, not listed: a city's
    register has tens of thousands of ideas but only some hundred waits."""
    answered = sum(waits.values())
    if not answered:
        return None
    promise = settings.FEEDBACK_FIRST_ANSWER_DAYS
    on_time = sum(n for days, n in waits.items() if days <= promise)
    return {
        "answered": answered,
        "on_time": on_time,
        "percentage": round(100 * on_time / answered),
        "median_days": _median(waits, answered),
        "promise_days": promise,
    }


def _median(counts, total):
    """``statistics.median`` of the values counted in ``{value: how often}``."""
    ordered = sorted(counts.items())

    def at(position):
        seen = 0
        for value, n in ordered:
            seen += n
            if position < seen:
                return value

    low, high = at((total - 1) // 2), at(total // 2)
    return low if total % 2 else (low + high) / 2
