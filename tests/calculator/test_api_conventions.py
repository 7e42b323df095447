"""What every answer under /api/ has in common: JSON errors of one shape, for unknown paths and
wrong methods too; the rate-limit budget in the headers; CORS for the read-only endpoints."""

import json

import pytest
from django.test import Client

from calculator.api import views as api
from calculator.api.openapi import document
from tests.calculator.test_api_score import PROFILE

pytestmark = pytest.mark.django_db

ORIGIN = "https://partner.example"


def _assert_error_shape(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) <= {"error", "field"} and body["error"]
    return body


@pytest.mark.parametrize("path", ["/api/nope", "/api/", "/api/score/", "/api/scores", "/api/v2/score"])
def test_unknown_paths_under_api_answer_json_not_the_html_page(client, path):
    body = _assert_error_shape(client.get(path), 404)
    assert "/api/openapi.json" in body["error"]


def test_a_post_to_an_unknown_path_is_a_json_404_without_any_csrf_token():
    response = Client(enforce_csrf_checks=True).post("/api/nope", data="{}", content_type="application/json")
    _assert_error_shape(response, 404)


@pytest.mark.parametrize("path", sorted(document()["paths"]))
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_wrong_methods_answer_json_with_the_allowed_ones(client, path, method):
    response = getattr(client, method)(path)
    _assert_error_shape(response, 405)
    allowed = {m.upper() for m in document()["paths"][path]}
    assert allowed <= set(response["Allow"].split(", "))


@pytest.mark.parametrize(
    ("url", "body", "field"),
    [
        ("/api/score", {**PROFILE, "age": "thirty"}, "age"),
        (
            "/api/score",
            {**PROFILE, "first_language": {"language": "latin", "clb": PROFILE["first_language"].get("clb")}},
            "first_language.language",
        ),
        ("/api/eligibility", {"profile": PROFILE, "extra": {"has_eca": "yes"}}, "has_eca"),
        ("/api/eligibility", {"profile": PROFILE, "colour": "red"}, "colour"),
        ("/api/results", {**PROFILE, "nickname": "A"}, "nickname"),
    ],
)
def test_an_error_names_the_field_at_fault(client, url, body, field):
    response = client.post(url, data=json.dumps(body), content_type="application/json")
    assert _assert_error_shape(response, 400)["field"] == field


def test_a_server_error_under_api_is_json_naming_the_request_id(monkeypatch):
    def broken(profile):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "score", broken)
    client = Client(raise_request_exception=False)
    response = client.post("/api/score", data=json.dumps(PROFILE), content_type="application/json")
    body = _assert_error_shape(response, 500)
    assert response["X-Request-ID"] in body["error"]


def test_a_request_django_refuses_before_any_view_is_json_under_api(client):
    response = client.post(
        "/api/score", data=json.dumps(PROFILE), content_type="application/json", HTTP_HOST="evil.example"
    )
    assert _assert_error_shape(response, 400) == {"error": "bad request"}
    assert "<html" in client.get("/en/", HTTP_HOST="evil.example").content.decode()


def test_saving_tells_the_remaining_budget_and_when_it_resets(client):
    limit = api.results_create.ratelimit[0]
    first = client.post("/api/results", data=json.dumps(PROFILE), content_type="application/json")
    assert first.status_code == 201
    assert first["RateLimit-Limit"] == str(limit)
    assert first["RateLimit-Remaining"] == str(limit - 1)
    assert 1 <= int(first["RateLimit-Reset"]) <= api.results_create.ratelimit[1]


def test_a_refusal_tells_when_to_retry_and_that_nothing_is_left(client, monkeypatch):
    monkeypatch.setattr("throttle.counters.hit", lambda **_: 10**6)
    refused = client.post("/api/results", data=json.dumps(PROFILE), content_type="application/json")
    _assert_error_shape(refused, 429)
    assert refused["RateLimit-Remaining"] == "0"
    assert refused["Retry-After"] == refused["RateLimit-Reset"]


@pytest.mark.parametrize("path", ["/api/score", "/api/eligibility"])
def test_read_only_scoring_is_open_to_the_allowed_origins(client, settings, path):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    preflight = client.options(
        path,
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"]
    response = client.post(path, data=json.dumps(PROFILE), content_type="application/json", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert "X-Request-ID" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_the_document_is_open_to_the_allowed_origins(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    assert client.get("/api/openapi.json", HTTP_ORIGIN=ORIGIN)["Access-Control-Allow-Origin"] == ORIGIN


def test_other_origins_get_no_cors_header(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    response = client.post(
        "/api/score", data=json.dumps(PROFILE), content_type="application/json", HTTP_ORIGIN="https://evil.example"
    )
    assert "Access-Control-Allow-Origin" not in response


def test_saving_a_result_stays_same_origin(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]
    response = client.post(
        "/api/results", data=json.dumps(PROFILE), content_type="application/json", HTTP_ORIGIN=ORIGIN
    )
    assert "Access-Control-Allow-Origin" not in response


def test_no_origin_is_allowed_unless_configured(client):
    response = client.post("/api/score", data=json.dumps(PROFILE), content_type="application/json", HTTP_ORIGIN=ORIGIN)
    assert "Access-Control-Allow-Origin" not in response
