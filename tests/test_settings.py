"""Settings come from the environment: the database switch and the production
checks, each read by a fresh interpreter so the environment is the only input."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
    "DJANGO_ALLOWED_HOSTS": "crs.example.org",
}

_PRINT_SETTINGS = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({
    "ENGINE": db["ENGINE"], "NAME": str(db["NAME"]), "HOST": db.get("HOST", ""),
    "PORT": db.get("PORT", ""), "USER": db.get("USER", ""), "CONN_MAX_AGE": db["CONN_MAX_AGE"],
    "DEBUG": settings.DEBUG, "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SECURE_PROXY_SSL_HEADER": settings.SECURE_PROXY_SSL_HEADER,
}))
"""


def _environment(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env["DJANGO_SETTINGS_MODULE"] = "crs_site.settings"
    env.update(overrides)
    return env


def _settings_under(**overrides: str) -> dict:
    completed = subprocess.run(
        [sys.executable, "-c", _PRINT_SETTINGS],
        cwd=ROOT,
        env=_environment(**overrides),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


def test_without_database_url_the_database_is_the_sqlite_file_in_the_project():
    db = _settings_under()
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(ROOT / "db.sqlite3")


def test_database_url_switches_to_postgresql_with_persistent_connections():
    db = _settings_under(DATABASE_URL="postgres://crs:s3cret@db.internal:5433/crs_prod", DJANGO_CONN_MAX_AGE="120")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["PORT"], db["USER"], db["NAME"]) == ("db.internal", 5433, "crs", "crs_prod")
    assert db["CONN_MAX_AGE"] == 120


def test_debug_is_off_and_cookies_are_https_only_unless_asked():
    production = _settings_under()
    assert production["DEBUG"] is False
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 31536000
    plain_http = _settings_under(DJANGO_HTTPS="0")
    assert plain_http["SESSION_COOKIE_SECURE"] is False
    assert plain_http["SECURE_HSTS_SECONDS"] == 0


def test_behind_a_proxy_the_forwarded_scheme_is_trusted():
    assert _settings_under()["SECURE_PROXY_SSL_HEADER"] is None
    behind = _settings_under(DJANGO_BEHIND_PROXY="1")
    assert behind["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_check_deploy_reports_nothing_under_production_settings():
    completed = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        env=_environment(**PRODUCTION_ENV),
        capture_output=True,
        text=True,
    )
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNING" not in output and "?:" not in output and "security." not in output


_RESOLVE_BARE = """
import django
django.setup()
from django.urls import Resolver404, resolve
try:
    resolve("/bench/bare")
    print("mounted")
except Resolver404:
    print("absent")
"""


def test_the_benchmarks_bare_view_exists_only_under_the_benchmarks_settings():
    def bare_view_under(**overrides):
        completed = subprocess.run(
            [sys.executable, "-c", _RESOLVE_BARE],
            cwd=ROOT,
            env=_environment(**overrides),
            capture_output=True,
            text=True,
            check=True,
        )
        return completed.stdout.strip()

    assert bare_view_under() == "absent"
    assert bare_view_under(DJANGO_BENCH="1") == "absent"  # the old switch mounts nothing any more
    assert bare_view_under(DJANGO_SETTINGS_MODULE="benchmarks.settings") == "mounted"
