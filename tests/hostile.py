"""Hostile values for the property-based tests of every public form and filter.

The strategies mix a fixed list of known-bad inputs (script tags, SQL, NUL
bytes, lone surrogates, right-to-left marks, number look-alikes, 100k-character
strings) with random text, so each run tries the classics and something new.

Requests are built as raw, percent-encoded bytes: the test client would refuse
to encode a lone surrogate, but a browser or a bot can send its bytes anyway,
and the site must cope with them.
"""

import collections
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# A raw marker that reaches a page unescaped is a script injection.
XSS_MARKERS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
]

SQL_FRAGMENTS = [
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR ""="',
    "1; DROP TABLE feedback_subscription",
    "%' AND 1=0 UNION SELECT password FROM auth_user --",
]

CONTROL_AND_UNICODE = [
    "\x00",
    "abc\x00def",
    "\x00" * 300,
    "\x01\x02\x1b[31m\x7f\x9f",
    "line\r\nSet-Cookie: hacked=1",
    "\ud800",  # a lone surrogate: not valid UTF-8 at all
    "a\udfffb",
    "\u202egnp.exe",  # right-to-left override
    "\u200f\u200e\u200b\ufeff",
    "e\u0301\u0301\u0301",
    "𝕳𝖊𝖑𝖑𝖔 🤡 ﷽",
    "\uffff\ufffe",
    "   ",
    "",
]

NUMBER_LOOKALIKES = [
    "1e9",
    "NaN",
    "nan",
    "inf",
    "-1",
    "0",
    "-0",
    "1.5",
    "0x10",
    "1_000",
    "٣",  # an Arabic-Indic digit, which Python's int() accepts
    "99999999999999999999999999",
    "9" * 5000,  # more digits than int() converts
    " 2 ",
    "[]",
    "{}",
    "null",
    "true",
]

OTHER_TRICKS = [
    "../../../../etc/passwd",
    "%00",
    "%2e%2e%2f",
    "{{ 7|add:7 }}",
    "{% debug %}",
    "%s%s%s%n",
    "${7*7}",
    "zuidwest",  # a real slug next to the hostile ones
]

HUGE = [
    "A" * 100_001,
    XSS_MARKERS[0] * 5_000,
    "\x00" * 100_000,
    "\ud83d" * 20_000,
]

FIXED = XSS_MARKERS + SQL_FRAGMENTS + CONTROL_AND_UNICODE + NUMBER_LOOKALIKES + OTHER_TRICKS

# Every code point, lone surrogates and control characters included.
any_character = st.characters(codec=None, exclude_categories=[])

random_text = st.text(any_character, max_size=80)

hostile_text = st.one_of(
    st.sampled_from(FIXED),
    st.sampled_from(FIXED).flatmap(
        lambda fixed: st.tuples(random_text, random_text).map(lambda ab: ab[0] + fixed + ab[1])
    ),
    random_text,
    st.sampled_from(HUGE),
)

# A parameter sent once, or repeated (a list where one value is expected).
hostile_value = st.one_of(hostile_text, st.lists(hostile_text, min_size=2, max_size=4))

page_numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(NUMBER_LOOKALIKES),
    hostile_text,
)


def hostile_settings(max_examples):
    """Hypothesis settings for a test that requests pages: no deadline (the
    first request warms caches), no example database in the working tree."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


# --- Raw requests -----------------------------------------------------------------


def encode(value):
    """Percent-encoded UTF-8; a lone surrogate goes out as the bytes a sloppy client sends."""
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def urlencoded(params):
    """``params``: a dict or a list of pairs; a list value repeats its key."""
    pairs = params.items() if isinstance(params, dict) else params
    parts = []
    for key, value in pairs:
        for item in value if isinstance(value, list) else [value]:
            parts.append(f"{encode(key)}={encode(item)}")
    return "&".join(parts)


def get(client, path, params=None):
    return client.get(f"{path}?{urlencoded(params)}" if params else path)


def post(client, path, params, **extra):
    return client.post(
        path,
        data=urlencoded(params).encode("ascii"),
        content_type="application/x-www-form-urlencoded",
        **extra,
    )


# --- What every answer must be ----------------------------------------------------


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def assert_safe_response(response):
    """No server error, and no hostile marker back in the page as it was sent."""
    assert response.status_code < 500, f"server error {response.status_code}"
    body = body_of(response)
    for marker in XSS_MARKERS:
        assert marker not in body, f"unescaped {marker!r} in the response"
    return body


# --- How many hostile inputs each endpoint got --------------------------------------

tried = collections.Counter()


class _HostileSummary:
    def pytest_terminal_summary(self, terminalreporter):
        if not tried:
            return
        terminalreporter.section("hostile inputs tried")
        for endpoint, count in sorted(tried.items()):
            terminalreporter.write_line(f"{count:5d}  {endpoint}")
        terminalreporter.write_line(f"{sum(tried.values()):5d}  in all")


@pytest.fixture(scope="session")
def hostile_summary(pytestconfig):
    """Prints the counts at the end of the run; request it once per module."""
    if not pytestconfig.pluginmanager.has_plugin("hostile-summary"):
        pytestconfig.pluginmanager.register(_HostileSummary(), "hostile-summary")
    return tried
