"""wagtail-localize's "Translate" and "Sync translations" screens, with the feedback rule.

Both screens only ask for the ``submit_translation`` permission, which
Communicatie needs for news and meetings. Without this guard Communicatie
could create or overwrite translated ideas and registers (a neighbourhood's
"translate with subpages" includes its register). The guard refuses when
feedback pages the user may not edit would be translated, and otherwise
hands the request to wagtail-localize unchanged. Its URLs are registered
before wagtail-localize's (``roles`` comes first in INSTALLED_APPS), so they
take precedence; reversing wagtail-localize's URL names still gives the same
addresses.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from feedback.models import IdeaIndexPage, IdeaPage

FEEDBACK_MODELS = (IdeaIndexPage, IdeaPage)


def feedback_pages_out_of_reach(user, pages):
    return any(
        not page.permissions_for_user(user).can_edit()
        for page in pages.type(*FEEDBACK_MODELS).specific()
    )


def submit_page_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id)
    pages = Page.objects.filter(pk=page.pk)
    if request.method == "POST" and request.POST.get("include_subtree"):
        pages = page.get_descendants(inclusive=True)
    if feedback_pages_out_of_reach(request.user, pages):
        raise PermissionDenied
    return SubmitPageTranslationView.as_view()(request, page_id=page_id)


def update_translations(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    if source.specific_content_type.model_class() in FEEDBACK_MODELS:
        translations = Page.objects.filter(translation_key=source.object_id)
        if feedback_pages_out_of_reach(request.user, translations):
            raise PermissionDenied
    return UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


urlpatterns = [
    path("localize/submit/page/<int:page_id>/", submit_page_translation),
    path("localize/update/<int:translation_source_id>/", update_translations),
]
