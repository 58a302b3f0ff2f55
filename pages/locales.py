"""Locale lookups without a query each time.

Wagtail's ``Locale.get_default()`` and ``Locale.get_active()`` query the
database on every call, and a page render calls them many times. Locales are
created once (by migration) and hardly ever change, so they are kept per
process and forgotten whenever one is saved or deleted.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_by_code: dict[str, Locale] = {}


def locale_for(language_code):
    code = get_supported_content_language_variant(language_code)
    if code not in _by_code:
        _by_code[code] = Locale.objects.get(language_code=code)
    return _by_code[code]


def default_locale():
    return locale_for(settings.LANGUAGE_CODE)


def active_locale():
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE)


def language_code_of(locale_id):
    for locale in _by_code.values():
        if locale.id == locale_id:
            return locale.language_code
    for locale in Locale.objects.all():
        _by_code.setdefault(locale.language_code, locale)
    return next((loc.language_code for loc in _by_code.values() if loc.id == locale_id), None)


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    _by_code.clear()


def with_language_prefix(url, language_code):
    """The address of a default-language page, under another language's prefix.

    The page tree serves the Dutch original there, with the interface (menus,
    notes) in that language: how a visitor reads a page not yet translated.
    """
    if not url or language_code == settings.LANGUAGE_CODE:
        return url
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{language_code}{parts.path}"))
