"""``POST /api/score``: JSON in, breakdown out; JSON errors; no cookies; size and method limits."""

import json

import pytest

from calculator.api.protocol import MAX_BODY_BYTES
from tests.crs.scoring.golden import CASES

CASE = CASES[0]
PROFILE = {**CASE["profile"], "effective_date": CASE["effective_date"]}
URL = "/api/score"


def _post(client, body):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json")


def test_a_profile_gets_its_breakdown_without_a_cookie(client):
    response = _post(client, PROFILE)
    assert response.status_code == 200
    assert response.json() == CASE["expected"]
    assert not response.cookies


def test_csrf_is_not_required(client):
    from django.test import Client

    response = _post(Client(enforce_csrf_checks=True), PROFILE)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "body, message",
    [
        ("{not json", "the body is not valid JSON"),
        (b"\xff\xfe", "the body is not valid JSON"),
        (
            {"education": "masters"},
            "age: is required: the applicant's age in completed years, a whole number from 0 to 120",
        ),
        ({**PROFILE, "education": "phd"}, None),
    ],
)
def test_bad_requests_get_400_with_a_json_error(client, body, message):
    response = _post(client, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error == message if message else error.startswith("education: must be one of")


def test_a_body_over_64_kb_gets_413(client):
    response = _post(client, {**PROFILE, "padding": "x" * MAX_BODY_BYTES})
    assert response.status_code == 413
    assert "64 KB" in response.json()["error"]


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_other_methods_get_405(client, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_the_api_has_no_language_prefix(client):
    assert _post(client, PROFILE).status_code == 200
    assert client.post("/en/api/score", data="{}", content_type="application/json").status_code == 404


TEF_ANCIEN = {"reading": 248, "writing": 349, "listening": 298, "speaking": 349}


@pytest.mark.parametrize("test_date", ["2018-06-01", "2021-05-01", "2024-06-01"])
def test_tef_scores_are_read_on_the_ancien_column_for_every_test_date(client, test_date):
    first = {"test": "TEF", "scores": TEF_ANCIEN, "test_date": test_date}
    response = _post(client, {**PROFILE, "first_language": first, "effective_date": "2025-01-15"})
    assert response.status_code == 200
    clb = response.json()["clb"]["first"]
    assert clb == {"language": "french", "reading": 9, "writing": 8, "listening": 9, "speaking": 8}


def test_a_tef_score_out_of_699_is_a_400_naming_the_field_and_the_column(client):
    first = {"test": "TEF", "scores": {**TEF_ANCIEN, "listening": 520}, "test_date": "2024-06-01"}
    response = _post(client, {**PROFILE, "first_language": first})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error.startswith("first_language.scores.listening: 520 is above 360: it looks like the score out of 699")
    assert "« Équivalence ancien score »" in error
