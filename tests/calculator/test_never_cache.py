"""Pages that show a person's answers or their score tell browsers and proxies not to keep a copy
(a shared computer's Back button, a caching proxy): ``Cache-Control: no-store``."""

import pytest

from tests.calculator.conftest import SINGLE
from tests.calculator.wizard_posts import fill_in

pytestmark = pytest.mark.django_db

PERSONAL_PAGES = [
    "/en/calculator/you/",
    "/en/calculator/additional/",
    "/en/calculator/result/",
    "/en/calculator/eligibility/",
    "/en/calculator/scenarios/",
    "/en/calculator/scenarios/1/edit/work/",
]


@pytest.fixture
def answered(client):
    fill_in(client, SINGLE)
    client.post("/en/calculator/scenarios/new/", {"name": "More work"})
    return client


@pytest.mark.parametrize("path", PERSONAL_PAGES)
def test_pages_holding_personal_answers_are_never_cached(answered, path):
    response = answered.get(path)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_live_score_panel_is_never_cached(answered):
    response = answered.post("/en/calculator/preview/", {"wizard_step": "you"}, HTTP_HX_REQUEST="true")
    assert "no-store" in response["Cache-Control"]
