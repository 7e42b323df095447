"""Category-based rounds: French, occupations by dated list, months of recent work."""

from __future__ import annotations

import datetime as dt

from .support import answered, category, clb, run, single

ON_2026 = dt.date(2026, 11, 21)
ON_2024 = dt.date(2024, 6, 1)
ON_2025 = dt.date(2025, 6, 1)


def _ids(result: dict) -> list[str]:
    return [c["id"] for c in result["categories"]]


def test_the_2026_rule_set_lists_its_ten_categories_and_retires_agriculture():
    result = run(single(), answered(), ON_2026)
    assert _ids(result) == [
        "french",
        "healthcare",
        "stem",
        "trades",
        "education",
        "transport",
        "physicians",
        "senior_managers",
        "researchers",
        "military",
    ]


def test_2025_had_agriculture_and_education_but_no_transport():
    ids = _ids(run(single(), answered(), ON_2025))
    assert "agriculture" in ids and "education" in ids and "transport" not in ids


def test_there_were_no_category_rounds_before_2023_05_31():
    result = run(single(), answered(), dt.date(2023, 5, 30))
    assert result["categories"] == []
    assert result["rules"]["categories"] is None


def test_french_needs_nclc_7_in_all_four():
    ok = run(single(second_language=clb("french", 7)), answered(), ON_2026)
    short = run(single(second_language=clb("french", 7, speaking=6)), answered(), ON_2026)
    assert category(ok, "french")["eligible"] is True
    assert category(short, "french")["criteria_met"] is False
    assert "speaking is NCLC 6" in category(short, "french")["requirements"][1]["detail"]


def test_no_french_result_fails_the_french_category():
    assert category(run(single(), answered(), ON_2026), "french")["criteria_met"] is False


def _nurse(months: int, **more) -> dict:
    return answered(occupation_noc="31301", occupation_months_last_3_years=months, **more)


def test_2026_occupation_categories_need_12_months_in_3_years():
    assert category(run(single(), _nurse(12), ON_2026), "healthcare")["eligible"] is True
    eleven = category(run(single(), _nurse(11), ON_2026), "healthcare")
    assert eleven["criteria_met"] is False
    assert "1 short" in eleven["requirements"][-1]["detail"]


def test_before_2026_six_continuous_months_were_enough():
    result = run(single(), _nurse(6, occupation_continuous_months_last_3_years=6), ON_2025)
    assert category(result, "healthcare")["eligible"] is True
    five = run(single(), _nurse(6, occupation_continuous_months_last_3_years=5), ON_2025)
    assert category(five, "healthcare")["criteria_met"] is False


def test_an_unlisted_occupation_is_refused_when_the_list_is_complete():
    result = run(single(), answered(occupation_noc="21231", occupation_months_last_3_years=36), ON_2026)
    assert category(result, "stem")["criteria_met"] is False


def test_the_2023_stem_list_included_software_engineers():
    extra = answered(occupation_noc="21231", occupation_continuous_months_last_3_years=36)
    assert category(run(single(), extra, ON_2024), "stem")["eligible"] is True


def test_an_unknown_code_of_a_partly_bundled_list_needs_review():
    extra = answered(occupation_noc="21399", occupation_continuous_months_last_3_years=36)
    assert category(run(single(), extra, ON_2024), "stem")["criteria_met"] is None


def test_canadian_experience_categories_count_only_work_in_canada():
    extra = answered(
        occupation_noc="00012", occupation_months_last_3_years=36, occupation_canadian_months_last_3_years=11
    )
    assert category(run(single(), extra, ON_2026), "senior_managers")["criteria_met"] is False
    extra["occupation_canadian_months_last_3_years"] = 12
    assert category(run(single(), extra, ON_2026), "senior_managers")["criteria_met"] is True


def test_a_self_declared_category_stands_in_for_a_noc_code():
    extra = answered(occupation_category="education", occupation_months_last_3_years=12)
    result = run(single(), extra, ON_2026)
    assert category(result, "education")["eligible"] is True
    assert category(result, "healthcare")["criteria_met"] is False


def test_meeting_a_category_without_any_program_is_not_enough():
    result = run(single(foreign_work_years=0), _nurse(12), ON_2026)
    healthcare = category(result, "healthcare")
    assert healthcare["criteria_met"] is True
    assert healthcare["eligible"] is False


def test_military_recruits_need_the_service_answer_and_a_two_year_credential():
    yes = run(single(), answered(military_recruit=True), ON_2026)
    assert category(yes, "military")["eligible"] is True
    secondary = run(single(education="secondary"), answered(military_recruit=True), ON_2026)
    assert category(secondary, "military")["criteria_met"] is False


def test_every_occupation_category_in_the_rules_can_be_self_declared():
    from crs.eligibility import OCCUPATION_CATEGORIES
    from crs.eligibility.rules.categories import category_rules

    ids = {c.id for rules in category_rules() for c in rules.categories if c.kind == "occupation"}
    assert ids == set(OCCUPATION_CATEGORIES)
