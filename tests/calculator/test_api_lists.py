"""Scoring many profiles in one request: ``POST /api/score`` and ``/api/eligibility`` take a list,
as the CLI and the profile format do, answer a list in the same order with an error in place of
each profile that cannot be scored, and refuse a list longer than the cap."""

import json

import pytest

from calculator.api.protocol import MAX_PROFILES
from crs.eligibility import assess
from crs.scoring import score
from tests.calculator.test_api_eligibility import EXTRA
from tests.calculator.test_api_eligibility import PROFILE as ELIGIBILITY_PROFILE
from tests.calculator.test_api_score import PROFILE


def _post(client, url, body):
    return client.post(url, data=json.dumps(body), content_type="application/json")


def test_a_list_of_profiles_gets_a_list_of_breakdowns_in_the_same_order(client):
    older = {**PROFILE, "age": 44}
    response = _post(client, "/api/score", [PROFILE, older])
    assert response.status_code == 200
    assert response.json() == [score(PROFILE), score(older)]


def test_a_profile_that_cannot_be_scored_is_replaced_by_its_error_and_the_others_are_kept(client):
    response = _post(client, "/api/score", [PROFILE, {"education": "masters"}, "a string", PROFILE])
    assert response.status_code == 200
    first, missing_age, not_an_object, last = response.json()
    assert first == last == score(PROFILE)
    assert missing_age["field"] == "age" and missing_age["error"].startswith("age: is required")
    assert not_an_object == {"error": "each item must be a JSON object: one profile"}


def test_the_answer_per_profile_matches_the_command_line(client, tmp_path):
    from io import StringIO

    from django.core.management import call_command
    from django.core.management.base import CommandError

    profiles = [PROFILE, {"age": "thirty"}]
    out = StringIO()
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(profiles))
    with pytest.raises(CommandError):
        call_command("crs_score", str(path), stdout=out)
    from_cli = json.loads(out.getvalue())
    from_api = _post(client, "/api/score", profiles).json()
    assert from_api[0] == from_cli[0]
    assert from_api[1]["error"] == from_cli[1]["error"]


def test_an_empty_list_gets_an_empty_list(client):
    assert _post(client, "/api/score", []).json() == []


def test_eligibility_takes_a_list_of_either_body_shape(client):
    nested = {"profile": ELIGIBILITY_PROFILE, "extra": EXTRA}
    flat = {**ELIGIBILITY_PROFILE, **EXTRA}
    response = _post(client, "/api/eligibility", [nested, flat, {"profile": []}])
    assert response.status_code == 200
    first, second, bad = response.json()
    assert first == second
    assert first["eligibility"] == assess(ELIGIBILITY_PROFILE, EXTRA)
    assert bad == {"error": "profile: must be a JSON object: one profile", "field": "profile"}


@pytest.mark.parametrize("url", ["/api/score", "/api/eligibility"])
def test_a_list_longer_than_the_cap_is_refused_whole(client, url):
    assert _post(client, url, [{"age": 30}] * MAX_PROFILES).status_code == 200
    response = _post(client, url, [{"age": 30}] * (MAX_PROFILES + 1))
    assert response.status_code == 400
    assert response.json() == {"error": f"a list holds at most {MAX_PROFILES} items; got {MAX_PROFILES + 1}"}


def test_a_full_list_of_real_profiles_fits_in_the_body_cap(client):
    from calculator.api.protocol import MAX_BODY_BYTES

    body = json.dumps([{"profile": ELIGIBILITY_PROFILE, "extra": EXTRA}] * MAX_PROFILES)
    assert len(body) <= MAX_BODY_BYTES
    assert client.post("/api/eligibility", data=body, content_type="application/json").status_code == 200


def test_saving_results_still_takes_one_profile(client, db):
    response = _post(client, "/api/results", [PROFILE])
    assert response.status_code == 400
    assert response.json() == {"error": "the body must be a JSON object: one profile"}


def test_an_endpoint_may_refuse_lists():
    from django.test import RequestFactory

    from calculator.api.protocol import json_post

    @json_post("one profile", many=False)
    def echo(body):
        return body

    request = RequestFactory().post("/api/x", data="[{}]", content_type="application/json")
    response = echo(request)
    assert response.status_code == 400
    assert json.loads(response.content) == {"error": "the body must be a JSON object: one profile"}
