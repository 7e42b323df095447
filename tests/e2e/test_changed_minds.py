"""Issue 14 in a real browser: typed values are never replaced or lost on a slow network, two tabs
never share answers the page does not show, and changed minds keep their answers.

The network is slowed by Playwright's routing: every request to the questionnaire waits 0.8 s or
1.5 s before it goes out (the handler waits on Playwright's own clock, so the test keeps typing
meanwhile, as a person on a slow phone connection does)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from calculator.questionnaire.scoring import breakdown_for
from calculator.questionnaire.wizard import profile_to_step_data
from crs.scoring.language_tests import to_clb

from .browsing import BrowserHttp
from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)

ABILITIES = ("reading", "writing", "listening", "speaking")
SINGLE = {
    "marital_status": "single",
    "age": 30,
    "education": "bachelors",
    "first_language": {"test": "IELTS", "scores": {"reading": 7.5, "writing": 7, "listening": 8, "speaking": 7}},
    "canadian_work_years": 1,
    "foreign_work_years": 2,
}
MARRIED = {
    **SINGLE,
    "marital_status": "married",
    "spouse_citizen_or_pr": False,
    "spouse_accompanying": True,
    "spouse_education": "masters",
    "spouse_canadian_work_years": 2,
    "spouse_language": {"test": "CELPIP", "scores": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
    "spouse_sibling_in_canada": True,
}

# Marks every score input; after the swap, an input that is not the marked one was replaced.
MARK_INPUTS = (
    "() => document.querySelectorAll('.score-fields input, .score-fields select').forEach(i => i.__kept = true)"
)
REPLACED_INPUTS = (
    "() => Array.from(document.querySelectorAll('.score-fields input')).filter(i => !i.__kept).map(i => i.name)"
)


def answered(context, base, profile, *, stop=None):
    """Answer every step (or those before ``stop``) through the browser's own session."""
    http = BrowserHttp(context, base)
    for slug, data in profile_to_step_data(profile):
        if slug == stop:
            return
        response = http.post(f"/en/calculator/{slug}/", data)
        assert response.status == 302, (slug, response.text()[:500])


def slow_network(page, seconds):
    """Every questionnaire request (pages, score fields, live panel) waits ``seconds`` first."""

    def delay(route):
        try:
            page.wait_for_timeout(seconds * 1000)
            route.continue_()
        except PlaywrightError:  # the test ended (page closed) while this request waited
            pass

    page.route(re.compile(r"/calculator/"), delay)


def panel(page):
    return page.locator("#score-panel .score-panel__number")


def expected_total(profile):
    return str(breakdown_for(profile)["total"])


def without_first_language(profile):
    return {key: value for key, value in profile.items() if key != "first_language"}


@pytest.mark.parametrize("seconds", [0.8, 1.5])
def test_scores_typed_while_the_test_change_loads_are_kept_and_scored(live_server, page, seconds):
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    page.evaluate(MARK_INPUTS)
    slow_network(page, seconds)
    page.select_option("[name='first_test']", "CELPIP")  # asks for CELPIP's score fields
    typed = {"reading": "10", "writing": "9", "listening": "11", "speaking": "12"}
    for ability, value in typed.items():  # typed while the request is on its way
        page.fill(f"[name='first_{ability}']", value)
    reading = page.locator("[name='first_reading']")
    reading.focus()
    with page.expect_response(re.compile("language-scores"), timeout=10_000):
        pass
    page.wait_for_timeout(300)
    expect(page.locator("#id_first_reading_helptext")).to_contain_text("From 0 to 12")
    for ability, value in typed.items():
        assert page.locator(f"[name='first_{ability}']").input_value() == value, ability
    assert page.evaluate(REPLACED_INPUTS) == [], "an input the person was typing in was swapped"
    assert page.evaluate("document.activeElement && document.activeElement.name") == "first_reading"
    celpip = {**SINGLE, "first_language": {"test": "CELPIP", "scores": {a: int(v) for a, v in typed.items()}}}
    expect(panel(page)).to_have_text(expected_total(celpip), timeout=15_000)


