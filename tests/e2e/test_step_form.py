"""The step form shared by the questionnaire and the scenario editor (calculator/questionnaire/_step_form.html), in a
real browser: in the scenario editor a new test brings its score fields and the panel scores the
scenario, with JavaScript; without it the form saves as a plain form; and the Languages and
Additional steps and the scenario editor are laid out for a phone and a desktop, in both languages."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from calculator.questionnaire.scoring import breakdown_for
from tests.pages import MARRIED, answer_every_step

from .browsing import BrowserHttp
from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)

# Married, with a second language and a job offer (every section shown), and an IELTS result: boxes to type in.
IELTS = {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}}
ANSWERS = {**MARRIED, "first_language": IELTS}
CELPIP = {"reading": "10", "writing": "9", "listening": "11", "speaking": "12"}
WITH_CELPIP = {**ANSWERS, "first_language": {"test": "CELPIP", "scores": {a: int(v) for a, v in CELPIP.items()}}}


def _scenario(context, base) -> str:
    """Every step answered and a scenario copied from the answers: its editor's address."""
    http = BrowserHttp(context, base)
    answer_every_step(http, ANSWERS)
    response = http.post("/en/calculator/scenarios/new/", {"name": "Copy"})
    assert response.status == 302
    return response.headers["location"].rsplit("/edit/", 1)[0] + "/edit"


def test_in_the_scenario_editor_a_new_test_brings_its_score_fields_and_the_panel_scores_the_scenario(live_server, page):
    editor = _scenario(page.context, live_server.url)
    previews = []
    page.on("request", lambda request: "/calculator/preview/" in request.url and previews.append(request.post_data))
    page.goto(f"{live_server.url}{editor}/languages/")
    with page.expect_response(lambda response: "language-scores/first/" in response.url):
        page.select_option("[name='first_test']", "CELPIP")
    expect(page.locator("#id_first_reading_helptext")).to_contain_text("From 0 to 12")
    for ability, value in CELPIP.items():
        page.fill(f"[name='first_{ability}']", value)
    expect(page.locator("#score-panel .score-panel__number")).to_have_text(
        str(breakdown_for(WITH_CELPIP)["total"]), timeout=15_000
    )
    assert previews and all("scenario_id=" in (data or "") for data in previews), "each preview is the scenario's"
    page.get_by_role("button", name="Save and compare").click()
    page.wait_for_url("**/en/calculator/scenarios/#scenario-*")


def test_without_javascript_the_scenario_editor_saves_a_new_test_as_a_plain_form(live_server, browser):
    context = browser.new_context(viewport=DESKTOP, locale="en-CA", java_script_enabled=False)
    try:
        page = context.new_page()
        editor = _scenario(context, live_server.url)
        page.goto(f"{live_server.url}{editor}/languages/")
        page.select_option("[name='first_test']", "CELPIP")
        for ability, value in CELPIP.items():
            page.fill(f"[name='first_{ability}']", value)
        page.get_by_role("button", name="Save and compare").click()
        page.wait_for_url("**/en/calculator/scenarios/#scenario-*")
        totals = page.locator(".scenario-compare__row--total td").all_inner_texts()
        assert totals[-1].split()[0] == str(breakdown_for(WITH_CELPIP)["total"])
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_step_forms_fit_a_phone_and_a_desktop(live_server, browser, screenshot, language, javascript):
    context = browser.new_context(viewport=DESKTOP, locale=f"{language}-CA", java_script_enabled=javascript)
    try:
        page = context.new_page()
        editor = _scenario(context, live_server.url)
        pages = {
            "languages": f"/{language}/calculator/languages/",
            "additional": f"/{language}/calculator/additional/",
            "scenario-languages": f"/{language}{editor.removeprefix('/en')}/languages/",
        }
        for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            page.set_viewport_size(viewport)
            for name, path in pages.items():
                page.goto(live_server.url + path)
                expect(page.locator("#wizard-form .wizard-field").first).to_be_visible()
                assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], (name, viewport)
                screenshot(page, f"step-form-{name}-{language}-{viewport_name}-{'js' if javascript else 'no-js'}")
    finally:
        context.close()
