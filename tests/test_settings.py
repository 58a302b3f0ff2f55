"""Settings come from the environment; production refuses to start without secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.settings import env

ROOT = Path(__file__).resolve().parent.parent


def settings_in_a_new_process(module, printed, without=(), **environ):
    """Load the settings ``module`` in a fresh interpreter with this environment
    (less the variables ``without``, plus ``environ``) and print ``printed``."""
    code = f"import django; django.setup(); from django.conf import settings; print({printed})"
    clean = {k: v for k, v in os.environ.items() if k not in without}
    clean.update(environ, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def load_production(**environ):
    return settings_in_a_new_process(
        "portal.settings.production",
        "settings.DEBUG",
        without={"SECRET_KEY", "ALLOWED_HOSTS"},
        **environ,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_production(ALLOWED_HOSTS="meedoen.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = load_production(SECRET_KEY="dev-short", ALLOWED_HOSTS="meedoen.example.org")
    assert result.returncode != 0
    assert "50+ characters" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = load_production(SECRET_KEY="x7" * 30, ALLOWED_HOSTS="meedoen.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_boolean_settings_reject_unclear_values(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "maybe")
    with pytest.raises(Exception, match="SOME_FLAG must be true or false"):
        env.boolean("SOME_FLAG")
    monkeypatch.setenv("SOME_FLAG", "Yes")
    assert env.boolean("SOME_FLAG") is True


def test_database_url_selects_the_database(monkeypatch):
    import dj_database_url

    parsed = dj_database_url.parse("postgres://postgres@127.0.0.1:5432/meedoen")
    assert parsed["ENGINE"] == "django.db.backends.postgresql"
    assert parsed["NAME"] == "meedoen"


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("setting", "value"),
    [
        # A web page's short queries never earn back the JIT compiler's time.
        ("jit", "off"),
        # A busy site with its data in memory; see docs/deploy.md.
        ("max_parallel_workers_per_gather", "0"),
        ("random_page_cost", "1.1"),
    ],
)
def test_postgresql_connections_plan_for_a_busy_site(setting, value):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {setting}")
        assert cursor.fetchone()[0] == value


def postgres_options(**environ):
    return settings_in_a_new_process(
        "portal.settings.dev",
        "settings.DATABASES['default']['OPTIONS']['options']",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/meedoen",
        **environ,
    )


def test_planner_settings_can_be_changed_from_the_environment():
    result = postgres_options(DATABASE_PARALLEL_WORKERS="2", DATABASE_RANDOM_PAGE_COST="4")
    assert result.returncode == 0, result.stderr
    assert "-c max_parallel_workers_per_gather=2" in result.stdout
    assert "-c random_page_cost=4.0" in result.stdout
    assert "-c jit=off" in result.stdout


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DATABASE_PARALLEL_WORKERS", "-1", "must be 0 or more"),
        ("DATABASE_PARALLEL_WORKERS", "two", "must be a whole number"),
        ("DATABASE_RANDOM_PAGE_COST", "-0.5", "must be 0 or more"),
        ("DATABASE_RANDOM_PAGE_COST", "nan", "must be a number"),
        ("DATABASE_RANDOM_PAGE_COST", "1,1", "must be a number"),
    ],
)
def test_planner_settings_refuse_values_postgresql_would_not_take(variable, value, message):
    result = postgres_options(**{variable: value})
    assert result.returncode != 0
    # The exception itself, not a traceback quoting the line that raises it.
    assert f"ImproperlyConfigured: {variable} {message}, not '{value}'." in result.stderr


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_postgresql_connections_write_dates_as_iso_whatever_the_server_default():
    """The CSV exports take dates as text from the database (feedback.opendata)."""
    from django.db import connection

    name = connection.settings_dict["NAME"]
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER DATABASE \"{name}\" SET datestyle = 'SQL, DMY'")
    try:
        fresh = connection.get_new_connection(connection.get_connection_params())
        with fresh.cursor() as cursor:
            cursor.execute("SELECT DATE '2026-03-09'::text")
            assert cursor.fetchone()[0] == "2026-03-09"
        fresh.close()
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'ALTER DATABASE "{name}" RESET datestyle')


def test_redis_url_selects_a_shared_cache_that_never_stops_the_site():
    """A cache lookup that fails is a miss: Redis down must not mean the site down."""
    from portal.settings.base import shared_cache

    cache = shared_cache("redis://cache.internal:6379/1", "meedoen")
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 1
