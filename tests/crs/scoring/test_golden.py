"""Every golden case and CLB vector, compared in full."""

import pytest

from crs.scoring import score
from crs.scoring.language_tests import ABILITIES, scales_for, to_clb

from .golden import CASES, CLB_VECTORS


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_golden_case_gives_the_full_expected_breakdown(case):
    assert score(case["profile"], effective_date=case["effective_date"]) == case["expected"]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_effective_date_in_the_profile_works_like_the_keyword(case):
    profile = {**case["profile"], "effective_date": case["effective_date"]}
    assert score(profile) == case["expected"]


@pytest.mark.parametrize(
    "vector",
    CLB_VECTORS,
    ids=[f"{v['test']}-{v['ability']}-{v['score']}-{v['test_date']}" for v in CLB_VECTORS],
)
def test_raw_score_maps_to_the_published_clb(vector):
    assert to_clb(vector["test"], vector["ability"], vector["score"]) == vector["expected_clb"]


@pytest.mark.parametrize(
    "vector",
    CLB_VECTORS,
    ids=[f"{v['test']}-{v['ability']}-{v['score']}-{v['test_date']}" for v in CLB_VECTORS],
)
def test_raw_score_in_a_dated_profile_gives_the_published_clb(vector):
    """The same vector through score(), with its test date in the profile: the date never changes
    the level (TEF Canada included)."""
    test, ability = vector["test"], vector["ability"]
    scores = {other: scales_for(test)[other].minimum for other in ABILITIES}
    scores[ability] = vector["score"]
    result = {"test": test, "scores": scores}
    if vector["test_date"]:
        result["test_date"] = vector["test_date"]
    profile = {"marital_status": "single", "age": 30, "education": "bachelors", "first_language": result}
    breakdown = score(profile, effective_date="2025-01-15")
    assert breakdown["clb"]["first"][ability] == vector["expected_clb"]
