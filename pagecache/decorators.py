"""Cache headers for public forms."""

import functools

from django.utils.cache import add_never_cache_headers, patch_cache_control


def form_page_cache_control(view):
    """The empty form may come from the page cache; anything after a POST never.

    The empty form is the same for everyone except its CSRF token and signed
    time stamp, which the page cache makes afresh for each visitor. Browsers
    must still ask the server every time (``no-cache``), so a form opened
    again from the history gets a new time stamp. A POST answer shows what one
    resident typed: it is never stored anywhere.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, no_cache=True, must_revalidate=True)
        else:
            add_never_cache_headers(response)
        return response

    return wrapped
