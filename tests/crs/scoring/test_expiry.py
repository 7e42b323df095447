"""Expired language results: still scored, never silent, and the points at stake come from score()."""

from datetime import date

import pytest

from crs.scoring import score
from crs.scoring.expiry import ExpiredResult, expired_results, expires_on, is_expired

ENGLISH = {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}}
FRENCH = {"test": "TEF", "scores": {"reading": 207, "writing": 310, "listening": 249, "speaking": 310}}
PROFILE = {"marital_status": "single", "age": 30, "education": "bachelors"}


def test_a_result_expires_two_calendar_years_after_the_test():
    assert expires_on(date(2024, 3, 14)) == date(2026, 3, 14)
    assert expires_on(date(2024, 2, 29)) == date(2026, 3, 1)
    assert not is_expired(date(2024, 3, 14), date(2026, 3, 13))
    assert is_expired(date(2024, 3, 14), date(2026, 3, 14))
    assert not is_expired(None, date(2030, 1, 1))


def test_an_expired_first_language_names_every_point_that_depends_on_it():
    profile = {**PROFILE, "first_language": {**ENGLISH, "test_date": "2023-01-10"}}
    breakdown = score(profile, effective_date="2025-06-01")
    without = score(PROFILE, effective_date="2025-06-01")
    assert expired_results(profile, breakdown) == [
        ExpiredResult("first_language", date(2023, 1, 10), date(2025, 1, 10), breakdown["total"] - without["total"])
    ]
    assert breakdown["total"] - without["total"] > 100  # language, transferability


def test_a_valid_result_or_an_undated_one_is_not_reported():
    dated = {**PROFILE, "first_language": {**ENGLISH, "test_date": "2024-01-10"}}
    undated = {**PROFILE, "first_language": ENGLISH}
    for profile in (dated, undated):
        assert expired_results(profile, score(profile, effective_date="2025-06-01")) == []


def test_an_expired_second_language_costs_the_french_bonus_and_its_points():
    profile = {
        **PROFILE,
        "first_language": {**ENGLISH, "test_date": "2025-01-10"},
        "second_language": {**FRENCH, "test_date": "2022-05-01"},
    }
    breakdown = score(profile, effective_date="2025-06-01")
    (expired,) = expired_results(profile, breakdown)
    assert expired.field == "second_language"
    without = {key: value for key, value in profile.items() if key != "second_language"}
    assert expired.points == breakdown["total"] - score(without, effective_date="2025-06-01")["total"]
    assert expired.points >= breakdown["additional"]["french"] > 0


def test_without_an_expired_first_result_a_valid_second_one_counts_as_first():
    profile = {
        **PROFILE,
        "first_language": {**FRENCH, "test_date": "2022-05-01"},
        "second_language": {**ENGLISH, "test_date": "2025-01-10"},
    }
    breakdown = score(profile, effective_date="2025-06-01")
    (expired,) = expired_results(profile, breakdown)
    promoted = {**PROFILE, "first_language": profile["second_language"]}
    assert expired.points == breakdown["total"] - score(promoted, effective_date="2025-06-01")["total"]


@pytest.mark.parametrize("effective_date", ["2024-04-30", "2024-05-01"])
def test_the_scoring_date_decides(effective_date):
    profile = {**PROFILE, "first_language": {**ENGLISH, "test_date": "2022-05-01"}}
    found = expired_results(profile, score(profile, effective_date=effective_date))
    assert bool(found) is (effective_date == "2024-05-01")
