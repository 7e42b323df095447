"""The live score endpoint: saved answers plus the step being edited, invalid parts skipped,
nothing written."""

import re

import pytest

from calculator.questionnaire.wizard import SESSION_KEY, answers_to_profile
from crs.scoring import score

pytestmark = pytest.mark.django_db
PREVIEW = "/en/calculator/preview/"


def total(response):
    match = re.search(r'data-total="(\d+)"', response.content.decode())
    return int(match.group(1)) if match else None


def test_preview_scores_the_step_being_edited_on_top_of_the_saved_answers(single_done):
    saved_total = score(answers_to_profile(single_done.session[SESSION_KEY]))["total"]
    response = single_done.post(
        PREVIEW,
        {
            "wizard_step": "work",
            "canadian_work_years": "3",
            "foreign_work_years": "2",
            "certificate_of_qualification": "no",
        },
    )
    assert response.status_code == 200
    expected = score({**answers_to_profile(single_done.session[SESSION_KEY]), "canadian_work_years": 3})["total"]
    assert total(response) == expected != saved_total


def test_preview_writes_nothing_to_the_session(single_done):
    before = dict(single_done.session[SESSION_KEY])
    single_done.post(
        PREVIEW,
        {
            "wizard_step": "you",
            "marital_status": "married",
            "age": "44",
            "spouse_citizen_or_pr": "no",
            "spouse_accompanying": "yes",
        },
    )
    assert dict(single_done.session[SESSION_KEY]) == before


def test_preview_skips_invalid_and_half_filled_fields(single_done):
    saved = score(answers_to_profile(single_done.session[SESSION_KEY]))["total"]
    response = single_done.post(
        PREVIEW,
        {
            "wizard_step": "languages",
            "first_test": "IELTS",
            "first_reading": "99",
            "first_writing": "",
            "first_listening": "abc",
            "first_speaking": "7",
        },
    )
    assert response.status_code == 200
    # The panel matches the fields on screen: half-filled scores are no result, never the saved one.
    profile = answers_to_profile(single_done.session[SESSION_KEY])
    del profile["first_language"]
    assert total(response) == score(profile)["total"] < saved


def test_preview_with_only_an_age_gives_a_score(client, db):
    response = client.post(PREVIEW, {"wizard_step": "you", "age": "25", "marital_status": ""})
    assert total(response) == score({"age": 25})["total"]


def test_preview_without_an_age_asks_for_it(client, db):
    response = client.post(PREVIEW, {"wizard_step": "you"})
    assert response.status_code == 200
    assert total(response) is None and "Choose your age" in response.content.decode()


def test_preview_shows_the_change_since_the_last_update(single_done):
    saved = score(answers_to_profile(single_done.session[SESSION_KEY]))["total"]
    page = single_done.post(
        PREVIEW,
        {
            "wizard_step": "work",
            "canadian_work_years": "3",
            "foreign_work_years": "2",
            "certificate_of_qualification": "no",
            "previous_total": str(saved),
        },
    ).content.decode()
    new = score({**answers_to_profile(single_done.session[SESSION_KEY]), "canadian_work_years": 3})["total"]
    assert f"+{new - saved}" in page
    lower = single_done.post(
        PREVIEW,
        {
            "wizard_step": "work",
            "canadian_work_years": "0",
            "foreign_work_years": "2",
            "certificate_of_qualification": "no",
            "previous_total": str(saved),
        },
    )
    assert "\u2212" in lower.content.decode()
    assert 'name="previous_total"' in page


@pytest.mark.parametrize("previous", ["", "abc", "-5", "99999999999", "١٢", "\x00"])
def test_a_bad_previous_total_shows_no_change_and_never_crashes(single_done, previous):
    response = single_done.post(PREVIEW, {"wizard_step": "work", "previous_total": previous})
    assert response.status_code == 200
    assert "score-panel__delta" not in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"wizard_step": "nope"},
        {"wizard_step": "languages", "first_test": "TEF", "first_reading": "500"},
        {
            "wizard_step": "languages",
            "first_test": "CLB",
            "second_test": "CLB",
            "second_reading": "9",
            "second_writing": "9",
            "second_listening": "9",
            "second_speaking": "9",
        },
        {"wizard_step": "additional", "has_job_offer": "yes", "job_teer": "0", "job_major_group_00": "yes"},
        {"wizard_step": "you", "age": "x" * 3000, "marital_status": "🙂"},
        {"wizard_step": "partner", "spouse_test": "TCF", "spouse_reading": "1e400"},
    ],
)
def test_preview_never_crashes(single_done, data):
    assert single_done.post(PREVIEW, data).status_code == 200


def test_preview_for_a_fresh_visitor_never_crashes(client, db):
    assert client.post(PREVIEW, {"wizard_step": "work", "canadian_work_years": "5"}).status_code == 200


def test_preview_leaves_out_the_partner_when_the_edit_makes_you_single(married_done):
    response = married_done.post(PREVIEW, {"wizard_step": "you", "marital_status": "single", "age": "33"})
    profile = {
        k: v for k, v in answers_to_profile(married_done.session[SESSION_KEY]).items() if not k.startswith("spouse")
    }
    assert total(response) == score({**profile, "marital_status": "single"})["total"]


def test_preview_only_answers_post(client, db):
    assert client.get(PREVIEW).status_code == 405


def test_language_scores_partial_offers_level_selects_for_known_clb(client, db):
    page = client.get("/en/calculator/language-scores/first/?first_test=CLB").content.decode()
    assert 'id="first-scores"' in page and '<select name="first_reading"' in page


def test_language_scores_partial_shows_the_test_range(client, db):
    page = client.get("/en/calculator/language-scores/spouse/?spouse_test=PTE_CORE").content.decode()
    assert "From 10 to 90, in whole numbers." in page
    assert client.get("/en/calculator/language-scores/other/").status_code == 404
