"""Settlement funds: the dated table by family size and the job-offer exemption."""

from __future__ import annotations

import datetime as dt

import pytest

from .support import answered, requirement, run, single

# The 2025-07-07 table (eligibility.md section 4.1): 8 people = 7 people + one increment.
TABLE_2025 = {1: 15263, 2: 19001, 3: 23360, 4: 28362, 5: 32168, 6: 36280, 7: 40392, 8: 44504, 9: 48616}


@pytest.mark.parametrize(("family", "required"), sorted(TABLE_2025.items()))
def test_required_funds_follow_the_2025_table_by_family_size(family, required):
    result = run(single(), answered(dependent_children=family - 1))
    assert result["settlement_funds"]["family_size"] == family
    assert result["settlement_funds"]["required_cad"] == required


def test_a_spouse_counts_in_the_family_even_when_not_accompanying():
    profile = single(marital_status="married", spouse_accompanying=False)
    assert run(profile, answered(dependent_children=1))["settlement_funds"]["family_size"] == 3


def test_one_dollar_short_fails_and_says_by_how_much():
    result = run(single(), answered(settlement_funds_cad=15262))
    line = requirement(result["fsw"], "settlement_funds")
    assert line["met"] is False
    assert "CAD 1 short" in line["detail"]


def test_exactly_the_required_amount_is_enough():
    result = run(single(), answered(settlement_funds_cad=15263))
    assert requirement(result["fsw"], "settlement_funds")["met"] is True


@pytest.mark.parametrize(
    ("day", "table", "single_amount"),
    [
        ("2024-05-27", "2023-04-25", 13757),
        ("2024-05-28", "2024-05-28", 14690),
        ("2025-07-06", "2024-05-28", 14690),
        ("2025-07-07", "2025-07-07", 15263),
    ],
)
def test_the_table_in_force_on_the_date_is_used(day, table, single_amount):
    result = run(single(), answered(), dt.date.fromisoformat(day))
    assert result["settlement_funds"]["table"] == table
    assert result["settlement_funds"]["required_cad"] == single_amount


def test_authorized_worker_with_a_job_offer_needs_no_funds():
    result = run(single(job_offer={"teer": 1}), answered(authorized_to_work_in_canada=True, settlement_funds_cad=0))
    assert requirement(result["fsw"], "settlement_funds")["met"] is True
    assert requirement(result["fst"], "settlement_funds")["met"] is True


def test_a_job_offer_without_work_authorization_still_needs_funds():
    result = run(single(job_offer={"teer": 1}), answered(authorized_to_work_in_canada=False, settlement_funds_cad=0))
    assert requirement(result["fsw"], "settlement_funds")["met"] is False


def test_short_funds_with_an_unanswered_authorization_stay_open():
    result = run(single(job_offer={"teer": 1}), answered(authorized_to_work_in_canada=None, settlement_funds_cad=0))
    line = requirement(result["fsw"], "settlement_funds")
    assert line["met"] is None
    assert line["needs"] == ["authorized_to_work_in_canada"]


def test_unknown_family_size_asks_for_the_children():
    result = run(single(), answered(dependent_children=None))
    assert requirement(result["fsw"], "settlement_funds")["needs"] == ["dependent_children"]