@pytest.mark.parametrize("seconds", [0.8, 1.5])
def test_a_changed_test_date_keeps_the_scores_typed_meanwhile(live_server, page, seconds):
    """The test date never changes a scale (TEF Canada is read on its ancien column for every date),
    so changing it fetches nothing and nothing can come back over what is typed."""
    tef = {
        **SINGLE,
        "first_language": {"test": "TEF", "test_date": "2025-03-01", "scores": dict.fromkeys(ABILITIES, 300)},
    }
    answered(page.context, live_server.url, tef)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    page.evaluate(MARK_INPUTS)
    slow_network(page, seconds)
    fetched = []
    page.on("request", lambda request: "language-scores" in request.url and fetched.append(request.url))
    page.fill("[name='first_test_date']", "2025-06-01")
    typed = {"reading": "210", "writing": "320", "listening": "260", "speaking": "330"}
    for ability, value in typed.items():
        page.fill(f"[name='first_{ability}']", value)
    scores = {a: int(v) for a, v in typed.items()}
    changed = {**SINGLE, "first_language": {"test": "TEF", "test_date": "2025-06-01", "scores": scores}}
    expect(panel(page)).to_have_text(expected_total(changed), timeout=15_000)
    for ability, value in typed.items():
        assert page.locator(f"[name='first_{ability}']").input_value() == value, ability
    assert page.evaluate(REPLACED_INPUTS) == []
    assert fetched == []


@pytest.mark.parametrize("seconds", [0.8, 1.5])
def test_switching_the_first_language_offers_the_other_languages_tests_at_once(live_server, page, seconds):
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    slow_network(page, seconds)
    second = page.locator("[name='second_test']")
    offered = "el => Array.from(el.options).filter(o => o.value && !o.disabled && !o.hidden).map(o => o.value)"
    assert set(second.evaluate(offered)) == {"TEF", "TCF", "NCLC"}
    page.select_option("[name='first_test']", "TEF")
    assert set(second.evaluate(offered)) == {"IELTS", "CELPIP", "PTE_CORE", "CLB"}
    second.select_option("CELPIP")
    assert second.input_value() == "CELPIP"
    page.select_option("[name='first_test']", "CELPIP")
    assert set(second.evaluate(offered)) == {"TEF", "TCF", "NCLC"}


def test_scores_that_do_not_fit_the_new_test_are_cleared_with_a_note(live_server, page):
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    slow_network(page, 0.8)
    page.select_option("[name='first_test']", "CELPIP")
    note = page.locator("#first-scores .score-fields__cleared")
    expect(note).to_be_visible(timeout=10_000)
    expect(note).to_contain_text("Reading (7.5)")
    assert page.locator("[name='first_reading']").input_value() == ""
    assert page.locator("[name='first_writing']").input_value() == "7"  # a CELPIP 7 is kept
    expect(panel(page)).to_have_text(expected_total(without_first_language(SINGLE)), timeout=15_000)
    page.fill("[name='first_reading']", "8")
    celpip = {
        **SINGLE,
        "first_language": {"test": "CELPIP", "scores": {**SINGLE["first_language"]["scores"], "reading": 8}},
    }
    expect(panel(page)).to_have_text(expected_total(celpip), timeout=15_000)


def test_levels_known_empties_the_boxes_and_the_panel_follows(live_server, page):
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    slow_network(page, 0.8)
    page.select_option("[name='first_test']", "CLB")
    expect(page.locator("select[name='first_reading']")).to_be_visible(timeout=10_000)
    for ability in ABILITIES:
        assert page.locator(f"[name='first_{ability}']").input_value() == ""
    expect(page.locator("#first-scores .score-fields__cleared")).to_be_visible()
    expect(panel(page)).to_have_text(expected_total(without_first_language(SINGLE)), timeout=15_000)


