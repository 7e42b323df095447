"""The French journey in a real browser: a French-speaking visitor arrives at
/, lands on /fr/, reads the calculator in French, answers every step in French
(switching to English and back on the way) and gets the French result.
Screenshots: screenshots/french-*.png."""

from __future__ import annotations

import re

import pytest
from django.utils import formats, translation
from playwright.sync_api import expect

from calculator.questionnaire import wizard
from calculator.questionnaire.wizard import profile_to_step_data
from crs.scoring import score

from .conftest import PHONE
from .test_keyboard import TRACK_HTMX, settle
from .test_wizard import _answer


@pytest.fixture
def french_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-CA")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.mark.django_db(transaction=True)
def test_a_french_speaking_visitor_lands_on_the_french_site_and_can_switch(live_server, french_page, screenshot):
    page = french_page
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/fr/"
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "Entrée express" in page.locator("h1").inner_text()
    screenshot(page, "french-home")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(live_server.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(live_server.url + "/fr/")


# --- the whole questionnaire in French -------------------------------------------------------------

FRENCH_JOURNEY = {  # a French speaker: TEF Canada first, CELPIP second, a partner tested in French
    "marital_status": "common_law",
    "spouse_citizen_or_pr": False,
    "spouse_accompanying": True,
    "age": 29,
    "education": "bachelors",
    "canadian_education": "three_year_plus",
    "first_language": {
        "test": "TEF",
        "test_date": "2025-03-14",
        "scores": {"reading": 248, "writing": 349, "listening": 298, "speaking": 349},
    },
    "second_language": {"test": "CELPIP", "scores": {"reading": 9, "writing": 8, "listening": 10, "speaking": 9}},
    "canadian_work_years": 1,
    "foreign_work_years": 2,
    "certificate_of_qualification": False,
    "spouse_education": "two_year",
    "spouse_canadian_work_years": 0,
    "spouse_language": {"language": "french", "clb": {"reading": 7, "writing": 6, "listening": 8, "speaking": 7}},
    "sibling_in_canada": True,
    "spouse_sibling_in_canada": False,
    "provincial_nomination": False,
    "job_offer": {"teer": 2, "major_group_00": False},
}
# The catalogue's French (locale/fr/LC_MESSAGES/django.po), written out: a missing or English
# translation must fail here, not be looked up and compared with itself.
FRENCH_STEP_TITLES = {
    "you": "Vous",
    "education": "Études",
    "languages": "Langues",
    "work": "Travail",
    "partner": "Époux ou conjoint de fait",
    "additional": "Autres facteurs",
}
SAVE_AND_CONTINUE = "Enregistrer et continuer"


def _expect_french_step(page, slug):
    expect(page).to_have_url(re.compile(rf"/fr/calculator/{slug}/$"))
    assert page.locator("html").get_attribute("lang") == "fr"
    page.evaluate(TRACK_HTMX)  # counts the htmx requests from here on, for settle()
    expect(page.locator("h1")).to_have_text(FRENCH_STEP_TITLES[slug])
    expect(page.get_by_role("button", name=SAVE_AND_CONTINUE)).to_be_visible()
    expect(page.locator("#score-panel-title")).to_have_text("Votre note jusqu'ici")
    assert page.get_by_role("button", name="Save and continue").count() == 0


def _french_number(number):
    with translation.override("fr"):
        return formats.number_format(number)


@pytest.mark.django_db(transaction=True)
def test_the_whole_questionnaire_in_french_ends_on_the_french_result(live_server, french_page, screenshot):
    page = french_page
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text[:80]))
    page.on("response", lambda response: response.status >= 400 and errors.append(f"{response.status} {response.url}"))
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Commencer : calculer ma note").click()
    steps = profile_to_step_data(FRENCH_JOURNEY)
    for slug, data in steps:
        _expect_french_step(page, slug)
        _answer(page, data, javascript=True)
        settle(page)
        page.get_by_role("button", name=SAVE_AND_CONTINUE).click()

    expect(page).to_have_url(re.compile(r"/fr/calculator/result/$"))
    assert page.locator("html").get_attribute("lang") == "fr"
    expect(page.locator("h1")).to_have_text("Votre note du Système de classement global")
    expect(page.locator(".breakdown__total-label")).to_have_text("Note du Système de classement global")
    total = score(FRENCH_JOURNEY)["total"]
    shown = page.locator(".breakdown__total-number").inner_text().strip()
    assert shown == _french_number(total)
    assert int(re.sub(r"\s", "", shown)) == total
    expect(page.get_by_role("link", name="Modifier mes réponses")).to_be_visible()
    screenshot(page, "french-result-desktop")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "horizontal scroll"
    screenshot(page, "french-result-phone")
    assert errors == [], errors


@pytest.mark.django_db(transaction=True)
def test_switching_language_in_the_middle_keeps_the_step_and_the_answers(live_server, french_page):
    """On the Work step (three steps kept, this one answered but not sent): English and back keep
    the step and every kept answer; only the unsent answers of the step on screen are dropped."""
    page = french_page
    steps = dict(profile_to_step_data(FRENCH_JOURNEY))
    page.goto(live_server.url + "/fr/calculator/you/")
    for slug in ("you", "education", "languages"):
        _expect_french_step(page, slug)
        _answer(page, steps[slug], javascript=True)
        settle(page)
        page.get_by_role("button", name=SAVE_AND_CONTINUE).click()
    _expect_french_step(page, "work")
    _answer(page, steps["work"], javascript=True)
    panel = page.locator("#score-panel .score-panel__number")
    expect(panel).to_have_text(_panel_total_after(steps, "work"))  # the live preview with Work's answers
    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/calculator/work/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    expect(page.locator("h1")).to_have_text("Work")
    expect(page.get_by_role("button", name="Save and continue")).to_be_visible()
    expect(panel).to_have_text(_panel_total_after(steps, "languages"))  # the kept answers, Work's not sent
    page.get_by_role("link", name="Back").click()
    expect(page).to_have_url(re.compile(r"/en/calculator/languages/$"))
    for name, value in steps["languages"].items():
        assert page.locator(f"[name='{name}']").input_value() == value, name
    page.get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/calculator/languages/$"))
    expect(page.locator("h1")).to_have_text(FRENCH_STEP_TITLES["languages"])
    assert page.locator("[name='first_test']").input_value() == "TEF"
    assert page.locator("[name='first_test_date']").input_value() == "2025-03-14"
    settle(page)
    page.get_by_role("button", name=SAVE_AND_CONTINUE).click()
    expect(page).to_have_url(re.compile(r"/fr/calculator/work/$"))
    # The Work step is answered again (an unsent step is not kept) and scores as before.
    _answer(page, steps["work"], javascript=True)
    expect(panel).to_have_text(_panel_total_after(steps, "work"))
    settle(page)
    page.get_by_role("button", name=SAVE_AND_CONTINUE).click()
    _expect_french_step(page, "partner")


def _panel_total_after(steps, last):
    """The live panel's total once the steps up to ``last`` are answered, from the wizard's own forms
    and the engine."""
    answers = {}
    for slug, data in steps.items():
        form = wizard.BY_SLUG[slug].form_class(data)
        assert form.is_valid(), form.errors
        answers[slug] = form.answers()
        if slug == last:
            return _french_number(score(wizard.answers_to_profile(answers))["total"])
    raise AssertionError(last)
