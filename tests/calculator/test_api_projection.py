"""``POST /api/projection`` and ``crs_score --projection``: the same series as JSON."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from crs.projection import Dates, as_json, project
from crs.scoring import score

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
    from datetime import date

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
