"""POST /api/results: 201 with id, url and breakdown; 400, 413, 429 as JSON; no cookies."""

import json

import pytest

from calculator.api import protocol as json_api
from calculator.api import views as api
from calculator.models import SavedResult
from crs.scoring import score

PROFILE = {
    "age": 29,
    "education": "bachelors",
    "first_language": {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}},
}

pytestmark = pytest.mark.django_db


def _post(client, body, **extra):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post("/api/results", data=data, content_type="application/json", **extra)


def test_a_profile_is_saved_and_answered_with_its_link_and_breakdown(client):
    response = _post(client, PROFILE)
    assert response.status_code == 201
    body = response.json()
    saved = SavedResult.objects.get(public_id=body["id"])
    assert body["url"] == f"http://testserver/r/{saved.public_id}/"
    assert response["Location"] == body["url"]
    assert body["breakdown"] == score(PROFILE) == saved.breakdown
    assert not response.cookies
    assert client.get(f"/r/{body['id']}/").status_code == 200


def test_the_scoring_day_may_be_given(client):
    body = _post(client, {**PROFILE, "effective_date": "2019-01-01"}).json()
    assert body["breakdown"]["rules"] == "2017-06-06"


@pytest.mark.parametrize(
    "body, field",
    [
        ("{not json", None),
        ([PROFILE], None),
        ({"education": "bachelors"}, "age"),
        ({**PROFILE, "age": "thirty"}, "age"),
        ({**PROFILE, "name": "Ana"}, "name"),
        ({**PROFILE, "first_language": {"test": "IELTS", "scores": {"reading": 9.5}}}, "first_language.scores"),
        (b"\xff\xfe", None),
    ],
)
def test_bad_input_is_a_400_naming_the_problem(client, body, field):
    response = _post(client, body)
    assert response.status_code == 400
    assert response.json()["error"]
    if field:
        assert response.json()["field"] == field
    assert SavedResult.objects.count() == 0


def test_oversized_bodies_are_refused_before_reading(client):
    response = _post(client, {**PROFILE, "padding": "x" * (json_api.MAX_BODY_BYTES + 1)})
    assert response.status_code == 413
    assert "error" in response.json()


def test_only_post_is_allowed(client):
    response = client.get("/api/results")
    assert response.status_code == 405 and response["Allow"] == "POST"


def test_creation_is_rate_limited_per_client(client):
    limit = api.results_create.ratelimit[0]
    statuses = [_post(client, PROFILE).status_code for _ in range(limit + 1)]
    assert statuses == [201] * limit + [429]
    limited = _post(client, PROFILE)
    assert limited.status_code == 429 and "error" in limited.json() and limited["Retry-After"]
    other = _post(client, PROFILE, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 201
    assert SavedResult.objects.count() == limit + 1


def test_no_csrf_token_is_needed(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert _post(strict, PROFILE).status_code == 201
