"""Settings for the CRS calculator, read from environment variables.

Defaults are safe for a developer's machine (SQLite file, DEBUG off unless
asked).  Production sets DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and
DATABASE_URL; nothing is kept in process memory between requests (sessions and
the cache live in the database) so several app servers can share one
PostgreSQL.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
# Only for a developer's machine (DEBUG on): with DEBUG off the app refuses to start on it, or
# without DJANGO_SECRET_KEY (crs_site/checks.py); `make` keeps a local key in .secret_key.
DEVELOPMENT_SECRET_KEY = "django-insecure-local-development-key-do-not-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",  # django-bootstrap-static: Bootstrap's CSS as static files
    "template_partials",
    "csp",
    "corsheaders",
    "crs_site",  # the site's own template library: every form field laid out one way (bootstrap_fields)
    "calculator",
    "draws",
    "throttle",
]

MIDDLEWARE = [
    "crs_site.request_log.request_log",  # first: its duration and request id cover everything below
    "crs_site.middleware.reject_nul_bytes",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "crs_site.middleware.remember_language",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "crs_site.urls"
WSGI_APPLICATION = "crs_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "calculator.context_processors.language_links",
                "calculator.context_processors.max_score",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One server, several workers or threads: writers queue (IMMEDIATE takes the write lock at
    # the start of a transaction, so two never deadlock upgrading a read lock) and wait up to 20 s
    # instead of failing; WAL lets pages read while an answer is saved.  The test database is a
    # file too: Django's in-memory one shares a cache whose table locks fail at once instead of
    # waiting, so a live-score preview reading the session could make a step's save fail (400).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / f"crs-test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# IRCC's rounds-of-invitations feed, read by `refresh_draws`, `import_draws --url` and the admin.
DRAWS_FEED_URL = os.environ.get(
    "DRAWS_FEED_URL", "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json"
)

SESSION_ENGINE = "crs_site.sessions"  # Django's database sessions, read without the ORM
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30  # answers stay a month
SESSION_SAVE_EVERY_REQUEST = False
# How long a share link lives (days): its page says until when, then it answers 410 and
# `manage.py purge_saved_results` deletes it.
SAVED_RESULT_LIFETIME_DAYS = int(os.environ.get("DJANGO_SAVED_RESULT_DAYS", "365"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Our own formats first (French thousands: a narrow no-break space), then Django's.
FORMAT_MODULE_PATH = ["crs_site.formats"]
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365  # the chosen language is kept a year
TIME_ZONE = "America/Toronto"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("DJANGO_MANIFEST_STATIC", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Bounded request bodies: nothing in this app needs more.
DATA_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
FILE_UPLOAD_MAX_MEMORY_SIZE = 64 * 1024

# Security headers.  HTTPS-only settings follow DJANGO_HTTPS, on by default in
# production (DEBUG off); `make serve` on plain-HTTP loopback turns it off.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = HTTPS and env_bool("DJANGO_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A load balancer probes /healthz over plain HTTP: answer it rather than redirect to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Cross-origin use of the read-only JSON API (django-cors-headers): scoring, eligibility and the
# API's description.  POST /api/results keeps a result on the server, so it stays same-origin.
# DJANGO_CORS_ALLOWED_ORIGINS: comma-separated origins (https://example.org), or * for any.
CORS_URLS_REGEX = r"^/api/(score|eligibility|openapi\.json)$"
CORS_ALLOW_ALL_ORIGINS = env_list("DJANGO_CORS_ALLOWED_ORIGINS", "") == ["*"]
CORS_ALLOWED_ORIGINS = [] if CORS_ALLOW_ALL_ORIGINS else env_list("DJANGO_CORS_ALLOWED_ORIGINS", "")
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS", "POST")
CORS_EXPOSE_HEADERS = ("X-Request-ID", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")

# A strict policy: no inline script or style anywhere (htmx is configured
# through its meta tag, with its indicator styles off).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# One line per request (crs_site.request_log) on stderr, with the request id that the errors of
# the same request carry too.  On by default with DEBUG off; runserver (`make run`) logs its own.
REQUEST_LOG = env_bool("DJANGO_REQUEST_LOG", not DEBUG)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "crs_site.request_log.RequestIdFilter"}},
    "formatters": {
        "line": {
            "()": "crs_site.request_log.UTCFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s request_id=%(request_id)s %(message)s",
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "line"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
    "loggers": {"crs_site.requests": {"level": "INFO" if REQUEST_LOG else "WARNING"}},
}
