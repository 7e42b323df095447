"""The improvement plan agrees with the engine: every gain is a re-score, never a typed number."""

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from crs.planner import age_clock, minimum_score, plan
from crs.scoring import score
from crs.scoring.language_tests import ABILITIES, to_clb
from tests.crs.scoring.golden import CASES

CUTOFFS = {"general": [470, 490, 510, 530, 550], "french": [380, 400, 420]}
EXPECTED_PLAN = Path(__file__).resolve().parents[1] / "data" / "plans" / "married_ielts.json"


def _rescored(profile, change, effective_date):
    """The action's change applied independently: a fresh deep copy, whole keys replaced."""
    changed = copy.deepcopy(profile)
    for key, value in change.items():
        changed[key] = copy.deepcopy(value)
    return score(changed, effective_date=effective_date)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_every_listed_gain_is_the_engines_difference_and_positive_and_ranked(case):
    profile, day = case["profile"], case["effective_date"]
    before = copy.deepcopy(profile)
    original = score(profile, effective_date=day)["total"]
    actions = plan(profile, effective_date=day, cutoffs=CUTOFFS, category="general")

    assert profile == before, "the planner must not touch the profile it is given"
    for action in actions:
        changed = _rescored(profile, action.change, day)
        assert action.gain == changed["total"] - original, action.id
        assert action.total == changed["total"]
        assert action.gain > 0
        assert action.draws_cleared == sum(total >= cut for total in [action.total] for cut in CUTOFFS["general"])
    gains = [action.gain for action in actions]
    assert gains == sorted(gains, reverse=True)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_each_change_is_the_action_it_names(case):
    profile, day = case["profile"], case["effective_date"]
    current = score(profile, effective_date=day)
    for action in plan(profile, effective_date=day):
        changed = _rescored(profile, action.change, day)
        if action.id == "first_language_all":
            levels = changed["clb"]["first"]
            assert min(levels[a] for a in ABILITIES) == action.params["clb"]
        elif action.id == "first_language_one":
            before, after = current["clb"]["first"], changed["clb"]["first"]
            moved = [a for a in ABILITIES if before[a] != after[a]]
            assert moved == [action.params["ability"]]
            assert after[action.params["ability"]] == action.params["clb"]
            assert before[action.params["ability"]] == min(before[a] for a in ABILITIES)
        elif action.id == "second_language":
            assert changed["clb"]["second"]["language"] != current["clb"]["first"]["language"]
            assert min(changed["clb"]["second"][a] for a in ABILITIES) >= action.params["clb"]
        elif action.id == "canadian_work":
            assert set(action.change) == {"canadian_work_years"}
            assert action.change["canadian_work_years"] == (profile.get("canadian_work_years") or 0) + 1 <= 5
        elif action.id == "foreign_work":
            assert (profile.get("foreign_work_years") or 0) < action.change["foreign_work_years"] <= 3
        elif action.id == "provincial_nomination":
            assert action.pathway and action.change == {"provincial_nomination": True}
        elif action.id.startswith("spouse_"):
            assert current["with_spouse"]


def test_raw_scores_name_the_minimum_score_of_the_persons_test():
    profile = {
        "age": 29,
        "education": "bachelors",
        "first_language": {
            "test": "IELTS",
            "scores": {"reading": 6.0, "writing": 6.0, "listening": 6.0, "speaking": 6.0},
        },
    }
    actions = {
        (a.id, a.params["clb"]): a for a in plan(profile, effective_date="2026-08-15") if a.id == "first_language_all"
    }
    nine = actions[("first_language_all", 9)]
    assert nine.params["test"] == "IELTS"
    for ability, needed in nine.params["scores"].items():
        assert to_clb("IELTS", ability, needed) == 9
        assert to_clb("IELTS", ability, needed - 0.5) < 9  # the minimum, not just enough


def test_clb_levels_give_the_equivalent_scores_on_each_test_of_that_language():
    profile = {"age": 29, "first_language": {"language": "english", "clb": dict.fromkeys(ABILITIES, 6)}}
    action = next(
        a for a in plan(profile, effective_date="2026-08-15") if a.id == "first_language_all" and a.params["clb"] == 7
    )
    assert set(action.params["equivalents"]) == {"IELTS", "CELPIP", "PTE_CORE"}
    assert action.params["equivalents"]["CELPIP"] == dict.fromkeys(ABILITIES, 7)


def test_minimum_score_reads_the_test_chart():
    assert minimum_score("IELTS", "listening", 9) == 8.0
    assert minimum_score("TEF", "speaking", 7) == 310  # the ancien column, whatever the test date
    assert to_clb("TEF", "speaking", minimum_score("TEF", "speaking", 9)) == 9


