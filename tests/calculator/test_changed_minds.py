"""Issue 14, over HTTP: the panel matches the fields on screen, Share and "Try a change" act on the
answers the page showed, answers that stop applying are kept, and Start over asks first."""

import re

import pytest
from django.test import Client

from calculator.models import SavedResult
from calculator.questionnaire import wizard
from calculator.questionnaire.scoring import breakdown_for
from calculator.questionnaire.wizard import SESSION_KEY, answers_to_profile
from crs.scoring import score
from tests.calculator.conftest import MARRIED
from tests.calculator.wizard_posts import step_posts

pytestmark = pytest.mark.django_db
PREVIEW = "/en/calculator/preview/"
UNSAVED = "not saved yet"


def total(response):
    match = re.search(r'data-total="(\d+)"', response.content.decode())
    return int(match.group(1)) if match else None


def version_on(page_html):
    return re.search(r'name="answers_version" value="([0-9a-f]+)"', page_html).group(1)


# --- the panel matches the fields on screen (items 3, 5, 9) -------------------------------------


def test_preview_after_a_test_change_scores_no_old_score_that_left_the_screen(single_done):
    """IELTS 7.5 under CELPIP is not a CELPIP score: the panel must not score the saved IELTS."""
    response = single_done.post(
        PREVIEW,
        {
            "wizard_step": "languages",
            "first_test": "CELPIP",
            **{f"first_{ability}": "7.5" for ability in ("reading", "writing", "listening", "speaking")},
        },
    )
    profile = answers_to_profile(single_done.session[SESSION_KEY])
    del profile["first_language"]
    assert total(response) == breakdown_for(profile)["total"]


def test_preview_says_when_it_counts_changes_not_saved_yet(single_done):
    saved = dict(step_posts({**_single(), "canadian_work_years": 1}))["work"]
    same = single_done.post(PREVIEW, {"wizard_step": "work", **saved})
    assert UNSAVED not in same.content.decode()
    changed = single_done.post(PREVIEW, {"wizard_step": "work", **saved, "canadian_work_years": "3"})
    assert UNSAVED in changed.content.decode()


def test_an_invalid_submit_keeps_the_valid_answers_in_the_panel(client):
    response = client.post("/en/calculator/you/", {"marital_status": "", "age": "30"})
    assert response.status_code == 200
    assert total(response) == breakdown_for({"age": 30})["total"]


def test_an_invalid_additional_step_counts_the_sibling_on_screen(single_done):
    data = dict(step_posts(_single()))["additional"]
    before = total(single_done.get("/en/calculator/additional/"))
    response = single_done.post("/en/calculator/additional/", {**data, "sibling_in_canada": "yes", "has_job_offer": ""})
    assert response.status_code == 200 and 'aria-invalid="true"' in response.content.decode()
    assert total(response) == before + 15


# --- Share and Try a change act on the answers the page showed (item 4) --------------------------


def test_share_from_an_older_page_is_refused_with_a_reload_link(single_done):
    shown = version_on(single_done.get("/en/calculator/result/").content.decode())
    you = dict(step_posts(_single()))["you"]
    assert single_done.post("/en/calculator/you/", {**you, "age": "40"}).status_code == 302  # the other tab
    response = single_done.post("/en/calculator/share/", {"answers_version": shown})
    assert response.status_code == 409
    assert SavedResult.objects.count() == 0
    html = response.content.decode()
    assert "changed in another tab" in html and 'href="/en/calculator/result/"' in html


def test_share_with_the_shown_answers_saves_them(single_done):
    shown = version_on(single_done.get("/en/calculator/result/").content.decode())
    response = single_done.post("/en/calculator/share/", {"answers_version": shown})
    assert response.status_code == 302
    assert SavedResult.objects.get().profile == answers_to_profile(single_done.session[SESSION_KEY])


def test_try_a_change_from_an_older_page_is_refused(single_done):
    shown = version_on(single_done.get("/en/calculator/result/").content.decode())
    you = dict(step_posts(_single()))["you"]
    single_done.post("/en/calculator/you/", {**you, "age": "40"})
    response = single_done.post("/en/calculator/scenarios/new/", {"answers_version": shown, "name": ""})
    assert response.status_code == 409
    assert "crs_scenarios" not in single_done.session


# --- changing marital status keeps what stops applying (item 6) ---------------------------------


