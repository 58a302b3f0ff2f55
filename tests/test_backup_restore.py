"""A backup made with scripts/backup.sh, restored with scripts/restore.sh into an
empty database, serves the same pages as the original.

The original is the test database with the demo site (committed once per
session, so pg_dump sees it). Pages are rendered in two fresh processes, one
per database, and their HTML compared.
"""

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.db import connection

import pytest

from feedback.models import IdeaPage
from pages.models import GoodPracticePage, NeighbourhoodPage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent

# Rendered in a process of its own: python -c RENDER MEDIA_ROOT URL...
RENDER = """
import json, os, sys
import django
django.setup()
from django.conf import settings
settings.MEDIA_ROOT = sys.argv[1]
from django.test import Client
client = Client()
pages = {}
for url in sys.argv[2:]:
    response = client.get(url)
    pages[url] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""

# Differ per request, not per database.
VOLATILE = re.compile(r'(nonce|csrfmiddlewaretoken" value|name="started" value)="[^"]*"')


def server_url(database):
    params = connection.settings_dict
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    user = params["USER"] or "postgres"
    return f"postgres://{user}@{host}:{port}/{database}"


def psql(command):
    subprocess.run(  # noqa: S603
        ["psql", "--dbname", server_url("postgres"), "--quiet", "--command", command],  # noqa: S607
        check=True,
        capture_output=True,
    )


def run_script(name, *args, database, media_root):
    env = {**os.environ, "DATABASE_URL": server_url(database), "MEDIA_ROOT": str(media_root)}
    return subprocess.run(  # noqa: S603
        ["bash", str(ROOT / "scripts" / name), *map(str, args)],  # noqa: S607
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def render(database, media_root, urls):
    env = {
        **os.environ,
        "DATABASE_URL": server_url(database),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", RENDER, str(media_root), *urls],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    pages = json.loads(result.stdout.splitlines()[-1])
    return {url: (status, VOLATILE.sub("", html)) for url, (status, html) in pages.items()}


@pytest.fixture
def empty_database():
    name = f"meedoen_gdpr_restore_{uuid.uuid4().hex[:8]}"
    psql(f'CREATE DATABASE "{name}"')
    yield name
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def public_urls(home):
    neighbourhood = NeighbourhoodPage.objects.live().filter(locale=home.locale).first()
    return [
        "/",
        neighbourhood.url,
        neighbourhood.url + "ideeen/",
        IdeaPage.objects.live().filter(locale=home.locale).first().url,
        GoodPracticePage.objects.live().filter(locale=home.locale).first().url,
        "/en/",
        "/sociale-kaart/",
    ]


def test_a_restored_backup_serves_the_same_pages(home, empty_database, tmp_path):
    original = connection.settings_dict["NAME"]
    restored_media = tmp_path / "media"

    backup = run_script(
        "backup.sh", tmp_path / "backups", database=original, media_root=settings.MEDIA_ROOT
    )
    assert backup.returncode == 0, backup.stderr
    dump, media = backup.stdout.split()
    assert Path(dump).stat().st_size > 0

    restore = run_script(
        "restore.sh", dump, media, database=empty_database, media_root=restored_media
    )
    assert restore.returncode == 0, restore.stderr

    urls = public_urls(home)
    before = render(original, settings.MEDIA_ROOT, urls)
    after = render(empty_database, restored_media, urls)
    for url in urls:
        assert before[url][0] == 200, url
        assert after[url] == before[url], url
    assert sorted(p.name for p in restored_media.rglob("*") if p.is_file()) == sorted(
        p.name for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )


def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    dump = tmp_path / "some.dump"
    dump.write_bytes(b"not used")

    result = run_script(
        "restore.sh", dump, database=connection.settings_dict["NAME"], media_root=tmp_path
    )

    assert result.returncode == 3
    assert "restore into an empty one" in result.stderr
