"""``GET /healthz``: 200 while the app can reach its database, 503 when it cannot; no session."""

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import json, django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps({"status": response.status_code, "body": response.json(), "cookies": list(response.cookies)}))
"""


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_starts_no_session_and_sets_no_cookie(client):
    from django.contrib.sessions.models import Session

    response = client.get("/healthz")
    assert not response.cookies
    assert Session.objects.count() == 0


@pytest.mark.django_db
def test_healthz_is_answered_over_plain_http_when_https_is_enforced(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/en/").status_code == 301
    assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    "database_url",
    [
        "postgres://crs:crs@127.0.0.1:1/crs",  # PostgreSQL stopped: nothing listens on the port
        "sqlite:////nonexistent-folder/crs.sqlite3",  # a database file that cannot be opened
    ],
)
def test_healthz_answers_503_when_the_database_cannot_be_reached(database_url):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "crs_site.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_HTTPS": "0",
        "DATABASE_URL": database_url,
    }
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    probe = json.loads(completed.stdout.splitlines()[-1])
    assert probe["status"] == 503
    assert probe["body"] == {"error": "the database cannot be reached"}
    assert probe["cookies"] == []
    assert "health check: the database cannot be reached" in completed.stderr
