"""Admin: the list of words to avoid, the re-check endpoint, and a warning on save."""

from django.contrib import messages
from django.urls import path

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import AvoidWord
from .report import report_for
from .sources import is_checked


class AvoidWordViewSet(SnippetViewSet):
    model = AvoidWord
    icon = "warning"
    list_display = ["word", "alternative", "active"]
    list_filter = ["active"]
    ordering = ["word"]
    list_per_page = 100  # the whole list on one page, to scan it at a glance
    add_to_admin_menu = False


register_snippet(AvoidWordViewSet)


@hooks.register("register_admin_urls")
def register_check_urls():
    return [
        path(
            "plain-language/check/<int:page_id>/",
            views.check_page,
            name="plainlanguage_check_page",
        ),
        path(
            "plain-language/check/<slug:app_label>/<slug:model_name>/<int:parent_page_id>/",
            views.check_new_page,
            name="plainlanguage_check_new_page",
        ),
    ]


def warn_about_plain_language(request, page):
    """After a save in the editor: one warning that sums up the findings.

    Wagtail 8 also saves the form in the background while the editor types
    (autosave, which asks for JSON). Those saves get no message: it would pile
    up in the session and greet the editor on their next page.
    """
    if not request.accepts("text/html"):
        return
    page = page.specific
    if not is_checked(page):
        return
    message = report_for(page).warning_message()
    if message:
        messages.warning(request, message)


hooks.register("after_create_page", warn_about_plain_language)
hooks.register("after_edit_page", warn_about_plain_language)