def test_single_and_back_to_married_restores_every_partner_answer(married_done):
    before = score(answers_to_profile(married_done.session[SESSION_KEY]))["total"]
    you = dict(step_posts(MARRIED))["you"]
    assert married_done.post("/en/calculator/you/", {**you, "marital_status": "single"}).status_code == 302
    assert "spouse_language" not in answers_to_profile(married_done.session[SESSION_KEY])
    response = married_done.post("/en/calculator/you/", you)
    assert response.status_code == 302
    answers = married_done.session[SESSION_KEY]
    assert wizard.first_incomplete(answers) is None, "every partner answer is there again"
    assert score(answers_to_profile(answers))["total"] == before


def test_a_single_person_is_not_scored_with_the_kept_partner_answers(married_done):
    you = dict(step_posts(MARRIED))["you"]
    married_done.post("/en/calculator/you/", {**you, "marital_status": "single"})
    profile = answers_to_profile(married_done.session[SESSION_KEY])
    assert profile["marital_status"] == "single"
    assert not {"spouse_education", "spouse_language", "spouse_sibling_in_canada"} & set(profile)


# --- Start over asks first, without JavaScript too (item 6) ------------------------------------


def test_start_over_asks_for_confirmation_first(single_done):
    page = single_done.get("/en/calculator/start-over/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="confirm"' in html and "Keep my answers" in html
    assert SESSION_KEY in single_done.session


def test_start_over_without_confirmation_clears_nothing(single_done):
    response = single_done.post("/en/calculator/start-over/")
    assert response.status_code == 302 and response["Location"] == "/en/calculator/start-over/"
    assert SESSION_KEY in single_done.session


def test_the_result_page_links_to_the_confirmation_not_a_one_click_clear(single_done):
    html = single_done.get("/en/calculator/result/").content.decode()
    assert 'href="/en/calculator/start-over/"' in html
    assert 'action="/en/calculator/start-over/"' not in html


def test_the_confirmation_page_is_in_french():
    client = Client()
    html = client.get("/fr/calculator/start-over/").content.decode()
    assert "Conserver mes réponses" in html


def _single():
    from tests.calculator.conftest import SINGLE

    return SINGLE


# --- questions a person can answer (items 7, 8) -------------------------------------------------


def test_a_partner_who_is_a_citizen_is_not_asked_about_coming(client):
    data = {"marital_status": "married", "age": "30", "spouse_citizen_or_pr": "yes"}
    response = client.post("/en/calculator/you/", data)
    assert response.status_code == 302
    assert wizard.scored_with_spouse(client.session[SESSION_KEY]) is False


def test_the_partners_sibling_is_not_asked_when_the_applicant_has_one(married_done):
    before = score(answers_to_profile(married_done.session[SESSION_KEY]))["additional"]["subtotal"]  # partner's sibling
    data = dict(step_posts(MARRIED))["additional"]
    del data["spouse_sibling_in_canada"]
    response = married_done.post("/en/calculator/additional/", {**data, "sibling_in_canada": "yes"})
    assert response.status_code == 302
    assert score(answers_to_profile(married_done.session[SESSION_KEY]))["additional"]["subtotal"] == before


def test_major_group_00_left_from_teer_0_is_not_held_against_another_teer(single_done):
    data = dict(step_posts(_single()))["additional"]
    job = {"has_job_offer": "yes", "job_full_time": "yes", "job_non_seasonal": "yes", "job_one_year": "yes"}
    job |= {"job_lmia": "lmia", "job_teer": "2", "job_major_group_00": "yes"}
    assert single_done.post("/en/calculator/additional/", {**data, **job}).status_code == 302
    assert answers_to_profile(single_done.session[SESSION_KEY])["job_offer"]["major_group_00"] is False


def test_questions_required_when_asked_are_marked_required(married_done):
    for slug, names in (
        ("you", ("spouse_citizen_or_pr", "spouse_accompanying")),
        ("education", ("canadian_education",)),
        ("additional", ("spouse_sibling_in_canada", "job_full_time", "job_lmia", "job_teer")),
    ):
        page = married_done.get(f"/en/calculator/{slug}/").content.decode()
        for name in names:
            block = re.search(rf'id="div_id_{name}".*?</(label|legend)>', page, re.S).group(0)
            assert "asteriskField" in block, name


def test_the_partner_step_speaks_about_the_partner(married_done):
    page = married_done.get("/en/calculator/partner/").content.decode()
    assert "Which language test did your partner take?" in page
    assert "Which language test did you take?" not in page
    assert "for which you earned" not in page and "for which your partner earned" in page
    data = {"spouse_education": "masters", "spouse_canadian_work_years": "1", "spouse_test": "IELTS"}
    errors = married_done.post("/en/calculator/partner/", data).content.decode()
    assert "Enter your partner’s reading result." in errors and "Enter your reading result." not in errors


# --- eligibility questions (item 10) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "months", "lang", "words"),
    [
        ("skilled_continuous_months_last_10_years", "500", "en", "120 months"),
        ("canadian_months_teer_0_1_last_3_years", "48", "en", "36 months"),
        ("canadian_months_teer_0_1_last_3_years", "48", "fr", "36 mois"),
    ],
)
def test_a_month_count_longer_than_its_window_is_refused(single_done, key, months, lang, words):
    response = single_done.post(f"/{lang}/calculator/eligibility/", {key: months})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and words in html


