"""CEC: 12 months of Canadian skilled work in 3 years, and the CLB level set by the TEER."""

from __future__ import annotations

from .support import answered, clb, requirement, run, single


def _worker(level: int = 7, **clb_overrides: int) -> dict:
    return single(first_language=clb("english", level, **clb_overrides), canadian_work_years=1)


def _months(teer_0_1: int | None, teer_2_3: int | None) -> dict:
    return answered(
        canadian_months_teer_0_1_last_3_years=teer_0_1,
        canadian_months_teer_2_3_last_3_years=teer_2_3,
    )


def test_11_months_of_canadian_work_is_one_short():
    result = run(_worker(), _months(11, 0))
    line = requirement(result["cec"], "canadian_work")
    assert line["met"] is False
    assert "1 short" in line["detail"]
    assert result["cec"]["eligible"] is False


def test_12_months_of_canadian_work_meets_cec():
    result = run(_worker(), _months(12, 0))
    assert requirement(result["cec"], "canadian_work")["met"] is True
    assert result["cec"]["eligible"] is True


def test_teer_2_or_3_work_needs_only_clb_5():
    result = run(_worker(5), _months(0, 12))
    line = requirement(result["cec"], "language")
    assert line["met"] is True
    assert "CLB 5" in line["detail"]
    assert result["cec"]["eligible"] is True


def test_teer_2_or_3_work_fails_at_clb_4():
    result = run(_worker(5, writing=4), _months(0, 12))
    line = requirement(result["cec"], "language")
    assert line["met"] is False
    assert "writing is CLB 4" in line["detail"]


def test_teer_0_or_1_work_at_clb_5_needs_clb_7():
    result = run(_worker(5), _months(12, 0))
    line = requirement(result["cec"], "language")
    assert line["met"] is False
    assert "needs CLB 7" in line["detail"]


def test_a_mixed_year_that_needs_teer_0_1_months_asks_for_clb_7():
    result = run(_worker(6), _months(6, 6))
    assert requirement(result["cec"], "canadian_work")["met"] is True
    assert requirement(result["cec"], "language")["met"] is False


def test_no_canadian_year_in_the_profile_fails_cec_without_asking():
    result = run(single(), answered())
    assert requirement(result["cec"], "canadian_work")["met"] is False
    assert "canadian_months_teer_0_1_last_3_years" not in result["missing"]


def test_unknown_teer_with_clb_6_leaves_language_open():
    result = run(_worker(6), _months(None, None))
    assert requirement(result["cec"], "language")["met"] is None
    assert result["cec"]["eligible"] is None


def test_unknown_teer_with_clb_7_passes_language_anyway():
    result = run(_worker(7), _months(None, None))
    assert requirement(result["cec"], "language")["met"] is True


def test_cec_never_needs_settlement_funds():
    result = run(_worker(), _months(12, 0) | {"settlement_funds_cad": 0})
    assert requirement(result["cec"], "settlement_funds")["met"] is True
