"""``manage.py crs_score``: objects, lists with failures in place, stdin, bad JSON."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.crs.scoring.golden import CASES

CASE = CASES[0]
PROFILE = {**CASE["profile"], "effective_date": CASE["effective_date"]}


def _run(tmp_path, data, *, raw=None):
    path = tmp_path / "profiles.json"
    path.write_text(raw if raw is not None else json.dumps(data))
    out = io.StringIO()
    try:
        call_command("crs_score", str(path), stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def test_one_profile_prints_its_breakdown(tmp_path):
    out, error = _run(tmp_path, PROFILE)
    assert error is None
    assert json.loads(out) == CASE["expected"]


def test_a_list_keeps_order_and_puts_errors_in_place_and_fails(tmp_path):
    out, error = _run(tmp_path, [PROFILE, {"age": "thirty"}, PROFILE])
    results = json.loads(out)
    assert results[0] == results[2] == CASE["expected"]
    assert results[1] == {"error": "age: must be a whole number of years from 0 to 120; got 'thirty'"}
    assert error is not None and "1 of 3 profiles" in str(error)


def test_a_bad_single_profile_fails_with_the_error_printed(tmp_path):
    out, error = _run(tmp_path, {"education": "masters"})
    assert json.loads(out)["error"].startswith("age: is required")
    assert error is not None


def test_stdin_is_read_for_a_dash():
    out = io.StringIO()
    call_command("crs_score", "-", stdout=out, stdin=io.StringIO(json.dumps([PROFILE])))
    assert json.loads(out.getvalue()) == [CASE["expected"]]


def test_invalid_json_is_a_one_line_error(tmp_path):
    out, error = _run(tmp_path, None, raw="{not json")
    assert out == "" and "is not valid JSON" in str(error)


def test_json_that_is_not_an_object_or_list_is_an_error(tmp_path):
    _, error = _run(tmp_path, 42)
    assert "JSON object" in str(error)


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("crs_score", str(tmp_path / "nope.json"), stdout=io.StringIO())


def test_a_tef_score_out_of_699_is_refused_with_the_column_to_copy(tmp_path):
    first = {"test": "TEF", "scores": {"reading": 450, "writing": 349, "listening": 298, "speaking": 349}}
    out, error = _run(tmp_path, {**PROFILE, "first_language": first})
    message = json.loads(out)["error"]
    assert message.startswith("first_language.scores.reading: 450 is above 300: it looks like the score out of 699")
    assert "Équivalence ancien score" in message
    assert error is not None
