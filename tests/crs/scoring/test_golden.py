"""Every golden case and CLB vector, compared in full."""

import pytest

from crs.scoring import score
from crs.scoring.language_tests import to_clb

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
    assert to_clb(vector["test"], vector["ability"], vector["score"], vector["test_date"]) == vector["expected_clb"]