def test_share_from_an_older_tab_refuses_and_offers_a_reload(live_server, browser, screenshot):
    first = browser.new_context(viewport=DESKTOP, locale="en-CA")
    try:
        answered(first, live_server.url, SINGLE)
        second = browser.new_context(viewport=DESKTOP, locale="en-CA", storage_state=first.storage_state())
        tab1, tab2 = first.new_page(), second.new_page()
        tab1.goto(f"{live_server.url}/en/calculator/result/")
        shown = tab1.locator(".breakdown__total-number").first.inner_text().strip()
        tab2.goto(f"{live_server.url}/en/calculator/you/")
        tab2.select_option("[name='age']", "40")
        tab2.get_by_role("button", name="Save and continue").click()
        tab2.wait_for_url(re.compile(r"/education/$"))
        tab1.get_by_role("button", name="Share").click()
        refusal = tab1.locator(".stale-answers")
        expect(refusal).to_be_visible()
        assert tab1.locator("#share-url").count() == 0, "nothing was shared"
        screenshot(tab1, "changed-minds-share-refused-desktop")
        tab1.get_by_role("button", name="Try a change").click()
        tab1.wait_for_url(re.compile(r"/scenarios/new/$"))  # the refusal (409) page, not the Share one
        expect(tab1.locator(".stale-answers")).to_be_visible()
        assert "/scenarios/" not in tab1.url or "/edit/" not in tab1.url
        tab1.get_by_role("link", name="Reload your result with your current answers").click()
        tab1.wait_for_url(re.compile(r"/result/$"))
        assert tab1.locator(".breakdown__total-number").first.inner_text().strip() != shown
        tab1.get_by_role("button", name="Share").click()
        expect(tab1.locator("#share-url")).to_be_visible()
        second.close()
    finally:
        first.close()


def test_single_and_back_to_married_keeps_every_partner_answer(live_server, page):
    answered(page.context, live_server.url, MARRIED)
    page.goto(f"{live_server.url}/en/calculator/result/")
    married_total = page.locator(".breakdown__total-number").first.inner_text().strip()
    page.goto(f"{live_server.url}/en/calculator/you/")
    page.select_option("[name='marital_status']", "single")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r"/education/$"))
    page.goto(f"{live_server.url}/en/calculator/you/")
    page.select_option("[name='marital_status']", "married")
    assert page.locator("[name='spouse_accompanying'][value='yes']").is_checked()
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r"/education/$"))
    page.goto(f"{live_server.url}/en/calculator/partner/")
    assert page.locator("[name='spouse_education'][value='masters']").is_checked()
    assert page.locator("[name='spouse_reading']").input_value() == "9"
    page.goto(f"{live_server.url}/en/calculator/result/")
    assert page.locator(".breakdown__total-number").first.inner_text().strip() == married_total


@pytest.mark.parametrize("javascript", [True, False])
def test_start_over_asks_before_clearing(live_server, browser, javascript):
    context = browser.new_context(viewport=DESKTOP, locale="en-CA", java_script_enabled=javascript)
    try:
        answered(context, live_server.url, SINGLE)
        page = context.new_page()
        page.goto(f"{live_server.url}/en/calculator/result/")
        page.get_by_role("link", name="Start over").click()
        page.wait_for_url(re.compile(r"/start-over/$"))
        page.get_by_role("link", name="Keep my answers").click()
        page.wait_for_url(re.compile(r"/result/$"))
        page.get_by_role("link", name="Start over").click()
        page.get_by_role("button", name="Yes, clear every answer").click()
        page.wait_for_url(re.compile(r"/calculator/you/$"))
        assert page.locator("[name='age']").input_value() == ""
    finally:
        context.close()


