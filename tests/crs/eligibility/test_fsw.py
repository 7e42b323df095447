"""FSW minimums and the 67-point grid at their edges."""

from __future__ import annotations

import pytest

from crs.eligibility.rules.programs import fsw_age_points

from .support import answered, clb, grid_points, requirement, run, single


def test_clb_7_in_every_ability_meets_the_fsw_language_minimum():
    result = run(single(first_language=clb("english", 7)), answered())
    assert requirement(result["fsw"], "language")["met"] is True


def test_clb_6_in_one_ability_fails_fsw_whatever_the_points():
    result = run(single(first_language=clb("english", 9, speaking=6)), answered())
    line = requirement(result["fsw"], "language")
    assert line["met"] is False
    assert "needs CLB 7 in every ability" in line["detail"]
    assert "speaking is CLB 6" in line["detail"]
    assert result["fsw"]["eligible"] is False
    assert result["fsw"]["grid"]["lines"][0]["points"] == 18  # still reported line by line


def test_french_first_language_is_described_in_nclc():
    result = run(single(first_language=clb("french", 6, writing=9, listening=9, speaking=9)), answered())
    assert "reading is NCLC 6" in requirement(result["fsw"], "language")["detail"]


# Profile C of the facts file scores 66; one more point in speaking (CLB 8 = 5) makes 67.
def _graduate(speaking: int) -> dict:
    return single(
        age=31,
        education="two_year",
        canadian_education="one_or_two_year",
        first_language=clb("english", 7, speaking=speaking),
        canadian_work_years=1,
        foreign_work_years=0,
    )


def test_66_points_is_one_short_of_the_pass_mark():
    result = run(_graduate(7), answered(skilled_continuous_months_last_10_years=14))
    line = requirement(result["fsw"], "selection_grid")
    assert result["fsw"]["grid"]["total"] == 66
    assert line["met"] is False
    assert "1 short" in line["detail"]
    assert result["fsw"]["eligible"] is False


def test_67_points_passes_the_grid():
    result = run(_graduate(8), answered(skilled_continuous_months_last_10_years=14))
    assert result["fsw"]["grid"]["total"] == 67
    assert requirement(result["fsw"], "selection_grid")["met"] is True
    assert result["fsw"]["eligible"] is True


def test_11_continuous_months_fails_the_skilled_work_minimum_and_12_meets_it():
    short = run(single(), answered(skilled_continuous_months_last_10_years=11))
    enough = run(single(), answered(skilled_continuous_months_last_10_years=12))
    assert requirement(short["fsw"], "skilled_work")["met"] is False
    assert "1 short" in requirement(short["fsw"], "skilled_work")["detail"]
    assert requirement(enough["fsw"], "skilled_work")["met"] is True


def test_no_skilled_year_in_the_profile_fails_without_asking():
    result = run(single(foreign_work_years=0), answered(skilled_continuous_months_last_10_years=None))
    assert requirement(result["fsw"], "skilled_work")["met"] is False
    assert "skilled_continuous_months_last_10_years" not in result["missing"]


def test_foreign_credential_without_eca_fails_the_education_minimum():
    result = run(single(), answered(has_eca=False))
    assert requirement(result["fsw"], "education")["met"] is False


def test_canadian_credential_needs_no_eca_question():
    result = run(single(canadian_education="three_year_plus"), answered(has_eca=None))
    assert requirement(result["fsw"], "education")["met"] is True
    assert "has_eca" not in result["missing"]


def test_unanswered_question_leaves_fsw_unknown_and_lists_the_key():
    result = run(single(), answered(outside_quebec=None))
    assert result["fsw"]["eligible"] is None
    assert "outside_quebec" in result["missing"]


@pytest.mark.parametrize(
    ("age", "points"),
    [(17, 0), (18, 12), (35, 12), (36, 11), (40, 7), (46, 1), (47, 0)],
)
def test_age_points_follow_the_fsw_table(age, points):
    assert fsw_age_points(age) == points


@pytest.mark.parametrize(("years", "points"), [(0, 0), (1, 9), (2, 11), (3, 11), (4, 13), (5, 13), (6, 15), (9, 15)])
def test_experience_points_count_whole_years_of_skilled_work(years, points):
    result = run(single(foreign_work_years=years), answered())
    assert grid_points(result)["experience"] == points


def test_second_language_gives_4_points_only_with_clb_5_in_all_four():
    four = run(single(second_language=clb("french", 5)), answered())
    none = run(single(second_language=clb("french", 5, writing=4)), answered())
    assert grid_points(four)["language"] == 24 + 4
    assert grid_points(none)["language"] == 24


def test_job_offer_gives_arranged_employment_and_adaptability_points():
    result = run(single(job_offer={"teer": 1}), answered())
    points = grid_points(result)
    assert points["arranged_employment"] == 10
    assert points["adaptability"] == 5


def test_adaptability_is_capped_at_10():
    profile = single(canadian_work_years=1, sibling_in_canada=True, job_offer={"teer": 2})
    assert grid_points(run(profile, answered()))["adaptability"] == 10


def test_unanswered_adaptability_only_matters_when_it_could_reach_67():
    # 24 + 23 + 11 + 12 = 70 without adaptability: pass whatever the relative answer.
    passing = run(single(), answered(relative_in_canada=None))
    assert requirement(passing["fsw"], "selection_grid")["met"] is True
    # 16 + 5 + 11 + 12 = 44: even 10 adaptability points cannot reach 67.
    failing = run(single(education="secondary", first_language=clb("english", 7)), answered(relative_in_canada=None))
    assert requirement(failing["fsw"], "selection_grid")["met"] is False


def test_unanswered_adaptability_leaves_a_borderline_grid_unknown():
    profile = single(first_language=clb("english", 8), education="bachelors", foreign_work_years=2, age=33)
    # 20 + 21 + 11 + 12 = 64: a relative in Canada (5) would make 69.
    result = run(profile, answered(relative_in_canada=None))
    line = requirement(result["fsw"], "selection_grid")
    assert result["fsw"]["grid"]["total"] == 64
    assert result["fsw"]["grid"]["possible_total"] == 69
    assert line["met"] is None
    assert line["needs"] == ["relative_in_canada"]
    assert result["fsw"]["eligible"] is None
