"""Production: DEBUG off, secrets required from the environment, secure transport."""

from django.core.exceptions import ImproperlyConfigured

from . import env
from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env.required("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-", "django-insecure")):
    raise ImproperlyConfigured("SECRET_KEY must be a long random value (50+ characters).")
ALLOWED_HOSTS = env.strings("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names, comma separated.")

# WhiteNoise serves the collected static files from the app servers themselves.
MIDDLEWARE = [  # noqa: F405
    MIDDLEWARE[0],  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],  # noqa: F405
]

STORAGES = {
    # Uploads: a volume every app server mounts at MEDIA_ROOT, or object storage.
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env.string("MEDIA_BUCKET"):
    # S3-compatible object storage (the "s3" extra: pip install -e ".[s3]").
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.string("MEDIA_BUCKET"),
            "endpoint_url": env.string("MEDIA_ENDPOINT_URL") or None,
            "region_name": env.string("MEDIA_REGION") or None,
            "access_key": env.string("MEDIA_ACCESS_KEY_ID") or None,
            "secret_key": env.string("MEDIA_SECRET_ACCESS_KEY") or None,
            # Public files (images, public documents) at a stable address a CDN can keep.
            "custom_domain": env.string("MEDIA_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    # Documents through Wagtail's view, never a redirect to the bucket: the view
    # checks a private collection's restrictions before it reads the file.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.boolean("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.boolean("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The preload token only says the site agrees to be on the browsers' HSTS
# preload list; nothing is listed until the owner of the domain submits it at
# hstspreload.org (which accepts registrable domains only, not a subdomain
# such as meedoen.gemeente.nl). Set SECURE_HSTS_PRELOAD=false to withhold consent.
SECURE_HSTS_PRELOAD = env.boolean("SECURE_HSTS_PRELOAD", True)
# Cookies only over HTTPS (base.py keeps the session cookie away from scripts).
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
