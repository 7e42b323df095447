"""Start over forgets everything the visitor told us: the answers, the scenarios (which carry the
date of birth in their copies of the answers) and the eligibility answers (funds, children). The
old session row is deleted, not left in the database for the rest of its 30 days."""

import datetime

import pytest
from django.contrib.sessions.models import Session

from calculator.eligibility import extra_answers
from calculator.questionnaire import wizard
from calculator.scenarios import store as scenarios

pytestmark = pytest.mark.django_db

BORN = datetime.date.today().replace(year=datetime.date.today().year - 31) - datetime.timedelta(days=3)


@pytest.fixture
def told_everything(single_done):
    client = single_done
    step = dict(client.session[wizard.SESSION_KEY]["you"])
    data = {"marital_status": "single", "age": "31", "date_of_birth": BORN.isoformat()}
    assert client.post("/en/calculator/you/", data).status_code == 302, step
    assert client.post("/en/calculator/scenarios/new/").status_code == 302
    assert client.post(
        "/en/calculator/eligibility/", {"settlement_funds_cad": "25000", "dependent_children": "2"}
    ).status_code in (200, 302)
    session = client.session
    assert scenarios.SESSION_KEY in session and extra_answers.SESSION_KEY in session
    assert BORN.isoformat() in str(dict(session))
    return client


def test_start_over_clears_answers_scenarios_funds_and_children(told_everything):
    client = told_everything
    old_key = client.session.session_key
    response = client.post("/en/calculator/start-over/", {"confirm": "yes"})
    assert response.status_code == 302
    session = client.session
    for key in (wizard.SESSION_KEY, scenarios.SESSION_KEY, extra_answers.SESSION_KEY):
        assert key not in session
    assert not Session.objects.filter(session_key=old_key).exists()
    for row in Session.objects.all():
        decoded = str(row.get_decoded())
        assert BORN.isoformat() not in decoded and "25000" not in decoded


def test_after_start_over_the_questionnaire_starts_empty(told_everything):
    client = told_everything
    client.post("/en/calculator/start-over/", {"confirm": "yes"})
    assert client.get("/en/calculator/result/")["Location"] == "/en/calculator/you/"
    assert client.get("/en/calculator/scenarios/")["Location"] == "/en/calculator/you/"