def test_a_whole_plan_is_the_one_kept_as_data():
    """Every action, in order, with its change, gain and total: a planner that drops a change, or adds
    one that the engine scores correctly but that is not on offer, fails here."""
    expected = json.loads(EXPECTED_PLAN.read_text(encoding="utf-8"))
    day = expected["effective_date"]
    assert score(expected["profile"], effective_date=day)["total"] == expected["total"]
    actions = [
        {
            "id": action.id,
            "params": {key: value for key, value in action.params.items() if key != "equivalents"},
            "change": action.change,
            "gain": action.gain,
            "total": action.total,
        }
        for action in plan(expected["profile"], effective_date=day)
    ]
    assert actions == expected["actions"]


def test_nominated_profiles_are_not_offered_a_nomination():
    profile = {"age": 29, "provincial_nomination": True}
    assert "provincial_nomination" not in {a.id for a in plan(profile, effective_date="2026-08-15")}


def test_a_couple_is_shown_the_score_without_the_partner_when_it_is_higher():
    profile = {
        "age": 30,
        "marital_status": "married",
        "education": "masters",
        "first_language": {"language": "english", "clb": dict.fromkeys(ABILITIES, 9)},
    }
    ids = {a.id for a in plan(profile, effective_date="2026-08-15")}
    assert "spouse_not_accompanying" in ids
    assert {"spouse_language", "spouse_education", "spouse_canadian_work"} <= ids


def test_band_is_computed_by_the_injected_function():
    actions = plan({"age": 29}, effective_date="2026-08-15", band=lambda total: f"band-{total // 100}")
    assert all(a.band == f"band-{a.total // 100}" for a in actions)


def test_the_plan_starts_from_the_breakdown_it_is_given_without_scoring_again():
    """The result page passes the breakdown it shows, so every gain is measured from that total."""
    shown = score(PROFILE, effective_date="2026-08-15")
    fresh = plan(PROFILE, effective_date="2026-08-15")
    given = plan(PROFILE, effective_date="2026-08-15", current={**shown, "total": shown["total"] - 5})
    assert [(a.id, a.total, a.gain + 5) for a in fresh] == [(a.id, a.total, a.gain) for a in given]


# --- the age clock ------------------------------------------------------------------------


PROFILE = {
    "age": 29,
    "education": "bachelors",
    "first_language": {"language": "english", "clb": dict.fromkeys(ABILITIES, 9)},
}


def test_next_birthday_is_the_day_after_the_scoring_day_when_it_is_tomorrow():
    clock = age_clock(PROFILE, date_of_birth=date(1996, 8, 16), effective_date="2026-08-15")
    assert clock[0].date == date(2026, 8, 16) and clock[0].age == 30
    assert (
        clock[0].lost
        == score(PROFILE, effective_date="2026-08-15")["total"]
        - score({**PROFILE, "age": 30}, effective_date="2026-08-15")["total"]
    )
    assert [b.date for b in clock] == [date(y, 8, 16) for y in range(2026, 2031)]


def test_a_birthday_on_the_scoring_day_is_already_counted():
    clock = age_clock({**PROFILE, "age": 30}, date_of_birth="1996-08-15", effective_date="2026-08-15")
    assert clock[0].date == date(2027, 8, 15) and clock[0].age == 31


def test_born_on_29_february_turns_a_year_older_on_1_march():
    clock = age_clock({**PROFILE, "age": 30}, date_of_birth="1996-02-29", effective_date="2026-08-15")
    assert clock[0].date == date(2027, 3, 1)
    assert clock[1].date == date(2028, 2, 29)


def test_clock_stops_when_age_earns_nothing():
    clock = age_clock({**PROFILE, "age": 43}, date_of_birth="1983-01-10", effective_date="2026-08-15")
    assert [b.age for b in clock] == [44, 45]
    assert score({**PROFILE, "age": clock[-1].age}, effective_date="2026-08-15")["core"]["age"] == 0
    assert age_clock({**PROFILE, "age": 50}, date_of_birth="1976-01-10", effective_date="2026-08-15") == []


def test_each_birthday_loss_is_the_engines_difference():
    clock = age_clock(PROFILE, date_of_birth="1997-01-10", effective_date="2026-08-15")
    previous = score(PROFILE, effective_date="2026-08-15")["total"]
    for birthday in clock:
        total = score({**PROFILE, "age": birthday.age}, effective_date="2026-08-15")["total"]
        assert birthday.total == total and birthday.lost == previous - total
        previous = total
