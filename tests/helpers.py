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
