"""Every way of saving a result draws on one budget per client: the API, the result page's Share
button and a scenario's Share button."""

import json

import pytest

from calculator.models import SavedResult
from calculator.saved.services import RESULTS_RATE
from throttle.decorators import parse_rate

LIMIT, _PERIOD = parse_rate(RESULTS_RATE)
PROFILE = {
    "age": 30,
    "education": "bachelors",
    "first_language": {"language": "english", "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 7}},
}


@pytest.fixture
def budget_spent(client):
    for _ in range(LIMIT):
        response = client.post("/api/results", json.dumps(PROFILE), content_type="application/json")
        assert response.status_code == 201
    return SavedResult.objects.count()


def test_sharing_a_scenario_draws_on_the_saved_results_budget(single_done, budget_spent):
    single_done.post("/en/calculator/scenarios/new/")
    response = single_done.post("/en/calculator/scenarios/1/share/")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert SavedResult.objects.count() == budget_spent


def test_the_share_button_draws_on_the_same_budget(single_done, budget_spent):
    response = single_done.post("/en/calculator/share/")
    assert response.status_code == 429
    assert SavedResult.objects.count() == budget_spent


def test_scenario_shares_alone_are_limited(single_done):
    single_done.post("/en/calculator/scenarios/new/")
    codes = [single_done.post("/en/calculator/scenarios/1/share/").status_code for _ in range(LIMIT + 1)]
    assert codes[:LIMIT] == [302] * LIMIT
    assert codes[LIMIT] == 429
    assert SavedResult.objects.count() == LIMIT
