"""``POST /api/eligibility``: score and eligibility in one answer, both body shapes, JSON errors."""

import json

import pytest
from django.test import Client

from calculator.api.protocol import MAX_BODY_BYTES
from crs.eligibility import assess
from crs.scoring import score
from tests.crs.eligibility.support import load_cases

URL = "/api/eligibility"
CASE = next(c for c in load_cases() if c["id"] == "profile-b-francophone-electrician")
PROFILE = {**CASE["profile"], "effective_date": CASE["effective_date"]}
EXTRA = CASE["extra"]


def _post(client, body):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json")


def test_nested_body_gets_the_breakdown_and_the_eligibility(client):
    response = _post(client, {"profile": PROFILE, "extra": EXTRA})
    assert response.status_code == 200
    body = response.json()
    assert body["breakdown"] == score(PROFILE)
    assert body["eligibility"] == assess(PROFILE, EXTRA)
    assert body["eligibility"]["eligible_programs"] == ["fsw"]
    assert not response.cookies


def test_a_flat_body_with_extra_answers_alongside_gives_the_same_answer(client):
    nested = _post(client, {"profile": PROFILE, "extra": EXTRA}).json()
    flat = _post(client, {**PROFILE, **EXTRA}).json()
    assert flat == nested


def test_extra_is_optional_and_leaves_programs_open(client):
    body = _post(client, {"profile": PROFILE}).json()
    assert body["eligibility"]["fsw"]["eligible"] is None
    assert "outside_quebec" in body["eligibility"]["missing"]


def test_csrf_is_not_required(client):
    assert _post(Client(enforce_csrf_checks=True), {"profile": PROFILE}).status_code == 200


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("{not json", "the body is not valid JSON"),
        ({"profile": PROFILE, "extra": {"outside_quebec": "yes"}}, "outside_quebec: must be true or false"),
        ({"profile": PROFILE, "extra": {"favourite_colour": "red"}}, "favourite_colour: is not an extra answer"),
        ({"profile": PROFILE, "extra": []}, "extra: must be a JSON object"),
        ({"profile": [], "extra": {}}, "profile: must be a JSON object"),
        ({"profile": PROFILE, "age": 30}, "age: is not allowed beside"),
        ({"profile": {"education": "masters"}}, "age: is required"),
        ({**PROFILE, "occupation_noc": "7220"}, "occupation_noc: must be a 5-digit NOC 2021 code"),
    ],
)
def test_bad_input_gets_400_with_a_json_error(client, body, start):
    response = _post(client, body)
    assert response.status_code == 400
    assert response.json()["error"].startswith(start)


def test_a_body_over_64_kb_gets_413(client):
    response = _post(client, {"profile": PROFILE, "padding": "x" * MAX_BODY_BYTES})
    assert response.status_code == 413


@pytest.mark.parametrize("method", ["get", "put"])
def test_other_methods_get_405(client, method):
    response = getattr(client, method)(URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST"
