"""Settings shared by every environment; values come from the environment (see README)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from . import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env.string("SECRET_KEY")
DEBUG = env.boolean("DEBUG", False)
ALLOWED_HOSTS = env.strings("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.strings("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "pages",
    "feedback",
    "plainlanguage",
    "socialmap",
    "roles",
    "pagecache",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.ContentSecurityPolicyMiddleware",
    "portal.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Inside the middleware that sets headers and the CSRF cookie, so a page from
    # the cache gets them too; outside those that only a rendered page needs
    # (the visitor's account, messages), which a cache hit then skips.
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.site_navigation",
            ],
        },
    },
]

# SQLite file by default so a fresh machine needs nothing; DATABASE_URL selects PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env.string("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # A new PostgreSQL connection per request costs a server process fork:
        # keep connections a minute, checked before reuse after a restart.
        conn_max_age=env.integer("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
USES_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if USES_POSTGRES:
    # PostgreSQL's JIT compiler starts on any query whose estimated cost passes
    # jit_above_cost, and at city scale the page-routing query does: measured on
    # the 20x benchmark database, 33 of its 48 ms went to compiling. A web page's
    # short queries never earn that back, so it is off for our connections.
    # Dates as text in ISO form (YYYY-MM-DD) whatever the server's default:
    # the open data's CSV cells are dates cast to text by the database.
    # Parallel workers: a page's queries are short and many requests run at
    # once, so a worker only takes a core from another request. Measured on
    # the 20x benchmark database, 2 cores, alternated: search +20% requests/s
    # without them (a lone visitor's search 2 ms slower), other pages alike.
    # random_page_cost: PostgreSQL's default (4) prices a disk read for
    # spinning disks; a site's database is small enough to stay in memory.
    # At 4 a search joined its 3,300 matches by reading all 22,000 pages;
    # at 1.1 it looks them up by index: search +20% requests/s, home +6%.
    parallel_workers = env.integer("DATABASE_PARALLEL_WORKERS", 0, minimum=0)
    random_page_cost = env.number("DATABASE_RANDOM_PAGE_COST", 1.1, minimum=0)
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c datestyle=ISO"
        f" -c max_parallel_workers_per_gather={parallel_workers}"
        f" -c random_page_cost={random_page_cost}"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out username+address before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch is the source language and is served without a prefix (/);
# the translations live under /en/, /ar/, /tr/ and /pl/. Keep this stable: links
# in printed handouts point at these addresses.
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# The Wagtail admin runs in Dutch for staff; English stays available per user.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.string("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.string("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env.string("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Local memory by default; Redis when REDIS_URL is set so several app servers share one cache.
REDIS_URL = env.string("REDIS_URL")


def shared_cache(location, key_prefix):
    """Redis through django-redis. The cache only makes the site faster, so
    when Redis does not answer (within half a second) every lookup is a miss
    and the error is logged: pages are rendered, forms work, nothing stops."""
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "LOG_IGNORED_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


if REDIS_URL:
    CACHES = {"default": shared_cache(REDIS_URL, env.string("CACHE_KEY_PREFIX", "meedoen"))}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole pages for anonymous visitors (pagecache/). On by default with Redis only:
# a local-memory cache is per process, so publishing would clear just one copy.
PAGE_CACHE = env.boolean("PAGE_CACHE", bool(REDIS_URL))
# An upper bound for what the date in the key does not cover (a meeting that
# started an hour ago); changes clear the cache at once anyway.
PAGE_CACHE_SECONDS = env.integer("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024
# Bodies from this size on (the open-data exports) are stored apart and kept in
# each app server's memory, up to PAGE_CACHE_LOCAL_BYTES (pagecache/bodies.py).
PAGE_CACHE_BODY_MIN_BYTES = 256 * 1024
PAGE_CACHE_LOCAL_BYTES = env.integer("PAGE_CACHE_LOCAL_BYTES", 64 * 1024 * 1024)
PAGE_CACHE_SKIP_PATHS = ("/admin/", "/documenten/", "/static/", "/media/")
# A fronting cache or CDN (docs/deploy.md): purged through Wagtail's frontend
# cache backends when a page is published or unpublished (pagecache/cdn.py).
WAGTAILFRONTENDCACHE = {}
if env.string("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.string("FRONTEND_CACHE_PURGE_URL"),
    }
if env.string("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.string("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.string("CLOUDFLARE_ZONE_ID"),
    }
# pagecache/cdn.py makes the address in every language itself (Dutch has no prefix).
WAGTAILFRONTENDCACHE_LANGUAGES = []
# How long the fronting cache may keep an anonymous page (s-maxage); 0: not at all.
CDN_MAX_AGE = env.integer("CDN_MAX_AGE", 0)
# Hidden form fields that differ per visitor: cut out of a cached page, made afresh.
PAGE_CACHE_FRESH_FIELDS = {
    "csrfmiddlewaretoken": "django.middleware.csrf.get_token",
    "started": "feedback.submission.fresh_started_token",
}

EMAIL_BACKEND = env.string("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.string("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.string("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.string("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.boolean("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.string("DEFAULT_FROM_EMAIL", "Meedoen <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Search: Wagtail's database backend. On PostgreSQL the Dutch text-search
# configuration stems words, so "bijeenkomsten" finds "bijeenkomst".
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        **({"SEARCH_CONFIG": "dutch"} if USES_POSTGRES else {}),
    }
}

WAGTAIL_SITE_NAME = env.string("SITE_NAME", "Meedoen")
WAGTAILADMIN_BASE_URL = env.string("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Uploads. Only office documents and photos are accepted: no HTML, SVG or
# programs, which a browser could run from our own address. Wagtail opens every
# image to check that its content matches its extension; the pixel limit stops
# a small file that unpacks into gigabytes (a decompression bomb) before it is
# unpacked. Wagtail checks both size limits in the browser and again on the server.
# The web server in front should refuse larger requests too (docs/security.md).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.integer("DOCUMENT_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.integer("IMAGE_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 x 5000; a phone photo is 12 million
# Refuses damaged images with a message; ties Pillow's limit to ours (portal/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.uploads.ImageForm"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # a form without its files (a long page edit)
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger files go to a temporary file, not memory
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Avatars come from our own server, never from gravatar.com (a request to a third party).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for news (connect-src 'self' would block it).
WAGTAIL_ENABLE_UPDATE_CHECK = False

WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Pages are rendered without external resources: no CDN fonts or scripts.
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png", "avif": "avif", "webp": "webp"}

# Background tasks (e-mail to followers, and Wagtail's search and reference
# index updates) are stored in the database and run by a separate worker
# process: `manage.py db_worker`. A request never waits for the mail server,
# and a task survives a restart of the app server.
TASKS = {"default": {"BACKEND": env.string("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Feedback promise (see DESIGN.md): first answer within this many days, then at
# least every N days until the idea is closed.
FEEDBACK_FIRST_ANSWER_DAYS = env.integer("FEEDBACK_FIRST_ANSWER_DAYS", 21)
FEEDBACK_FOLLOW_UP_DAYS = env.integer("FEEDBACK_FOLLOW_UP_DAYS", 42)

# --- Security (docs/security.md) -------------------------------------------

# How many reverse proxies in front of the app append to X-Forwarded-For. 0:
# the app is reached directly and REMOTE_ADDR is the client. Used by the login
# throttling and the feedback rate limit (portal.security.client_ip).
TRUSTED_PROXY_COUNT = env.integer("TRUSTED_PROXY_COUNT", 0)

# Login throttling (django-axes): after 5 wrong passwords for one username from
# one address, that pair is refused for 15 minutes, even with the right
# password. Other users and addresses can still log in; a successful login
# clears the count. The lockout page is templates/axes/lockout.html.
AXES_FAILURE_LIMIT = env.integer("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.integer("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
# Axes must not keep adding the cool-off while a locked-out person retries:
# 15 minutes after the last wrong password of the series, they may try again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Otherwise axes prints a banner on every manage.py command and in every test run.
AXES_VERBOSE = False

# Content-Security-Policy (django-csp 4, through portal.security). The public
# site and the admin login run scripts and styles only from our own files; the
# one inline <style> of templates/500.html (rendered without anything that
# could fail) is allowed by its hash — tests/test_security_headers.py checks
# that the hash still matches.
ERROR_PAGE_STYLE_HASH = "'sha256-IaKqdWlfvQwR6eVuUI2weKVu7WmR+4ndYCuwwI5V+eA='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", ERROR_PAGE_STYLE_HASH],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The signed-in Wagtail admin (8.0) still writes inline <script> elements
# (InlinePanel, MultipleChooserPanel, the date and time pickers, chooser
# modals) and inline style attributes, without nonces (wagtail/wagtail#1288);
# in Chromium the page editor loses its panels without 'unsafe-inline'. It does
# not need 'unsafe-eval' (checked on the editors, choosers and upload forms).
# Only logged-in staff reach these pages, the login page keeps the strict
# policy, and every other directive stays as strict as the public site's; the
# admin's own preview is shown in a frame, so frames from our own address are allowed.
CSP_ADMIN_PATH_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# The other headers: Django's SecurityMiddleware sends nosniff, the
# Referrer-Policy and the Cross-Origin-Opener-Policy; framing is refused twice
# (X-Frame-Options for old browsers, frame-ancestors for new ones).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=()"
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

GOOD_PRACTICES_PER_PAGE = 12
SEARCH_RESULTS_PER_PAGE = 10

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.string("LOG_LEVEL", "INFO")},
    # One line per background task run is noise; failures still show.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
