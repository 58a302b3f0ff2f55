"""Small helpers several test modules share."""

from django.utils import translation
from django.utils.html import escape

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text


def dutch(message, **params):
    """A message as the Dutch (default language) visitor sees it, HTML-escaped."""
    with translation.override("nl"):
        text = translation.gettext(str(message))
    return escape(text % params if params else text)


def idea_edit_form(idea, *updates, action="action-publish"):
    """The admin's edit form of ``idea`` as posted, with these feedback update rows."""
    return nested_form_data(
        {
            "title": idea.title,
            "slug": idea.slug,
            "summary": idea.summary,
            "theme": idea.theme_id,
            "source": idea.source,
            "received_on": idea.received_on.isoformat(),
            "event": "",
            "next_steps": rich_text(""),
            "updates": inline_formset(list(updates)),
            action: "1",
        }
    )


ORGANISATION_NAME = "Buurtvereniging De Linde"
ORGANISATION_SUMMARY = "Wij helpen bewoners met brieven, formulieren en de computer."


def organisation_form_data(neighbourhood, **overrides):
    """A complete, valid social-map sign-up as posted, started two minutes ago."""
    import datetime

    from django.utils import timezone

    from feedback.submission import form_started_token

    data = {
        "name": ORGANISATION_NAME,
        "summary": ORGANISATION_SUMMARY,
        "address": "Lindelaan 1",
        "postcode": "3500 AA",
        "city": "Utrecht",
        "opening_hours": "Dinsdag van 10.00 tot 12.00 uur",
        "phone": "030-555 00 00",
        "email": "info@delinde.example.org",
        "website": "https://delinde.example.org",
        "neighbourhoods": [neighbourhood.pk],
        "languages": ["nl", "ar"],
        "contact_name": "Fatima Bakker",
        "contact_email": "fatima@delinde.example.org",
        "consent": "on",
        "homepage": "",
        "started": form_started_token(timezone.now() - datetime.timedelta(minutes=2)),
    }
    data.update(overrides)
    return data


# What wrk prints for a run with --latency (bench.runner.parse_wrk reads it).
WRK_OUTPUT = """\
Running 15s test @ http://127.0.0.1:8000/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   210.50ms   40.10ms   1.20s    80.00%
    Req/Sec    38.20     10.11    60.00     70.00%
  Latency Distribution
     50%  201.33ms
     75%  230.00ms
     90%  260.00ms
     99%    1.02s
  1140 requests in 15.02s, 12.10MB read
  Socket errors: connect 0, read 0, write 0, timeout 3
  Non-2xx or 3xx responses: 2
Requests/sec:     75.90
Transfer/sec:    824.71KB
"""
