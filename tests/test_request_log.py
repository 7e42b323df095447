"""One log line per request with time, method, path, status, duration and a request id; the id
is also in the response headers and in the error logged for the same request."""

import io
import json
import logging
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client

from calculator.api import views as api
from crs_site.request_log import RequestIdFilter, UTCFormatter
from tests.calculator.test_api_score import PROFILE

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.django_db


@pytest.fixture
def log_lines():
    """The lines the site's console handler would write, formatted with the settings' format."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(UTCFormatter(django_settings.LOGGING["formatters"]["line"]["format"]))
    root = logging.getLogger()
    root.addHandler(handler)
    access = logging.getLogger("crs_site.requests")
    level = access.level
    access.setLevel(logging.INFO)
    yield lambda: stream.getvalue().splitlines()
    root.removeHandler(handler)
    access.setLevel(level)


def test_every_response_carries_its_own_request_id(client):
    ids = [client.get("/en/")["X-Request-ID"], client.get("/healthz")["X-Request-ID"]]
    assert all(re.fullmatch(r"[0-9a-f]{32}", request_id) for request_id in ids)
    assert ids[0] != ids[1]


def test_one_line_per_request_with_time_method_path_status_duration_and_id(client, log_lines):
    response = client.get("/en/draws/standing/?score=478")
    access = [line for line in log_lines() if "crs_site.requests" in line]
    assert len(access) == 1
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO crs_site\.requests "
        rf"request_id={response['X-Request-ID']} method=GET path=/en/draws/standing/ "
        rf"status={response.status_code} duration_ms=\d+\.\d",
        access[0],
    ), access[0]


def test_a_path_cannot_forge_a_log_line(client, log_lines):
    client.get("/en/x%0A2026-01-01 INFO forged")
    access = [line for line in log_lines() if "crs_site.requests" in line]
    assert len(access) == 1 and "path=/en/x%0A2026-01-01%20INFO%20forged" in access[0]


def test_an_error_is_logged_with_the_request_id_of_its_answer(log_lines, monkeypatch):
    def broken(profile):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(api, "score", broken)
    response = Client(raise_request_exception=False).post(
        "/api/score", data=json.dumps(PROFILE), content_type="application/json"
    )
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    errors = [line for line in log_lines() if " ERROR " in line]
    assert errors and all(f"request_id={request_id}" in line for line in errors)
    assert "RuntimeError: engine exploded" in "\n".join(log_lines())
    assert any(f"request_id={request_id} method=POST path=/api/score status=500" in line for line in log_lines())


def test_a_client_error_is_logged_with_the_request_id_too(client, log_lines):
    response = client.get("/api/nope")
    warnings = [line for line in log_lines() if "django.request" in line]
    assert warnings and f"request_id={response['X-Request-ID']}" in warnings[0]


def test_a_proxys_request_id_is_kept_only_behind_the_proxy(client, settings):
    assert client.get("/healthz", HTTP_X_REQUEST_ID="proxy-id-42")["X-Request-ID"] != "proxy-id-42"
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client.get("/healthz", HTTP_X_REQUEST_ID="proxy-id-42")["X-Request-ID"] == "proxy-id-42"
    assert client.get("/healthz", HTTP_X_REQUEST_ID="bad id\n")["X-Request-ID"] != "bad id\n"


_LOGGING_PROBE = """
import json, logging, django
django.setup()
print(json.dumps(logging.getLogger("crs_site.requests").isEnabledFor(logging.INFO)))
"""


@pytest.mark.parametrize(
    ("environment", "logs_requests"),
    [
        ({"DJANGO_DEBUG": "0"}, True),  # production and `make serve`
        ({"DJANGO_DEBUG": "1"}, False),  # `make run`: runserver prints its own
        ({"DJANGO_DEBUG": "1", "DJANGO_REQUEST_LOG": "1"}, True),
        ({"DJANGO_DEBUG": "0", "DJANGO_REQUEST_LOG": "0"}, False),
    ],
)
def test_request_lines_are_on_by_default_in_production(environment, logs_requests):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "crs_site.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        **environment,
    }
    completed = subprocess.run(
        [sys.executable, "-c", _LOGGING_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) is logs_requests


def test_make_serve_turns_the_request_lines_on():
    dry_run = subprocess.run(["make", "-n", "-B", "serve"], cwd=ROOT, capture_output=True, text=True, check=True)
    gunicorn = next(line for line in dry_run.stdout.splitlines() if "DJANGO_DEBUG=0 DJANGO_HTTPS" in line)
    assert "DJANGO_REQUEST_LOG=${DJANGO_REQUEST_LOG:-1}" in gunicorn
