"""Every worked example of the facts file, with expected results read from a data file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from .support import grid_points, load_cases, run

CASES = load_cases()


@pytest.fixture(params=CASES, ids=[c["id"] for c in CASES])
def case(request):
    result = run(
        request.param["profile"], request.param["extra"], dt.date.fromisoformat(request.param["effective_date"])
    )
    return request.param["expected"], result


def test_program_verdicts_match_the_worked_example(case):
    expected, result = case
    assert {p: result[p]["eligible"] for p in ("fsw", "cec", "fst")} == {p: expected[p] for p in ("fsw", "cec", "fst")}


def test_fsw_grid_matches_line_by_line(case):
    expected, result = case
    grid = dict(expected["grid"])
    total = grid.pop("total")
    assert grid_points(result) == grid
    assert result["fsw"]["grid"]["total"] == total


def test_funds_use_the_dated_table_for_the_family_size(case):
    expected, result = case
    funds = result["settlement_funds"]
    assert {k: funds[k] for k in expected["funds"]} == expected["funds"]


def test_failed_requirements_are_the_ones_the_example_names(case):
    expected, result = case
    for program, ids in expected["failed"].items():
        failed = {r["id"] for r in result[program]["requirements"] if r["met"] is False}
        assert failed == set(ids), program


def test_category_rounds_match_the_example_for_its_date(case):
    expected, result = case
    assert result["rules"]["categories"] == expected["categories_rules"]
    assert [c["id"] for c in result["categories"] if c["eligible"]] == expected["categories_eligible"]


def test_result_is_json_serialisable_and_fully_answered(case):
    _, result = case
    assert json.loads(json.dumps(result)) == result
