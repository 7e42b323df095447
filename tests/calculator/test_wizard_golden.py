"""The result page's total equals score() for every public golden profile the questions can express."""

import re

import pytest

from crs.scoring import score
from tests.calculator.wizard_posts import fill_in
from tests.crs.scoring.golden import CASES

pytestmark = pytest.mark.django_db

EXPRESSIBLE = [case for case in CASES if "error" not in case["expected"]]


@pytest.mark.parametrize("case", EXPRESSIBLE, ids=[case["id"] for case in EXPRESSIBLE])
def test_result_page_total_equals_the_engine_for_the_same_profile(client, case):
    fill_in(client, case["profile"])
    response = client.get("/en/calculator/result/")
    assert response.status_code == 200
    shown = int(re.search(r'breakdown__total-number">(\d+)<', response.content.decode()).group(1))
    assert shown == score(case["profile"])["total"]
