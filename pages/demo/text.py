"""A Dutch text with its English translation."""

from typing import NamedTuple


class T(NamedTuple):
    """One translatable string: Dutch source and English translation.

    Keep each T to one sentence group that makes sense on its own: the loader
    turns every T into one paragraph or list item, which wagtail-localize treats
    as one translation segment. Plain text only, no HTML.
    """

    nl: str
    en: str
