"""Two app servers behind one load balancer: a change published through one is
shown at once by the other.

Each server is gunicorn with production settings, and both use one PostgreSQL
database (content and sessions) and one Redis cache (the page cache and its
generation, see pagecache/). An editor publishes a new title through server A's
admin; server B must then render the idea, its register and the home page
afresh, in Dutch and under /en/, instead of serving the copies it cached before.

The servers need committed data in a database of their own: a copy of the
session's test database with the demo site, made with CREATE DATABASE ...
TEMPLATE. A template may have no other connections: the copy is made by a
module fixture, before the test's own transaction opens, with Django's
connections closed.
"""

import html
import http.client
import re
import secrets
import subprocess
import uuid
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from django.db import connection, connections

from wagtail.models import Locale

import psycopg
import pytest
import redis
from psycopg import sql

from bench.runner import PYTHON, ROOT, collectstatic, gunicorn, recreate_database, server_env
from feedback.models import IdeaPage
from pages.locales import with_language_prefix

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

REDIS_URL = "redis://127.0.0.1:6379/0"
# A load balancer passes the site's own host to every server, so both servers
# build the same page cache keys; server_env() allows only this host.
HOST = "127.0.0.1"
ORIGIN = f"https://{HOST}"
NEW_TITLE = "Een nieuwe schommel achter de flat"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Idea:
    pk: int
    title: str
    urls: list  # the idea and its register, in Dutch and in English


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def cache(self):
        return self.headers.get("X-Page-Cache")


def fetch(base, path, method="GET", headers=None, body=None):
    """One request with nothing added: no redirects followed, no cookies kept."""
    parts = urlsplit(base)
    client = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        client.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
        response = client.getresponse()
        return Answer(response.status, response.headers, response.read().decode())
    finally:
        client.close()


class Editor:
    """An editor's browser, reaching one server through a proxy that ends TLS.

    Production cookies are Secure and CSRF checks the Origin of HTTPS requests;
    the proxy's X-Forwarded-Proto says the request came over HTTPS. The cookies
    are kept here: an HTTP client does not send a Secure cookie over plain http.
    """

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {"X-Forwarded-Proto": "https", "Origin": ORIGIN, "Referer": ORIGIN + path}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        answer = fetch(self.base, path, method, headers, body)
        for header in answer.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: m.value for name, m in SimpleCookie(header).items()})
        return answer

    def log_in(self, username, password):
        form = self.request("GET", "/admin/login/")
        assert form.status == 200, form.text[:2000]
        answer = self.request(
            "POST",
            "/admin/login/",
            [
                ("csrfmiddlewaretoken", TOKEN.search(form.text)[1]),
                ("username", username),
                ("password", password),
                ("next", "/admin/"),
            ],
        )
        assert answer.status == 302, f"log-in failed ({answer.status}):\n{answer.text[:2000]}"
        assert "sessionid" in self.cookies

    def publish_title(self, page_id, title):
        """Open the page editor, change the title and press Publish."""
        path = f"/admin/pages/{page_id}/edit/"
        form = self.request("GET", path)
        assert form.status == 200, f"editor did not open ({form.status}):\n{form.text[:2000]}"
        fields = [(n, v) for n, v in form_fields(form.text, "page-edit-form") if n != "title"]
        answer = self.request("POST", path, [*fields, ("title", title), ("action-publish", "1")])
        # The editor answers an invalid form with the form again (200) and its errors.
        errors = re.findall(r'class="error-message"[^>]*>(.*?)</', answer.text, re.S)
        assert answer.status == 302, f"publishing failed ({answer.status}): {errors}"
        # Saved but not published (a lock, a workflow): back to the editor.
        assert answer.headers["Location"] != path, "the page was saved, not published"


