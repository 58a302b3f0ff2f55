"""The on-time figures are counted from {days: number of ideas}, never from a
list with one entry per idea: they must match what the list would give."""

import statistics

from hypothesis import given
from hypothesis import strategies as st

from feedback.tally import on_time_figures

waits_strategy = st.dictionaries(
    st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=50), max_size=40
)


@given(waits_strategy)
def test_counted_figures_match_figures_from_one_entry_per_idea(waits):
    one_per_idea = [days for days, n in waits.items() for _ in range(n)]
    figures = on_time_figures(waits)
    if not one_per_idea:
        assert figures is None
        return
    promise = figures["promise_days"]
    assert figures["answered"] == len(one_per_idea)
    assert figures["on_time"] == sum(1 for days in one_per_idea if days <= promise)
    assert figures["median_days"] == statistics.median(one_per_idea)
    assert type(figures["median_days"]) is type(statistics.median(one_per_idea))


def test_an_even_number_of_waits_has_the_middle_two_averaged(settings):
    settings.FEEDBACK_FIRST_ANSWER_DAYS = 14
    figures = on_time_figures({3: 1, 10: 1, 20: 2})

    assert figures == {
        "answered": 4,
        "on_time": 2,
        "percentage": 50,
        "median_days": 15.0,
        "promise_days": 14,
    }


def test_no_answered_idea_gives_no_figures():
    assert on_time_figures({}) is None
