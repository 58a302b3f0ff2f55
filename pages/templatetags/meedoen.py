"""Template helpers for languages and links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info

from ..addresses import page_url
from ..locales import language_code_of, with_language_prefix

register = template.Library()

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def _language_of(page, request=None):
    return language_code_of(page.locale_id)


@register.simple_tag(takes_context=True)
def visitor_url(context, page):
    """Link to ``page`` without leaving the visitor's language.

    A Dutch page listed as a stand-in for a missing translation is linked under
    the visitor's language prefix; the page tree then serves the Dutch original
    with the interface (menus, notes) still in the visitor's language.
    """
    request = context.get("request")
    url = page_url(page, request)
    active = translation.get_language()
    if _language_of(page, request) == active:
        return url
    return with_language_prefix(url, active)


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per site language: where the current content is in that language."""
    request = context.get("request")
    active = translation.get_language()
    # The header and the <head> both ask: work it out once per page and language.
    memo = f"_language_links_{active}"
    if not getattr(page, "pk", None):
        return _language_links(request, active, None)
    if not hasattr(page, memo):
        setattr(page, memo, _language_links(request, active, page))
    return getattr(page, memo)


def _language_links(request, active, page):
    translations = {}
    source_url = ""
    if page is not None:
        # The page router fetched them already, when it routed to this page.
        found = getattr(page, "route_translations", None)
        if found is None:
            found = page.get_translations(inclusive=True).live()
        for item in found:
            translations[language_code_of(item.locale_id)] = item
        default_page = translations.get(settings.LANGUAGE_CODE)
        source_url = page_url(default_page or page, request)
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = page_url(translations[code], request)
        elif source_url:
            url = with_language_prefix(source_url, code)
        elif request is not None:
            url = translate_url(request.get_full_path(), code)
        else:
            url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "is_current": code == active,
                "is_translated": code in translations,
                "direction": "rtl" if code in RTL_LANGUAGES else "ltr",
            }
        )
    return links


@register.simple_tag
def text_direction(language_code=None):
    code = (language_code or translation.get_language() or "").split("-")[0]
    return "rtl" if code in RTL_LANGUAGES else "ltr"


@register.filter
def language_name(code):
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


@register.simple_tag(takes_context=True)
def content_language(context, page):
    """Language code of the page's content (differs from the interface for a stand-in)."""
    if page is None or not hasattr(page, "locale_id"):
        return translation.get_language()
    return _language_of(page, context.get("request"))


@register.simple_tag(takes_context=True)
def lang_attrs(context, page):
    """`` lang=".." dir=".."`` for content whose language differs from the interface.

    Put it inside the opening tag, ``<h3{% lang_attrs idea %}>``: a Dutch idea
    listed on an Arabic page is then read out in Dutch and runs left to right.
    A tag rather than an included template: lists use it several times per item.
    """
    language = content_language(context, page)
    if not language or language == translation.get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', language, text_direction(language))


@register.filter
def startswith(value, prefix):
    return bool(value and prefix) and str(value).startswith(str(prefix))


@register.filter
def verbose_name(instance):
    return instance._meta.verbose_name
