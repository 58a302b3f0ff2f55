"""Small helpers several test modules share."""

from django.utils import translation
from django.utils.html import escape


def dutch(message, **params):
    """A message as the Dutch (default language) visitor sees it, HTML-escaped."""
    with translation.override("nl"):
        text = translation.gettext(str(message))
    return escape(text % params if params else text)
