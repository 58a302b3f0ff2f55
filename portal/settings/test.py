"""Test settings: fast hashing, in-memory e-mail, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

# A fixed key is fine for tests; production refuses any key starting with "test-".
SECRET_KEY = "test-only-not-secret"  # noqa: S105  # nosec B105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="meedoen-test-media-")  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off, so every test sees its own changes; tests/test_page_cache.py turns it on.
PAGE_CACHE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# Wagtail queues its own work (search index, reference index) as tasks on the
# default backend: run it at once here, so a test sees what it just saved. The
# e-mail tests switch to the production DatabaseBackend and run the worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