def test_the_panel_says_when_it_counts_unsaved_answers_and_leaving_asks(live_server, page):
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/work/")
    page.check("[name='canadian_work_years'][value='3']")
    expect(page.locator(".score-panel__unsaved")).to_be_visible()
    dialogs = []
    page.once("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.get_by_role("link", name="Result").click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"], "leaving with unsaved answers asks first"
    assert page.url.endswith("/calculator/work/")
    assert page.locator("[name='canadian_work_years'][value='3']").is_checked()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_changed_pages_fit_a_phone_and_a_desktop(live_server, browser, screenshot, language):
    """Screenshots (screenshots/changed-minds-*.png) of every page issue 14 changed, 1280 and 375 wide."""
    context = browser.new_context(viewport=DESKTOP, locale="fr-CA" if language == "fr" else "en-CA")
    try:
        answered(context, live_server.url, MARRIED)
        page = context.new_page()
        base = f"{live_server.url}/{language}/calculator"

        def shoot(name):
            page.wait_for_timeout(400)
            screenshot(page, f"changed-minds-{name}-{language}-desktop")
            page.set_viewport_size(PHONE)
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name
            screenshot(page, f"changed-minds-{name}-{language}-phone")
            page.set_viewport_size(DESKTOP)

        page.goto(f"{base}/languages/")
        page.select_option("[name='first_test']", "CELPIP")
        expect(page.locator("#first-scores .score-fields__cleared")).to_be_visible()
        expect(page.locator(".score-panel__unsaved")).to_be_visible()
        shoot("languages-cleared")
        page.goto(f"{base}/partner/")
        shoot("partner")
        page.goto(f"{base}/additional/")
        page.check("[name='sibling_in_canada'][value='yes']")
        page.check("[name='has_job_offer'][value='yes']")
        page.select_option("[name='job_teer']", "0")
        shoot("additional")
        page.goto(f"{base}/you/")
        shoot("you")
        page.goto(f"{base}/result/")
        shoot("result")
        page.goto(f"{base}/start-over/")
        shoot("start-over")
        BrowserHttp(context, live_server.url).post(f"/{language}/calculator/scenarios/new/", {"name": "IELTS 8"})
        page.goto(f"{base}/scenarios/1/edit/work/")
        page.check("[name='canadian_work_years'][value='4']")
        expect(page.locator(".score-panel__unsaved")).to_be_visible()
        shoot("scenario-step")
        page.goto(f"{base}/result/")
        BrowserHttp(context, live_server.url).post(
            f"/{language}/calculator/you/", dict(profile_to_step_data({**MARRIED, "age": 40}))["you"]
        )
        page.locator("#share button[type='submit']").click()
        expect(page.locator(".stale-answers")).to_be_visible()
        shoot("share-refused")
        page.locator(".try-change button[type='submit']").click()
        page.wait_for_url(re.compile(r"/scenarios/new/$"))
        expect(page.locator(".stale-answers")).to_be_visible()
        shoot("stale-answers")
    finally:
        context.close()


def test_each_typed_score_shows_its_level_beside_the_box(live_server, page):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    answered(page.context, live_server.url, SINGLE)
    page.goto(f"{live_server.url}/en/calculator/languages/")
    expect(page.locator("#level-first_reading")).to_have_text(f"Gives CLB {to_clb('IELTS', 'reading', 7.5)}.")
    page.evaluate(MARK_INPUTS)
    page.fill("[name='first_reading']", "6")
    expect(page.locator("#level-first_reading")).to_have_text(f"Gives CLB {to_clb('IELTS', 'reading', 6)}.")
    page.fill("[name='first_reading']", "6.3")
    expect(page.locator("#level-first_reading")).to_have_text("")
    assert page.evaluate(REPLACED_INPUTS) == []
    page.select_option("[name='first_test']", "CLB")  # a level list: the box's level line is emptied
    expect(page.locator("#level-first_reading")).to_have_text("")
    page.wait_for_timeout(600)
    assert errors == []
