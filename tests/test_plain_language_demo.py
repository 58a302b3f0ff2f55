"""All demo content passes the plain-language checker.

Resident-facing texts (home, neighbourhoods, their news and meetings, the
feedback registers with every idea and feedback update, the standard pages and
the standard reasons) pass the whole checker: no findings at all, and a
Flesch-Douma score of at least 60 wherever a page has enough text to score.

The toolkit and the good practices are written for officials. They may use
longer words and the odd passive, but they too have no words to avoid and no
sentence of more than 25 words.
"""

from django.apps import apps

from wagtail.models import Locale

import pytest

from feedback.models import ReasonCode
from pages.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    ToolkitChapterPage,
    ToolkitIndexPage,
)
from plainlanguage.checker import AVOID, LONG_SENTENCE, check, tokens
from plainlanguage.models import AvoidWord
from plainlanguage.report import report_for
from plainlanguage.sources import RESIDENT_TEXTS, plain_text

pytestmark = pytest.mark.django_db

MAX_WORDS_FOR_OFFICIALS = 25


def dutch_pages(models):
    dutch = Locale.objects.get(language_code="nl")
    for model in models:
        yield from model.objects.filter(locale=dutch).order_by("path")


def test_demo_has_resident_texts_in_every_checked_page_type():
    for label in RESIDENT_TEXTS:
        model = apps.get_model(label)
        assert model.objects.filter(locale__language_code="nl").exists(), label


def test_resident_demo_texts_pass_the_checker():
    avoid = AvoidWord.objects.entries()
    models = [apps.get_model(label) for label in RESIDENT_TEXTS]
    problems = []
    for page in dutch_pages(models):
        report = report_for(page, avoid)
        for text in report.texts:
            for row in text.rows:
                problems.append(
                    f"{page.url_path} {text.source.label}: {row.finding.kind} {row.finding.text!r}"
                )
        if not report.readability.is_b1:
            problems.append(f"{page.url_path}: readability {report.readability.score}")
    assert not problems, "\n".join(problems)


def test_standard_reasons_pass_the_checker():
    avoid = AvoidWord.objects.entries()
    problems = [
        f"{reason.code}: {finding.kind} {finding.text!r}"
        for reason in ReasonCode.objects.all()
        for finding in check(reason.explanation, avoid)
    ]
    assert not problems, "\n".join(problems)


def test_toolkit_and_good_practices_have_no_words_to_avoid_nor_very_long_sentences():
    avoid = AvoidWord.objects.entries()
    fields = {
        ToolkitIndexPage: ("intro", "about"),
        ToolkitChapterPage: ("summary", "body"),
        GoodPracticeIndexPage: ("intro",),
        GoodPracticePage: ("summary", "body"),
    }
    problems = []
    checked = 0
    for page in dutch_pages(fields):
        for name in fields[type(page)]:
            for finding in check(plain_text(getattr(page, name)), avoid):
                too_long = (
                    finding.kind == LONG_SENTENCE
                    and len(tokens(finding.text)) > MAX_WORDS_FOR_OFFICIALS
                )
                if finding.kind == AVOID or too_long:
                    problems.append(f"{page.url_path} {name}: {finding.kind} {finding.text!r}")
            checked += 1
    assert checked > 20
    assert not problems, "\n".join(problems)