class FormFields(HTMLParser):
    """The name/value pairs a browser submits from the form with a given id."""

    SKIPPED_TYPES = {"submit", "button", "image", "reset", "file"}

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.in_template = 0  # <template> holds empty forms that scripts copy: not submitted
        self.fields = []
        self.textarea = None  # [name, text so far]
        self.select = None  # [name, multiple, options, selected]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.in_form = True
        if tag == "template":
            self.in_template += 1
        if not self.in_form or self.in_template:
            return
        name = None if "disabled" in attrs else attrs.get("name")
        if tag == "input" and name:
            self.add_input(name, attrs)
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = [name, "multiple" in attrs, [], []]
        elif tag == "option" and self.select is not None:
            value = attrs.get("value", "")
            self.select[2].append(value)
            if "selected" in attrs:
                self.select[3].append(value)

    def add_input(self, name, attrs):
        kind = attrs.get("type", "text").lower()
        if kind in self.SKIPPED_TYPES:
            return
        if kind in ("checkbox", "radio"):
            if "checked" in attrs:
                self.fields.append((name, attrs.get("value", "on")))
        else:
            self.fields.append((name, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1
        elif tag == "form":
            self.in_form = False
        elif tag == "textarea" and self.textarea is not None:
            # Browsers drop one newline right after <textarea>.
            name, text = self.textarea
            self.fields.append((name, text.removeprefix("\n")))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            name, multiple, options, selected = self.select
            # A single select with nothing marked submits its first option.
            if not (selected or multiple):
                selected = options[:1]
            self.fields += [(name, value) for value in selected]
            self.select = None


def form_fields(page, form_id):
    parser = FormFields(form_id)
    parser.feed(page)
    assert parser.fields, f"no form {form_id!r} in the page"
    return parser.fields


def english_address(page):
    """The page's English translation, else the Dutch page under /en/."""
    translated = page.get_translation_or_none(Locale.objects.get(language_code="en"))
    return (
        translated.url if translated and translated.live else with_language_prefix(page.url, "en")
    )


def server_url(database=""):
    params = connection.settings_dict
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    return f"postgres://{params['USER'] or 'postgres'}@{host}:{port}/{database}"


def untranslated_idea():
    """The newest Dutch idea without an English translation: first in its register,
    and shown in Dutch under /en/, so the new title shows in both languages."""
    translated = IdeaPage.objects.filter(locale__language_code="en").values("translation_key")
    idea = (
        IdeaPage.objects.live()
        .filter(locale__language_code="nl")
        .exclude(translation_key__in=translated)
        .order_by("-received_on", "-pk")
        .first()
    )
    assert idea is not None, "the demo content has no idea without an English translation"
    register = idea.get_parent().specific
    urls = [idea.url, register.url, english_address(idea), english_address(register)]
    return Idea(pk=idea.pk, title=idea.title, urls=urls)


@pytest.fixture(scope="module")
def demo_copy(django_db_setup, django_db_blocker):
    """A database with the demo site, for the servers; yields (url, the chosen idea)."""
    name = f"meedoen_scale_out_{uuid.uuid4().hex[:8]}"
    with django_db_blocker.unblock():
        idea = untranslated_idea()
        template = connection.settings_dict["NAME"]
        connections.close_all()
    try:
        recreate_database(server_url().rstrip("/"), name, template=template)
    except psycopg.Error as error:
        pytest.fail(f"Could not copy the test database {template} into {name}: {error}")
    try:
        yield server_url(name), idea
    finally:
        with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def cache_prefix():
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"meedoen-scale-out-{secrets.token_hex(4)}"
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis is needed at {REDIS_URL} (the shared cache): {error}")
    yield prefix
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def server_environment(demo_copy, cache_prefix, tmp_path):
    database_url, _idea = demo_copy
    env = server_env(database_url, secrets.token_urlsafe(64), str(tmp_path), "on", 0)
    env["CACHE_KEY_PREFIX"] = cache_prefix
    collectstatic(env)
    return env


@pytest.fixture
def editor_account(server_environment):
    username, password = "redacteur", secrets.token_urlsafe(24)
    env = dict(
        server_environment,
        DJANGO_SUPERUSER_USERNAME=username,
        DJANGO_SUPERUSER_PASSWORD=password,
        DJANGO_SUPERUSER_EMAIL="redacteur@example.org",
    )
    subprocess.run(  # noqa: S603 (our own command)
        [PYTHON, "manage.py", "createsuperuser", "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return username, password


def read(base, path):
    answer = fetch(base, path)
    assert answer.status == 200, f"{base}{path} answered {answer.status}"
    return answer


def warm(server_a, server_b, path):
    """Have B cache ``path``; returns B's cached answer."""
    read(server_b, path)
    cached = read(server_b, path)
    assert cached.cache == "hit", f"B did not cache {path}"
    # One shared cache: A serves what B stored, so a stale copy would reach A's visitors too.
    assert read(server_a, path).cache == "hit", f"A did not get B's copy of {path}"
    return cached


def test_a_change_published_through_one_server_is_shown_fresh_by_the_other(
    demo_copy, server_environment, editor_account
):
    _database, idea = demo_copy
    with (
        gunicorn(server_environment) as (_master_a, server_a),
        gunicorn(server_environment) as (_master_b, server_b),
    ):
        for path in idea.urls:
            cached = warm(server_a, server_b, path)
            assert html.escape(idea.title) in cached.text, path
            assert NEW_TITLE not in cached.text, path
        warm(server_a, server_b, "/")

        editor = Editor(server_a)
        editor.log_in(*editor_account)
        editor.publish_title(idea.pk, NEW_TITLE)

        for path in idea.urls:
            fresh = read(server_b, path)
            assert fresh.cache == "miss", f"B served its copy of {path} from before the change"
            assert html.escape(NEW_TITLE) in fresh.text, path
        assert read(server_b, "/").cache == "miss", "B served its home page from before the change"
