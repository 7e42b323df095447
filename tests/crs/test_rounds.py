"""The draw types a person can be invited in, checked on eligibility.md's worked examples."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from crs.eligibility import assess
from crs.rounds import NO_PROGRAM, NOT_KNOWN, OTHER, band_key, draw_types, round_type

from .eligibility.support import DATA, answered, clb, load_cases, single

CASES = load_cases()
EXPECTED = json.loads((DATA / "draw_types.json").read_text())["expected"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_worked_example_can_enter_exactly_its_own_draw_types(case):
    eligibility = assess(case["profile"], case["extra"], effective_date=dt.date.fromisoformat(case["effective_date"]))
    types = draw_types(case["profile"], eligibility)
    assert list(types.eligible) == EXPECTED[case["id"]]
    assert types.reason is None


def test_without_eligibility_answers_the_program_rounds_are_not_yet_known():
    profile = single()
    types = draw_types(profile, assess(profile, {}))
    assert types.eligible == ()
    assert types.reason == NOT_KNOWN
    assert {"general", "fsw", "cec", "fst"} <= set(types.unknown) | set(types.excluded)
    assert types.states["general"] is None
    assert types.states["pnp"] is False  # no nomination: known without any answer


def test_a_person_meeting_no_program_can_enter_no_round_at_all():
    profile = single(first_language=clb("english", 4), foreign_work_years=0)
    types = draw_types(profile, assess(profile, answered(skilled_continuous_months_last_10_years=0)))
    assert types.eligible == ()
    assert types.reason == NO_PROGRAM
    assert set(types.excluded) == {
        "general",
        "fsw",
        "cec",
        "fst",
        "pnp",
        "french",
        "healthcare",
        "stem",
        "trades",
        "transport",
        "agriculture",
        "education",
        "physicians",
        "senior_managers",
        "researchers",
        "military",
    }


def test_nominee_rounds_need_a_nomination():
    without = single()
    nominee = single(provincial_nomination=True)
    assert draw_types(without, assess(without, answered())).states["pnp"] is False
    assert draw_types(nominee, assess(nominee, answered())).states["pnp"] is True


def test_french_rounds_need_nclc_7_in_all_four_abilities():
    seven = single(second_language=clb("french", 7))
    six_in_one = single(second_language=clb("french", 7, 7, 7, 6))
    assert "french" in draw_types(seven, assess(seven, answered())).eligible
    assert "french" not in draw_types(six_in_one, assess(six_in_one, answered())).eligible


def test_no_eligibility_answer_at_all_leaves_everything_but_the_nomination_unknown():
    assert draw_types(single(), None).eligible == ()
    assert draw_types(single(), None).states["pnp"] is False
    assert draw_types(single(provincial_nomination=True), None).states["pnp"] is None


@pytest.mark.parametrize(
    ("category", "name", "kind"),
    [
        ("general", "No Program Specified", "general"),
        ("cec", "Canadian Experience Class", "cec"),
        ("trades", "Federal Skilled Trades", "fst"),
        ("trades", "Trade Occupations, 2026-Version 1", "trades"),
        ("other", "Federal Skilled Worker", "fsw"),
        ("other", "Physicians with Canadian Work Experience, 2026-Version 1", "physicians"),
        ("other", "Senior Managers with Canadian Work Experience, 2026-Version 1", "senior_managers"),
        ("other", "Skilled Military Recruits, 2026-Version 1", "military"),
        ("french", "French-Language proficiency 2026-Version 2", "french"),
        ("other", "Something IRCC has never published", OTHER),
    ],
)
def test_a_published_round_has_one_draw_type(category, name, kind):
    assert round_type(category, name) == kind


@pytest.mark.parametrize(
    ("score", "cutoff", "band"),
    [
        (432, 416, "front"),
        (500, 500, "front"),
        (499, 500, "middle"),
        (470, 500, "middle"),
        (469, 500, "strategic"),
        (450, 500, "strategic"),
        (449, 500, "building"),
    ],
)
def test_the_band_is_measured_from_the_latest_cutoff_of_the_persons_rounds(score, cutoff, band):
    assert band_key(score, cutoff) == band
