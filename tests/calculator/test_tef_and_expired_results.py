"""TEF Canada results and expired results as a person sees them: the live panel, the result page,
the share page, the plan and the eligibility page all tell the same story as the breakdown."""

from datetime import date, timedelta

import pytest
from django.test import Client

from calculator.eligibility import extra_answers
from calculator.questionnaire.wizard import SESSION_KEY
from calculator.saved.services import saved_result_create
from crs.scoring import score
from tests.calculator.test_eligibility_page import requirement_state
from tests.calculator.wizard_posts import fill_in, step_posts

pytestmark = pytest.mark.django_db

TODAY = date.today()
EXPIRED_ON = TODAY.replace(year=TODAY.year - 1, month=1, day=10)
TAKEN = EXPIRED_ON.replace(year=EXPIRED_ON.year - 2)  # two years before it expired
FRESH = TODAY - timedelta(days=200)
ENGLISH = {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}}
FRANCOPHONE = {
    "marital_status": "single",
    "age": 32,
    "education": "bachelors",
    "first_language": {
        "test": "TEF",
        "scores": {"reading": 207, "writing": 310, "listening": 249, "speaking": 300},
        "test_date": FRESH.isoformat(),
    },
    "canadian_work_years": 1,
}


def _person(test_date):
    return {
        "marital_status": "single",
        "age": 30,
        "education": "bachelors",
        "first_language": {**ENGLISH, "test_date": test_date.isoformat()},
        "canadian_work_years": 1,
    }


def _at_stake(profile):
    without = {key: value for key, value in profile.items() if key != "first_language"}
    return score(profile)["total"] - score(without)["total"]


def test_the_result_page_says_an_expired_result_is_refused_and_what_depends_on_it(client):
    profile = _person(TAKEN)
    fill_in(client, profile)
    html = client.get("/en/calculator/result/").content.decode()
    assert "IRCC will not accept an expired language result" in html
    assert (
        f"Your first official language result (IELTS General Training, {TAKEN:%Y-%m-%d}) expired on "
        f"{EXPIRED_ON:%Y-%m-%d}: {_at_stake(profile)} points of this score depend on it." in html
    )
    assert f'data-total="{score(profile)["total"]}"' in html or str(score(profile)["total"]) in html


def test_a_valid_result_shows_no_expiry_notice(client):
    fill_in(client, _person(FRESH))
    assert "expired" not in client.get("/en/calculator/result/").content.decode()


def test_the_live_panel_shows_the_expiry_as_soon_as_the_date_is_typed(client):
    profile = _person(FRESH)
    fill_in(client, profile)
    form = {
        "wizard_step": "languages",
        "first_test": "IELTS",
        "first_test_date": TAKEN.isoformat(),
        "first_reading": "7",
        "first_writing": "7",
        "first_listening": "8",
        "first_speaking": "7",
    }
    html = client.post("/en/calculator/preview/", form).content.decode()
    stake = _at_stake(_person(TAKEN))
    assert f"A language result expired on {EXPIRED_ON:%Y-%m-%d}: IRCC will not accept it." in html
    assert f"{stake} points of this score depend on it." in html
    french = client.post("/fr/calculator/preview/", form).content.decode()
    assert f"Un résultat linguistique a expiré le {EXPIRED_ON:%Y-%m-%d}" in french


def test_without_javascript_the_panel_says_it_after_saving(client):
    fill_in(client, _person(TAKEN))
    html = client.get("/en/calculator/work/").content.decode()
    assert f"A language result expired on {EXPIRED_ON:%Y-%m-%d}" in html


def test_the_share_page_says_it_too():
    profile = _person(TAKEN)
    saved = saved_result_create(profile=profile)
    html = Client().get(f"/r/{saved.public_id}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "IRCC will not accept an expired language result" in html
    assert f"{_at_stake(profile)} points of this score depend on it." in html


def test_the_eligibility_page_shows_the_language_requirement_as_expired_never_met(client):
    fill_in(client, _person(TAKEN))
    session = client.session
    session[extra_answers.SESSION_KEY] = {
        "outside_quebec": True,
        "has_eca": True,
        "skilled_continuous_months_last_10_years": 12,
        "settlement_funds_cad": 20000,
        "dependent_children": 0,
    }
    session.save()
    html = client.get("/en/calculator/eligibility/").content.decode()
    assert html.count("requirement--expired") >= 3  # FSW, CEC and FST language lines
    assert "IRCC no longer accepts it" in html
    for program in ("fsw", "cec", "fst"):
        assert requirement_state(html, program, "Language") == "expired"
    fsw = html[html.index('id="program-fsw"') :]
    row = fsw[fsw.index("requirement--expired") :]
    row = row[: row.index("</tr>")]
    assert "Expired" in row and "Met" not in row


def test_a_francophone_is_scored_and_planned_on_the_ancien_column(client):
    fill_in(client, FRANCOPHONE)
    html = client.get("/en/calculator/result/").content.decode()
    assert str(score(FRANCOPHONE)["total"]) in html
    # Speaking 300 is NCLC 6; the plan's NCLC 7 target is the ancien minimum, 310, not a /699 score.
    plan = html[html.index('id="plan-heading"') :]
    assert "310" in plan
    assert "456" not in plan and "450" not in plan


def test_tef_scores_saved_out_of_699_send_the_person_back_to_the_languages_step(client):
    """Answers saved before the ancien column was read (a session of up to 30 days) may hold /699
    scores: the result is not shown on a score that silently dropped them, the step says why."""
    fill_in(client, FRANCOPHONE)
    session = client.session
    session[SESSION_KEY]["languages"].update(
        {"first_reading": 450, "first_writing": 480, "first_listening": 500, "first_speaking": 460}
    )
    session.save()
    response = client.get("/en/calculator/result/")
    assert response.status_code == 302 and response["Location"] == "/en/calculator/languages/"
    html = client.get("/en/calculator/languages/").content.decode()
    assert "Your saved TEF Canada scores look like the scores out of 699." in html
    assert "Vos résultats TEF Canada enregistrés ressemblent aux scores sur 699." in (
        client.get("/fr/calculator/languages/").content.decode()
    )
    step = {**dict(step_posts(FRANCOPHONE))["languages"]}
    assert client.post("/en/calculator/languages/", step).status_code == 302
    assert client.get("/en/calculator/result/").status_code == 200


def test_the_partner_step_says_when_the_partners_saved_result_has_expired(client):
    married = {
        "marital_status": "married",
        "spouse_citizen_or_pr": False,
        "spouse_accompanying": True,
        "age": 31,
        "education": "bachelors",
        "first_language": {**ENGLISH, "test_date": FRESH.isoformat()},
        "spouse_education": "bachelors",
        "spouse_language": {**ENGLISH, "test_date": TAKEN.isoformat()},
    }
    fill_in(client, married)
    html = client.get("/en/calculator/partner/").content.decode()
    assert "more than two years old" in html


def test_the_scenario_editor_panel_says_it_when_the_page_opens(client):
    """The editor's panel is the wizard's: the expired result is named on the first GET, not only
    after the first preview."""
    fill_in(client, _person(TAKEN))
    assert client.post("/en/calculator/scenarios/new/", {"name": "Retake"})["Location"].endswith("/edit/you/")
    html = client.get("/en/calculator/scenarios/1/edit/work/").content.decode()
    assert f"A language result expired on {EXPIRED_ON:%Y-%m-%d}" in html