def test_a_single_person_is_not_asked_about_a_partners_children(single_done):
    html = single_done.get("/en/calculator/eligibility/").content.decode()
    assert "you and your partner" not in html
    assert "How many dependent children do you have?" in html


def test_a_married_person_is_asked_about_both_partners_children(married_done):
    html = married_done.get("/en/calculator/eligibility/").content.decode()
    assert "How many dependent children do you and your partner have?" in html


def test_the_plan_does_not_tell_someone_with_a_test_to_take_one(client):
    from tests.calculator.wizard_posts import fill_in

    tef = {
        "test": "TEF",
        "test_date": "2025-06-02",
        "scores": dict.fromkeys(("reading", "writing", "listening", "speaking"), 300),
    }
    fill_in(client, {**_single(), "second_language": tef})
    html = client.get("/en/calculator/result/").content.decode()
    assert "Take a French test" not in html
    assert "Raise your French results to NCLC" in html


# --- the level each score gives, as it is typed (item 11) ---------------------------------------


def _level_of(html, name):
    match = re.search(rf'<[a-z]+ id="level-{name}"[^>]*>(.*?)</', html, re.S)
    return " ".join(match.group(1).split()) if match else None


def test_the_preview_shows_the_level_each_typed_score_gives(single_done):
    from crs.scoring.language_tests import to_clb

    response = single_done.post(
        PREVIEW,
        {"wizard_step": "languages", "first_test": "IELTS", "first_reading": "6.5", "first_writing": "9.5"},
    )
    html = response.content.decode()
    assert _level_of(html, "first_reading") == f"Gives CLB {to_clb('IELTS', 'reading', 6.5)}."
    assert _level_of(html, "first_writing") == "", "a score the test cannot give shows no level"
    assert 'hx-swap-oob="true"' in html


def test_the_step_shows_the_level_of_each_saved_score_in_french(single_done):
    html = single_done.get("/fr/calculator/languages/").content.decode()
    assert _level_of(html, "first_listening") == "Équivaut au NCLC 9."  # IELTS 8 in listening (CLB is NCLC in French)


def test_the_scenario_editor_scores_live_against_the_scenarios_answers(single_done):
    from calculator.scenarios import store as scenarios

    assert single_done.post("/en/calculator/scenarios/new/", {"name": "older"}).status_code == 302
    scenario = scenarios.get(single_done.session, 1)
    scenario_answers = {**scenario["answers"], "work": {**scenario["answers"]["work"], "canadian_work_years": 3}}
    session = single_done.session
    scenarios.save_step(session, 1, "work", scenario_answers["work"])
    session.save()
    page = single_done.get("/en/calculator/scenarios/1/edit/you/").content.decode()
    assert 'hx-post="/en/calculator/preview/"' in page and 'id="score-panel"' in page
    you = dict(step_posts(_single()))["you"]
    response = single_done.post(PREVIEW, {"wizard_step": "you", "scenario_id": "1", **you, "age": "40"})
    expected = answers_to_profile({**scenario_answers, "you": {**scenario_answers["you"], "age": 40}})
    assert total(response) == breakdown_for(expected)["total"]
    assert single_done.session[SESSION_KEY]["work"]["canadian_work_years"] == 1, "the wizard's answers are untouched"


def test_the_scenario_editor_names_the_step_it_edits(single_done):
    single_done.post("/en/calculator/scenarios/new/", {"name": "older"})
    html = single_done.get("/en/calculator/scenarios/1/edit/work/").content.decode()
    assert re.search(r"<h1[^>]*>older: Work</h1>", html)
