"""A page's plain-language report: the findings per text and one readability score."""

from dataclasses import dataclass

from django.utils.translation import gettext, ngettext

from . import checker
from .sources import texts_of, texts_of_form


def kind_label(kind):
    return {
        checker.AVOID: gettext("Word to avoid"),
        checker.LONG_SENTENCE: gettext("Long sentence"),
        checker.PASSIVE: gettext("Passive"),
        checker.OFFICIAL: gettext("Official style"),
        checker.LONG_WORD: gettext("Long word"),
        checker.RARE_WORD: gettext("Rare word"),
    }[kind]


@dataclass(frozen=True)
class Row:
    finding: checker.Finding
    label: str


@dataclass(frozen=True)
class CheckedText:
    source: object  # sources.ResidentText
    rows: tuple


@dataclass(frozen=True)
class Report:
    texts: tuple
    readability: checker.Readability

    @property
    def findings(self):
        return [row.finding for text in self.texts for row in text.rows]

    @property
    def count(self):
        return len(self.findings)

    @property
    def status(self):
        if not self.count:
            return gettext("No findings: the texts look like plain language.")
        return ngettext("One thing to look at.", "%(count)d things to look at.", self.count) % {
            "count": self.count
        }

    @property
    def needs_attention(self):
        return bool(self.count) or not self.readability.is_b1

    def as_json(self):
        return {
            "count": self.count,
            "status": self.status,
            "readability": {
                "score": self.readability.score,
                "label": str(self.readability.label),
                "is_b1": self.readability.is_b1,
            },
            "texts": [
                {
                    "key": text.source.key,
                    "label": str(text.source.label),
                    "findings": [
                        {
                            "kind": row.finding.kind,
                            "label": row.label,
                            "text": row.finding.text,
                            "start": row.finding.start,
                            "end": row.finding.end,
                            "message": row.finding.message,
                            "suggestion": row.finding.suggestion,
                        }
                        for row in text.rows
                    ],
                }
                for text in self.texts
            ],
        }

    def warning_message(self):
        """One line for the message after saving; empty when all is well."""
        if not self.needs_attention:
            return ""
        parts = []
        if self.count:
            parts.append(
                gettext("Plain language: %(summary)s.")
                % {"summary": checker.summary(self.findings)}
            )
            avoided = []
            for finding in self.findings:
                if finding.kind == checker.AVOID and finding.text.lower() not in avoided:
                    avoided.append(finding.text.lower())
                    parts.append(
                        gettext("Instead of “%(word)s”, write: %(alternative)s.")
                        % {"word": finding.text, "alternative": finding.suggestion}
                    )
        if not self.readability.is_b1:
            parts.append(
                gettext("Readability %(score)d (%(label)s); aim for %(target)d or more.")
                % {
                    "score": round(self.readability.score),
                    "label": self.readability.label,
                    "target": checker.B1_READABILITY,
                }
            )
        parts.append(gettext("See the panel “Plain language (B1)”."))
        return " ".join(parts)


def build_report(texts, avoid=None):
    """Check each text; score the running text (titles left out) as a whole."""
    if avoid is None:
        from .models import AvoidWord

        avoid = AvoidWord.objects.entries()
    checked = tuple(
        CheckedText(
            text,
            tuple(Row(f, kind_label(f.kind)) for f in checker.check(text.text, avoid)),
        )
        for text in texts
    )
    running_text = "\n".join(text.text for text in texts if text.key != "title")
    return Report(checked, checker.readability(running_text))


def report_for(obj, avoid=None):
    return build_report(texts_of(obj), avoid)


def report_for_form(form, avoid=None):
    return build_report(texts_of_form(form), avoid)
