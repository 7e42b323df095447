"""A francophone copies their TEF Canada attestation into the questionnaire: the « Équivalence
ancien score » column gives the right total, and a /699 number is explained next to its field."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from calculator.questionnaire.wizard import profile_to_step_data
from crs.scoring import score

from .conftest import PHONE
from .test_wizard import _answer, _result_total

pytestmark = pytest.mark.django_db(transaction=True)

# A test taken after the TEF's 2023-12-11 scoring change and still valid today (two years).
TEST_DATE = (date.today() - timedelta(days=60)).isoformat()
assert TEST_DATE >= "2023-12-11"

FRANCOPHONE = {
    "marital_status": "single",
    "age": 29,
    "education": "bachelors",
    "first_language": {
        "test": "TEF",
        "test_date": TEST_DATE,
        "scores": {"reading": 248, "writing": 349, "listening": 298, "speaking": 310},
    },
    "canadian_work_years": 1,
    "foreign_work_years": 2,
}


def _walk_to_languages(page, base_url):
    page.goto(f"{base_url}/fr/calculator/you/")
    for slug, data in profile_to_step_data(FRANCOPHONE):
        page.wait_for_url(re.compile(rf"/fr/calculator/{slug}/$"))
        if slug == "languages":
            return data
        _answer(page, data, javascript=True)
        page.locator("#wizard-form button[type='submit']").click()
    raise AssertionError("no languages step")


def test_a_tef_result_taken_since_the_2023_scale_gives_the_right_total(live_server, page, screenshot):
    data = _walk_to_languages(page, live_server.url)
    page.select_option("[name='first_test']", "TEF")
    expect(page.locator("#div_id_first_listening")).to_contain_text("Équivalence ancien score")
    _answer(page, data, javascript=True)
    expected = score(FRANCOPHONE)
    so_far = {key: value for key, value in FRANCOPHONE.items() if not key.endswith("_work_years")}
    expect(page.locator("#score-panel .score-panel__number")).to_have_text(str(score(so_far)["total"]))
    expect(page.locator("#score-panel")).not_to_contain_text("expiré")
    screenshot(page, "tef-languages-fr-desktop")
    page.locator("#wizard-form button[type='submit']").click()
    page.wait_for_url(re.compile(r"/fr/calculator/work/$"))
    for slug, step in profile_to_step_data(FRANCOPHONE):
        if slug in ("you", "education", "languages"):
            continue
        page.wait_for_url(re.compile(rf"/fr/calculator/{slug}/$"))
        _answer(page, step, javascript=True)
        page.locator("#wizard-form button[type='submit']").click()
    page.wait_for_url(re.compile(r"/fr/calculator/result/$"))
    assert _result_total(page) == expected["total"]
    assert expected["additional"]["french"] > 0  # NCLC 7+ in all four: the French bonus counts


def test_a_699_score_is_explained_next_to_its_field_and_the_rest_stays(live_server, page, screenshot):
    data = _walk_to_languages(page, live_server.url)
    page.select_option("[name='first_test']", "TEF")
    expect(page.locator("#div_id_first_speaking")).to_contain_text("Équivalence ancien score")
    _answer(page, {**data, "first_speaking": "512"}, javascript=True)
    page.locator("#wizard-form button[type='submit']").click()
    speaking = page.locator("#div_id_first_speaking")
    expect(speaking).to_contain_text("512 ressemble au score sur 699")
    expect(speaking.locator("input")).to_have_value("512")
    expect(page.locator("[name='first_reading']")).to_have_value("248")
    expect(page.locator("[name='first_test_date']")).to_have_value(TEST_DATE)
    expect(page.locator("#div_id_first_reading")).not_to_contain_text("ressemble au score")
    screenshot(page, "tef-699-error-fr-desktop")
    page.set_viewport_size(PHONE)
    speaking.scroll_into_view_if_needed()
    screenshot(page, "tef-699-error-fr-phone")
