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
  docs/security.md for why that one allows inline scripts). It builds each of
  the two policies once per process instead of once per response.
* :func:`lockout_response` is the page django-axes shows to a locked-out login.
* :class:`PermissionsPolicyMiddleware` switches off browser features the site
  never uses; Django has no setting for that header.
"""

import functools
from dataclasses import asdict

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.shortcuts import render

from axes.helpers import get_cool_off
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy


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


# What a view or a nonce can change per response (django-csp's decorators set these).
_PER_RESPONSE = tuple(
    f"_csp_{change}{suffix}"
    for change in ("config", "update", "replace", "exempt")
    for suffix in ("", "_ro")
)


@functools.cache
def _shared_policy(admin: bool, report_only: bool) -> str:
    config = settings.CONTENT_SECURITY_POLICY_ADMIN if admin and not report_only else None
    return build_policy(**asdict(PolicyParts(config=config)), report_only=report_only)


@receiver(setting_changed)
def _forget_shared_policies(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _shared_policy.cache_clear()


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

    def process_response(self, request, response):
        # django-csp copies the settings and rebuilds the same header for every
        # response: about 80 µs, a tenth of what a page from the page cache
        # costs. Unless a view or a nonce changes it, the policy is one of two.
        per_response = getattr(request, "_csp_nonce", None) is not None or any(
            hasattr(response, name) for name in _PER_RESPONSE
        )
        if per_response or settings.DEBUG:
            return super().process_response(request, response)
        admin = _is_signed_in_admin(request.path_info)
        for header, report_only in ((HEADER, False), (HEADER_REPORT_ONLY, True)):
            setting = (
                "CONTENT_SECURITY_POLICY_REPORT_ONLY" if report_only else "CONTENT_SECURITY_POLICY"
            )
            excluded = (getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ()
            policy = _shared_policy(admin, report_only)
            if (
                policy
                and header not in response
                and not request.path_info.startswith(tuple(excluded))
            ):
                response[header] = policy
        # As django-csp does: a nonce asked for after this would not be in the header.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


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
