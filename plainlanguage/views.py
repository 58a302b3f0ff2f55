"""The endpoint the panel's script posts the edit form to while the editor types."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from wagtail.models import Page

from .report import report_for_form
from .sources import fields_for, is_checked


@require_POST
def check_page(request, page_id):
    """Findings for the edit form of an existing page, as posted."""
    page = get_object_or_404(Page, id=page_id).get_latest_revision_as_object()
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return _check(request, page, page.get_parent().specific)


@require_POST
def check_new_page(request, app_label, model_name, parent_page_id):
    """Findings for the form of a page that is being created under a parent."""
    try:
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except ContentType.DoesNotExist as error:
        raise Http404 from error
    if model is None or not issubclass(model, Page) or fields_for(model) is None:
        raise Http404
    parent = get_object_or_404(Page, id=parent_page_id).specific
    if not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    page = model(locale=parent.locale)
    return _check(request, page, parent)


def _check(request, page, parent):
    if not is_checked(page):
        raise Http404
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(request.POST, instance=page, parent_page=parent, for_user=request.user)
    # Saving is not what happens here: the form is validated only so that the
    # values that are valid land on the (unsaved) page. Errors are for the editor
    # to see when they save; the checker reads whatever text there is.
    form.defer_required_fields()
    form.is_valid()
    report = report_for_form(form)
    html = render_to_string("plainlanguage/report.html", {"report": report}, request=request)
    return JsonResponse({"html": html, **report.as_json()})
