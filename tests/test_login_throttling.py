"""Password guessing on the admin login is throttled per username and address (django-axes).

Also the client address behind reverse proxies (TRUSTED_PROXY_COUNT), which
the login throttling and the feedback rate limit share.
"""

from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory, override_settings

import pytest

from feedback import ratelimit
from portal.security import client_ip

from .helpers import dutch

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "juist-wachtwoord-42"
LIMIT = 5


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("redacteur", "redacteur@example.org", PASSWORD)


def log_in(client, username, password, **extra):
    return client.post(LOGIN_URL, {"username": username, "password": password}, **extra)


def fail_until_locked(client, username="redacteur", **extra):
    for _ in range(LIMIT):
        log_in(client, username, "geraden", **extra)


def is_logged_in(response):
    return response.status_code == 302 and response.url == "/admin/"


def test_right_password_logs_in(client, editor):
    assert is_logged_in(log_in(client, "redacteur", PASSWORD))


def test_after_five_wrong_passwords_even_the_right_one_is_refused(client, editor):
    fail_until_locked(client)
    response = log_in(client, "redacteur", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert dutch("Login blocked for a while") in page
    assert "15 minuten" in page
    assert "_auth_user_id" not in client.session


def test_four_wrong_passwords_do_not_lock_out(client, editor):
    for _ in range(LIMIT - 1):
        log_in(client, "redacteur", "geraden")
    assert is_logged_in(log_in(client, "redacteur", PASSWORD))


def test_lockout_does_not_touch_other_users(client, editor):
    get_user_model().objects.create_superuser("collega", "collega@example.org", PASSWORD)
    fail_until_locked(client)
    assert is_logged_in(log_in(Client(), "collega", PASSWORD))


def test_lockout_does_not_touch_the_same_user_from_another_address(client, editor):
    fail_until_locked(client, REMOTE_ADDR="203.0.113.9")
    assert is_logged_in(log_in(Client(), "redacteur", PASSWORD, REMOTE_ADDR="198.51.100.4"))


def test_successful_login_resets_the_count(client, editor):
    for _ in range(LIMIT - 1):
        log_in(client, "redacteur", "geraden")
    assert is_logged_in(log_in(client, "redacteur", PASSWORD))
    other = Client()
    for _ in range(LIMIT - 1):
        log_in(other, "redacteur", "geraden")
    assert is_logged_in(log_in(other, "redacteur", PASSWORD))


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_is_locked_out_not_the_proxy(client, editor):
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    fail_until_locked(client, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    locked = log_in(Client(), "redacteur", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    assert locked.status_code == 429
    other = log_in(Client(), "redacteur", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.4", **proxy)
    assert is_logged_in(other)


def request_from(remote_addr, forwarded_for=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **extra)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_proxies_the_forwarded_header_is_ignored():
    assert client_ip(request_from("203.0.113.9", "198.51.100.4")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_one_proxy_takes_the_address_it_appended_not_what_the_client_wrote():
    spoofed = request_from("10.0.0.1", "1.2.3.4, 203.0.113.9")
    assert client_ip(spoofed) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_two_proxies_take_the_address_the_outer_proxy_saw():
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.1")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_a_request_that_skipped_the_proxies_falls_back_to_the_connection():
    assert client_ip(request_from("203.0.113.9", "1.2.3.4")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_feedback_rate_limit_counts_the_client_behind_the_proxy():
    first = request_from("10.0.0.1", "203.0.113.9")
    second = request_from("10.0.0.1", "198.51.100.4")
    assert ratelimit.client_fingerprint(first) != ratelimit.client_fingerprint(second)
    ratelimit.count(first, "test", 60)
    assert ratelimit.limit_reached(first, "test", 1)
    assert not ratelimit.limit_reached(second, "test", 1)
