"""The production settings pass Django's deployment check and stop without their secrets.

Runs `manage.py check --deploy` in a subprocess with exactly the environment
docs/security.md documents, the way an operator would.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The documented minimal production environment (docs/security.md).
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "kq3-Zt8vW_p2rX9mLc4Hy7Ns1Fg6Ju0Be5Ta8Qd2Vo4Ri7Ey3Lw9Kx",
    "ALLOWED_HOSTS": "meedoen.example.nl",
    "CSRF_TRUSTED_ORIGINS": "https://meedoen.example.nl",
    "BASE_URL": "https://meedoen.example.nl",
}
# Everything the developer's shell might have set that production reads.
UNSET = {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "SECURE_HSTS_PRELOAD", "SECURE_SSL_REDIRECT"}


def run(args, **environ):
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(environ)
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_documented_secret_key_is_long_enough():
    assert len(PRODUCTION_ENV["SECRET_KEY"]) >= 50


def test_deploy_check_passes_without_any_warning():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_missing_secret_key_stops_the_start_with_a_clear_message():
    environ = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run(["manage.py", "check"], **environ)
    assert result.returncode != 0
    assert "Set the environment variable SECRET_KEY; it has no default here." in result.stderr


def test_missing_allowed_hosts_stops_the_start_with_a_clear_message():
    environ = {k: v for k, v in PRODUCTION_ENV.items() if k != "ALLOWED_HOSTS"}
    result = run(["manage.py", "check"], **environ)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS to the site's host names, comma separated." in result.stderr


def test_production_sends_hsts_and_keeps_cookies_on_https():
    """The values tests/test_security_headers.py serves with override_settings."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s;"
        "print(json.dumps({k: getattr(s, k) for k in ["
        "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD',"
        "'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_SSL_REDIRECT', 'DEBUG']}))"
    )
    result = run(["-c", code], **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_SSL_REDIRECT": True,
        "DEBUG": False,
    }


def storages_with(**environ):
    # Read without django.setup(): the s3 extra (boto3) is not installed for the tests.
    code = (
        "import json, portal.settings.production as s;"
        "print(json.dumps(dict(s.STORAGES['default'],"
        " serve=getattr(s, 'WAGTAILDOCS_SERVE_METHOD', None))))"
    )
    result = run(["-c", code], **PRODUCTION_ENV, **environ)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_uploads_go_to_a_shared_volume_unless_a_bucket_is_set():
    assert storages_with() == {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "serve": None,
    }


def test_a_media_bucket_puts_uploads_in_s3_compatible_object_storage():
    storage = storages_with(
        MEDIA_BUCKET="meedoen-media",
        MEDIA_ENDPOINT_URL="https://objectstore.example.nl",
        MEDIA_CUSTOM_DOMAIN="media.meedoen.example.nl",
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "meedoen-media"
    assert storage["OPTIONS"]["endpoint_url"] == "https://objectstore.example.nl"
    assert storage["OPTIONS"]["custom_domain"] == "media.meedoen.example.nl"
    # Public images must have stable addresses, not signed ones that expire.
    assert storage["OPTIONS"]["querystring_auth"] is False
    # Private documents: Wagtail's view checks the restrictions, no redirect to the bucket.
    assert storage["serve"] == "serve_view"
