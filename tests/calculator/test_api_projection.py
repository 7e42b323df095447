"""``POST /api/projection`` and ``crs_score --projection``: the same series as JSON."""

import io
import json
from datetime import date

import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crs.projection import Dates, as_json, project
from crs.scoring import score
from tests.crs.scoring.test_properties import profiles

PROFILE = {
    "effective_date": "2026-12-02",
    "age": 29,
    "education": "bachelors",
    "first_language": {
        "language": "english",
        "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9},
        "test_date": "2025-06-01",
    },
    "canadian_work_years": 1,
}
REQUEST = {
    "profile": PROFILE,
    "date_of_birth": "1997-03-14",
    "working_in": "canada",
    "working_since": "2025-03-01",
}


def _post(client, body):
    return client.post("/api/projection", json.dumps(body), content_type="application/json")


def test_the_api_answers_the_points_and_the_events(client):
    response = _post(client, REQUEST)
    assert response.status_code == 200
    body = response.json()
    assert body["start"] == "2026-12-02" and body["end"] == "2029-12-02"
    for point in body["points"]:
        assert point["breakdown"]["total"] == point["total"]
        assert point["breakdown"]["effective_date"] == point["date"]
    events = [(event["date"], event["kind"], event["points"]) for event in body["events"]][:3]
    assert events == [
        ("2027-03-01", "canadian_work", 25),
        ("2027-03-14", "birthday", -5),
        ("2027-06-01", "language_expires", events[2][2]),
    ]
    assert events[2][2] < 0
    assert body["points"][0]["total"] == score(PROFILE)["total"]


def test_the_api_and_the_engine_give_the_same_series(client):
    dates = Dates(date_of_birth=date(1997, 3, 14), working_in="canada", working_since=date(2025, 3, 1))
    assert _post(client, REQUEST).json() == json.loads(json.dumps(as_json(project(PROFILE, dates))))


@pytest.mark.parametrize(
    "body, field",
    [
        ({**REQUEST, "date_of_birth": "14/03/1997"}, "date_of_birth"),
        ({**REQUEST, "date_of_birth": "1980-01-01"}, "date_of_birth"),
        ({**REQUEST, "profile": {**PROFILE, "age": "old"}}, "profile.age"),
        ({**REQUEST, "birthday": "1997-03-14"}, "birthday"),
        ({**REQUEST, "months": 999}, "months"),
        ({"date_of_birth": "1997-03-14"}, "profile"),
    ],
)
def test_bad_requests_answer_400_naming_the_field(client, body, field):
    response = _post(client, body)
    assert response.status_code == 400
    assert response.json()["field"] == field and response.json()["error"].startswith(field)


def test_get_is_refused(client):
    assert client.get("/api/projection").status_code == 405


def test_the_command_prints_the_same_series(client, tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST))
    out = io.StringIO()
    call_command("crs_score", "--projection", str(path), stdout=out)
    assert json.loads(out.getvalue()) == _post(client, REQUEST).json()


def test_the_command_fails_on_a_bad_request_and_keeps_the_others(tmp_path):
    path = tmp_path / "requests.json"
    path.write_text(json.dumps([REQUEST, {**REQUEST, "working_in": "mars"}]))
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("crs_score", "--projection", str(path), stdout=out)
    results = json.loads(out.getvalue())
    assert "points" in results[0] and results[1]["error"].startswith("working_in")


_dates = st.none() | st.sampled_from(["1990-02-29", "1996-02-29", "0001-01-01", "9999-12-31", "2026-12-02", "x", 5])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    profile=profiles(),
    start=st.dates(date(2015, 1, 1), date(2040, 1, 1)),
    born=_dates,
    since=_dates,
    eca=_dates,
    working_in=st.sampled_from([None, "canada", "abroad", "mars"]),
    months=st.sampled_from([None, 1, 36, 60, 0, 61, True, "12"]),
)
def test_any_request_gets_a_series_or_a_400_naming_a_field(
    client, profile, start, born, since, eca, working_in, months
):
    body = {"profile": {**profile, "effective_date": start.isoformat()}}
    for key, value in (
        ("date_of_birth", born),
        ("working_since", since),
        ("eca_date", eca),
        ("working_in", working_in),
    ):
        if value is not None:
            body[key] = value
    if months is not None:
        body["months"] = months
    response = _post(client, body)
    assert response.status_code in (200, 400), body
    if response.status_code == 400:
        assert response.json()["field"]
    else:
        assert all(point["breakdown"]["total"] == point["total"] for point in response.json()["points"])
