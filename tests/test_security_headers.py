"""Every kind of response carries the security headers: pages, feeds, CSV, the admin.

The Content-Security-Policy is checked directive by directive: the public
site and the admin login run no inline script and nothing from elsewhere; only
the signed-in admin gets the looser policy Wagtail's editor needs.
"""

import base64
import hashlib
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template import loader
from django.test import override_settings

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY, NONCE

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/",
    "/wijken/",
    "/en/",
    "/terugkoppeling/feed/",
    "/open-data/ideeen.csv",
    "/admin/login/",
]

# What portal/settings/production.py sets on top of base; tests/test_production_settings.py
# checks that the production module really has these values.
PRODUCTION_LIKE = {
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
}


def policy_of(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_carry_the_basic_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_policy_allows_no_inline_script_and_nothing_from_elsewhere(client, url):
    policy = policy_of(client.get(url))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'", settings.ERROR_PAGE_STYLE_HASH]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_public_pages_need_no_inline_script_or_style(client):
    """What the strict policy would block must not be in our templates in the first place."""
    for url in ["/", "/wijken/", "/goede-voorbeelden/", "/toolkit/", "/zoeken/?q=wijk"]:
        page = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), url
        assert not re.search(r"\sstyle=", page), url
        assert not re.search(r"\son[a-z]+=", page), url
        assert "<style" not in page, url


def test_error_page_style_is_allowed_by_its_hash():
    page = loader.get_template("500.html").render()
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" == settings.ERROR_PAGE_STYLE_HASH


def test_signed_in_admin_gets_the_admin_policy(staff_client):
    response = staff_client.get("/admin/")
    assert response.status_code == 200
    policy = policy_of(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]


def test_admin_login_keeps_the_strict_policy(client):
    policy = policy_of(client.get("/admin/login/"))
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]


@override_settings(**PRODUCTION_LIKE)
@pytest.mark.parametrize("url", ["/", "/terugkoppeling/feed/", "/open-data/ideeen.csv"])
def test_https_responses_carry_hsts(client, url):
    response = client.get(url, secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


@override_settings(**PRODUCTION_LIKE)
def test_cookies_are_secure_http_only_and_same_site(client):
    get_user_model().objects.create_superuser("redactie", "redactie@example.org", "geheim-42")
    login_page = client.get("/admin/login/", secure=True)
    csrf = login_page.cookies["csrftoken"]
    assert csrf["secure"] is True
    assert csrf["samesite"] == "Lax"
    response = client.post(
        "/admin/login/", {"username": "redactie", "password": "geheim-42"}, secure=True
    )
    session = response.cookies["sessionid"]
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


# The policy built once per process must be the one django-csp builds per response.


def _csp_headers(middleware, request, response):
    response = middleware.process_response(request, response)
    return {name: response.get(name) for name in (HEADER, HEADER_REPORT_ONLY)}


def _both_ways(request, make_response=HttpResponse):
    from csp.middleware import CSPMiddleware

    from portal.security import ContentSecurityPolicyMiddleware

    ours = ContentSecurityPolicyMiddleware(make_response)
    ours.process_request(request)
    theirs = CSPMiddleware(make_response)
    # django-csp's own class with our admin choice, so only the building differs.
    theirs.get_policy_parts = ours.get_policy_parts
    return (
        _csp_headers(ours, request, make_response()),
        _csp_headers(theirs, request, make_response()),
    )


@pytest.mark.parametrize("path", ["/", "/open-data/ideeen.csv", "/admin/", "/admin/login/"])
def test_policy_built_once_equals_the_policy_django_csp_builds(rf, path):
    ours, theirs = _both_ways(rf.get(path))
    assert ours == theirs
    assert ours[HEADER]


@override_settings(
    CONTENT_SECURITY_POLICY_REPORT_ONLY={
        "DIRECTIVES": {"default-src": ["'self'"], "report-uri": "/r/"}
    }
)
def test_report_only_policy_follows_the_settings(rf):
    ours, theirs = _both_ways(rf.get("/"))
    assert ours == theirs
    assert ours[HEADER_REPORT_ONLY] == "default-src 'self'; report-uri /r/"


def test_a_nonce_used_by_the_page_is_in_its_policy(rf):
    from portal.security import ContentSecurityPolicyMiddleware

    request = rf.get("/")
    middleware = ContentSecurityPolicyMiddleware(HttpResponse)
    middleware.process_request(request)
    nonce = str(request.csp_nonce)
    with override_settings(
        CONTENT_SECURITY_POLICY={"DIRECTIVES": {"script-src": ["'self'", NONCE]}}
    ):
        response = middleware.process_response(request, HttpResponse())
    assert f"script-src 'self' 'nonce-{nonce}'" in response[HEADER]


def test_a_view_that_changes_its_policy_keeps_its_change(rf):
    from csp.decorators import csp_update

    @csp_update({"img-src": ["https://tiles.example.org"]})
    def view(request):
        return HttpResponse()

    ours, theirs = _both_ways(rf.get("/"), make_response=lambda *args: view(None))
    assert ours == theirs
    assert "https://tiles.example.org" in ours[HEADER]


def test_a_nonce_asked_for_after_the_header_is_refused(rf):
    from csp.exceptions import CSPNonceError

    from portal.security import ContentSecurityPolicyMiddleware

    request = rf.get("/")
    middleware = ContentSecurityPolicyMiddleware(HttpResponse)
    middleware.process_request(request)
    middleware.process_response(request, HttpResponse())
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)
