"""Public views of the social map: the overview, one organisation, and the form.

The addresses are Dutch in every language (/sociale-kaart/ and
/en/sociale-kaart/), so links on printed handouts keep working.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from feedback import ratelimit
from feedback.submission import privacy_page
from pagecache.decorators import form_page_cache_control
from pages.facets import slug_param

from .forms import OrganisationForm
from .models import Organisation
from .search import NEIGHBOURHOOD_PARAM, SocialMapSearch, neighbourhood_options, with_relations

ORGANISATIONS_PER_PAGE = 20

# New entries and changes share one limit: both are work for the same staff.
RATE_LIMIT_SCOPE = "socialmap-submit"
SUBMISSIONS_PER_CLIENT = 5
RATE_LIMIT_PERIOD = 60 * 60  # seconds


@require_GET
def overview(request):
    search = SocialMapSearch(request.GET)
    page_obj = Paginator(search.results, ORGANISATIONS_PER_PAGE).get_page(request.GET.get("pagina"))
    if search.query:
        page_obj.object_list = with_relations(page_obj.object_list)
    return render(
        request,
        "socialmap/overview.html",
        {"search": search, "page_obj": page_obj, "organisations": page_obj.object_list},
    )


@require_GET
def organisation_detail(request, slug):
    organisation = get_object_or_404(
        Organisation.objects.live().prefetch_related("themes", "neighbourhoods"), slug=slug
    )
    return render(request, "socialmap/organisation_detail.html", {"organisation": organisation})


def _submission_view(request, organisation=None):
    status = 200
    if request.method == "POST":
        form = OrganisationForm(request.POST, organisation=organisation)
        if form.honeypot_filled:
            # Answer a bot as if all went well: it learns nothing to adapt to.
            return redirect(received_url(change=organisation is not None))
        limited = ratelimit.limit_reached(request, RATE_LIMIT_SCOPE, SUBMISSIONS_PER_CLIENT)
        if form.is_valid() and not limited:
            form.save()
            # Only stored entries count: someone correcting mistakes is not held back.
            ratelimit.count(request, RATE_LIMIT_SCOPE, RATE_LIMIT_PERIOD)
            return redirect(received_url(change=organisation is not None))
        if limited:
            form.add_error(
                None,
                ValidationError(
                    _(
                        "You have sent the most forms we accept in one hour. Your text is "
                        "still here: send it again in an hour, or call or e-mail us."
                    ),
                    code="rate_limited",
                ),
            )
            status = 429
        form.renew_started()
    else:
        initial = {}
        chosen = slug_param(request.GET.get(NEIGHBOURHOOD_PARAM, "")[:100])
        if organisation is None and chosen:
            initial["neighbourhoods"] = list(neighbourhood_options().filter(slug=chosen))
        form = OrganisationForm(initial=initial, organisation=organisation)
    response = render(
        request,
        "socialmap/submit_form.html",
        {
            "form": form,
            "organisation": organisation,
            "error_summary": form.error_summary() if form.is_bound else [],
            "privacy_page": privacy_page(request),
        },
        status=status,
    )
    if status == 429:
        response["Retry-After"] = str(RATE_LIMIT_PERIOD)
    return response


@form_page_cache_control
@require_http_methods(["GET", "POST"])
def submit_organisation(request):
    return _submission_view(request)


@never_cache
@require_http_methods(["GET", "POST"])
def update_organisation(request, slug):
    return _submission_view(request, get_object_or_404(Organisation.objects.live(), slug=slug))


def received_url(change=False):
    url = reverse("socialmap_submit_received")
    return f"{url}?{urlencode({'wijziging': 1})}" if change else url


@require_GET
def submission_received(request):
    return render(
        request,
        "socialmap/submit_received.html",
        {"is_change": request.GET.get("wijziging") == "1"},
    )
