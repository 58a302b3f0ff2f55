"""Security plumbing shared by the settings: client address, CSP per area, Permissions-Policy.

* :func:`client_ip` is the one place that decides who the client is, for the
  login throttling (django-axes) and the feedback rate limit alike. Behind a
  reverse proxy REMOTE_ADDR is the proxy; ``TRUSTED_PROXY_COUNT`` says how many
  proxies in front of the app append to X-Forwarded-For, so the address the
  nearest trusted proxy saw is taken and anything a client wrote in that header
  itself is ignored.
* :class:`ContentSecurityPolicyMiddleware` sends the strict policy
  (``CONTENT_SECURITY_POLICY``) everywhere except the signed-in parts of the
  Wagtail admin, which get ``CONTENT_SECURITY_POLICY_ADMIN`` (see
  docs/security.md for why that one allows inline scripts).
* :func:`lockout_response` is the page django-axes shows to a locked-out login.
* :class:`PermissionsPolicyMiddleware` switches off browser features the site
  never uses; Django has no setting for that header.
"""

from django.conf import settings
from django.shortcuts import render

from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts


def client_ip(request):
    """The client's address as the nearest trusted proxy saw it (REMOTE_ADDR without proxies)."""
    remote_addr = request.META.get("REMOTE_ADDR") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    # Each proxy appends the address it received the request from, so the
    # entry written by the outermost trusted proxy sits `proxies` from the end.
    # A shorter header means the request did not pass all proxies: trust nothing in it.
    if len(forwarded) < proxies:
        return remote_addr
    return forwarded[-proxies]


def _is_signed_in_admin(path):
    """Admin pages behind the login; the login page itself keeps the strict policy."""
    admin = settings.CSP_ADMIN_PATH_PREFIX
    return path.startswith(admin) and not path.startswith(f"{admin}login/")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None or not _is_signed_in_admin(request.path_info):
            return parts
        return PolicyParts(
            config=settings.CONTENT_SECURITY_POLICY_ADMIN,
            update=parts.update,
            replace=parts.replace,
            nonce=parts.nonce,
        )


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def lockout_response(request, original_response, credentials):
    """The page for a login that django-axes refuses: plain words, how long, status 429."""
    cool_off = get_cool_off(request)
    context = {
        "cooloff_minutes": round(cool_off.total_seconds() / 60) if cool_off else None,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    return render(request, "axes/lockout.html", context, status=429)
