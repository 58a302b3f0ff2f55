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
from django.template import loader
from django.test import override_settings

import pytest

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
