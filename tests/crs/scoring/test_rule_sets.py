"""Rule-set selection on both sides of every effective date, and what each set declares."""

from datetime import date, timedelta

import pytest

from crs.scoring import RULE_SETS, ProfileError, rule_set_for, score
from crs.scoring.engine import NO_FIRST_LANGUAGE

PROFILE = {
    "age": 30,
    "education": "bachelors",
    "first_language": {"language": "english", "clb": dict.fromkeys(("reading", "writing", "listening", "speaking"), 8)},
    "job_offer": {"teer": 1},
}
LATER = list(zip(RULE_SETS, RULE_SETS[1:], strict=False))


def test_rule_sets_are_ordered_by_effective_date_and_named_by_it():
    assert [rule_set.id for rule_set in RULE_SETS] == [
        "2015-01-01",
        "2016-11-19",
        "2017-06-06",
        "2020-10-27",
        "2022-11-16",
        "2025-03-25",
    ]
    assert all(rule_set.id == rule_set.effective_from.isoformat() for rule_set in RULE_SETS)


@pytest.mark.parametrize("previous, current", LATER, ids=[current.id for _, current in LATER])
def test_the_day_before_an_effective_date_uses_the_previous_rules(previous, current):
    day_before = current.effective_from - timedelta(days=1)
    assert rule_set_for(day_before) is previous
    assert score(PROFILE, effective_date=day_before)["rules"] == previous.id


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=[rule_set.id for rule_set in RULE_SETS])
def test_the_effective_date_itself_uses_the_new_rules(rule_set):
    assert rule_set_for(rule_set.effective_from) is rule_set
    assert score(PROFILE, effective_date=rule_set.effective_from.isoformat())["rules"] == rule_set.id


def test_a_date_before_the_crs_is_a_profile_error():
    with pytest.raises(ProfileError, match="effective_date: the CRS started on 2015-01-01"):
        score(PROFILE, effective_date="2014-12-31")


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=[rule_set.id for rule_set in RULE_SETS])
def test_every_rule_set_names_its_source_and_verification_date(rule_set):
    assert "https://" in rule_set.source
    assert isinstance(rule_set.verified_on, date)


def test_current_rules_were_verified_on_2026_08_15():
    assert RULE_SETS[-1].verified_on == date(2026, 8, 15)


def test_rule_sets_are_read_only():
    with pytest.raises(AttributeError):
        RULE_SETS[-1].sibling = 30


@pytest.mark.parametrize(
    "day, points", [("2016-11-18", 600), ("2016-11-19", 50), ("2022-11-15", 50), ("2025-03-24", 50), ("2025-03-25", 0)]
)
def test_teer_1_job_offer_points_follow_the_era(day, points):
    assert score(PROFILE, effective_date=day)["additional"]["job_offer"] == points


@pytest.mark.parametrize("day, points", [("2016-11-18", 600), ("2016-11-19", 200), ("2024-01-10", 200)])
def test_major_group_00_offer_points_follow_the_era(day, points):
    profile = {**PROFILE, "job_offer": {"teer": 0, "major_group_00": True}}
    assert score(profile, effective_date=day)["additional"]["job_offer"] == points


@pytest.mark.parametrize(
    "offer, day, points",
    [
        ({"noc2016_skill": "B"}, "2018-01-01", 50),
        ({"noc2016_skill": "C"}, "2018-01-01", 0),
        ({"teer": 3}, "2018-01-01", 50),  # NOC 2016 skill derived from TEER 3 → B
        ({"teer": 4}, "2018-01-01", 0),  # → C
        ({"noc2016_skill": "A"}, "2023-01-01", 50),  # TEER derived from skill A → 1
        ({"teer": 3}, "2023-01-01", 50),
        ({"teer": 1, "qualifying": False}, "2023-01-01", 0),
        ({"teer": 1, "noc2016_skill": "C"}, "2018-01-01", 0),  # a given skill level wins before 2022-11-16
    ],
)
def test_job_offer_classification(offer, day, points):
    assert score({**PROFILE, "job_offer": offer}, effective_date=day)["additional"]["job_offer"] == points


def test_after_2026_11_03_the_current_rules_apply_with_a_warning():
    before = score(PROFILE, effective_date="2026-11-02")
    after = score(PROFILE, effective_date="2026-11-03")
    assert before["warnings"] == []
    assert after["rules"] == "2025-03-25"
    assert len(after["warnings"]) == 2 and "NOT modelled" in after["warnings"][0]
    assert after["total"] == before["total"]


def test_after_2026_11_03_the_job_offer_warning_needs_a_job_offer():
    profile = {key: value for key, value in PROFILE.items() if key != "job_offer"}
    assert len(score(profile, effective_date="2026-11-03")["warnings"]) == 1


def test_missing_first_language_scores_without_language_points_and_warns():
    result = score({"age": 30, "education": "masters"}, effective_date="2026-08-15")
    assert result["warnings"] == [NO_FIRST_LANGUAGE]
    assert result["core"]["first_language"] == 0 and result["transferability"]["subtotal"] == 0


def test_default_scoring_day_is_today():
    assert score(PROFILE)["effective_date"] == date.today().isoformat()


def test_keyword_date_overrides_the_profile_date():
    result = score({**PROFILE, "effective_date": "2016-01-01"}, effective_date=date(2025, 3, 25))
    assert (result["rules"], result["effective_date"]) == ("2025-03-25", "2025-03-25")
