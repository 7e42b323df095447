"""The questionnaire in a real browser: with JavaScript (the live panel updates without a page
load), without it (plain form posts to the same result), and Back/refresh keeping answers.
Screenshots of every step at 1280 and 375 wide go to screenshots/wizard-*.png."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from calculator.questionnaire.language_fields import LEVEL_CHOICES
from calculator.questionnaire.wizard import profile_to_step_data
from crs.scoring import score

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)

JOURNEY = {
    "marital_status": "married",
    "spouse_citizen_or_pr": False,
    "spouse_accompanying": True,
    "age": 31,
    "education": "masters",
    "canadian_education": "one_or_two_year",
    "first_language": {"test": "IELTS", "scores": {"reading": 7.5, "writing": 7, "listening": 8.5, "speaking": 7}},
    "second_language": {
        "test": "TEF",
        "test_date": "2025-06-02",
        "scores": {"reading": 233, "writing": 349, "listening": 280, "speaking": 371},
    },
    "canadian_work_years": 2,
    "foreign_work_years": 3,
    "certificate_of_qualification": False,
    "spouse_education": "bachelors",
    "spouse_canadian_work_years": 1,
    "spouse_language": {"language": "english", "clb": {"reading": 8, "writing": 7, "listening": 9, "speaking": 8}},
    "sibling_in_canada": False,
    "spouse_sibling_in_canada": True,
    "provincial_nomination": False,
    "job_offer": {"teer": 1, "major_group_00": False},
}
TEST_FIELDS = ("first_test", "second_test", "spouse_test")


def _answer(page, data, *, javascript):
    """Fill one step's form as a person would: tests first (a test swaps in its score fields), then
    the rest in page order (a Yes before its details)."""
    on_page = page.evaluate("() => Array.from(document.querySelectorAll('main [name]'), e => e.name)")
    ordered = sorted(
        data.items(),
        key=lambda item: (
            item[0] not in TEST_FIELDS,
            on_page.index(item[0]) if item[0] in on_page else len(on_page),
        ),
    )
    for name, value in ordered:
        field = page.locator(f"[name='{name}']").first
        if not field.is_visible() and not page.locator(f"[name='{name}']:visible").count():
            continue  # a question the page does not ask for these answers (Major Group 00 outside TEER 0)
        kind = field.evaluate("element => element.tagName.toLowerCase() + ':' + (element.type || '')")
        if kind.startswith("select"):
            if javascript and name in TEST_FIELDS and value:
                with page.expect_response(lambda response: "language-scores" in response.url):
                    field.select_option(value)
                # wizard.js merges the fetched score fields when htmx has read the whole answer: a
                # level list for CLB/NCLC, a box for a test's own scores.
                reading = page.locator(f"[name='{name.removesuffix('_test')}_reading']")
                expect(reading).to_have_js_property("tagName", "SELECT" if value in LEVEL_CHOICES else "INPUT")
            else:
                field.select_option(value)
        elif kind.endswith("radio"):
            page.check(f"[name='{name}'][value='{value}']")
        else:
            field.fill(value)


def _shoot(page, screenshot, name):
    screenshot(page, f"wizard-{name}-desktop")
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"{name}: horizontal scroll"
    screenshot(page, f"wizard-{name}-phone")
    page.set_viewport_size(DESKTOP)


def _panel_total(page):
    text = page.locator("#score-panel .score-panel__number").first.text_content(timeout=5000)
    return int(text.strip())


def _result_total(page):
    return int(page.locator(".breakdown__total-number").text_content().strip())


def test_full_journey_with_javascript_updates_the_panel_without_a_page_load(live_server, page, screenshot):
    errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append(f"{message.text[:60]} at {page.url} {message.location}")
        ),
    )
    page.on("response", lambda response: response.status >= 400 and errors.append(f"{response.status} {response.url}"))
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("link", name=re.compile("Start")).click()
    page.wait_for_url(re.compile(r"/en/calculator/you/$"))
    page.evaluate("window.__samePage = true")
    assert page.locator(".score-panel__empty").is_visible()
    page.select_option("[name='age']", "31")
    page.locator("#score-panel .score-panel__number").wait_for()
    assert page.evaluate("window.__samePage === true"), "the panel updated through a page load"
    first_total = _panel_total(page)
    page.select_option("[name='age']", "40")
    # A locator assertion, not wait_for_function: a string predicate is polled
    # through eval(), which the page's strict CSP (no 'unsafe-eval') refuses.
    expect(page.locator("#score-panel .score-panel__number")).not_to_have_text(str(first_total))
    assert _panel_total(page) < first_total
    assert page.locator(".score-panel__delta.is-down").is_visible()
    assert page.evaluate("window.__samePage === true")
    assert page.locator("#score-panel").get_attribute("aria-live") == "polite"

    for slug, data in profile_to_step_data(JOURNEY):
        page.wait_for_url(re.compile(rf"/en/calculator/{slug}/$"))
        _answer(page, data, javascript=True)
        page.wait_for_timeout(450)  # let the debounced preview land before the screenshot
        _shoot(page, screenshot, slug)
        page.get_by_role("button", name="Save and continue").click()

    page.wait_for_url(re.compile(r"/en/calculator/result/$"))
    assert _result_total(page) == score(JOURNEY)["total"]
    _shoot(page, screenshot, "result")
    assert errors == [], errors


def test_the_same_journey_works_without_javascript(live_server, browser, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP, locale="en-CA")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/calculator/you/")
        for slug, data in profile_to_step_data(JOURNEY):
            page.wait_for_url(re.compile(rf"/en/calculator/{slug}/$"))
            _answer(page, data, javascript=False)
            if slug == "languages":
                _shoot(page, screenshot, "languages-nojs")
            page.get_by_role("button", name="Save and continue").click()
        page.wait_for_url(re.compile(r"/en/calculator/result/$"))
        assert _result_total(page) == score(JOURNEY)["total"]
        # Without JavaScript the panel shows the saved answers' score on each page load.
        page.goto(f"{live_server.url}/en/calculator/work/")
        assert _panel_total(page) == score(JOURNEY)["total"]
    finally:
        context.close()


def test_an_invalid_answer_without_javascript_keeps_what_was_typed(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/calculator/you/")
        page.select_option("[name='marital_status']", "single")
        page.select_option("[name='age']", "29")
        page.get_by_role("button", name="Save and continue").click()
        page.check("[name='education'][value='bachelors']")
        page.check("[name='has_canadian_education'][value='no']")
        page.get_by_role("button", name="Save and continue").click()
        page.select_option("[name='first_test']", "IELTS")
        for name, value in (
            ("first_reading", "7"),
            ("first_writing", "6.5"),
            ("first_listening", "9.7"),
            ("first_speaking", "7"),
        ):
            page.fill(f"[name='{name}']", value)
        page.get_by_role("button", name="Save and continue").click()
        expect(page.locator("#id_first_listening_error")).to_contain_text("does not give this score")
        assert page.url.endswith("/en/calculator/languages/")
        listening = page.locator("#id_first_listening")
        assert listening.input_value() == "9.7"
        assert page.locator("#id_first_writing").input_value() == "6.5"
        described = listening.get_attribute("aria-describedby")
        assert "id_first_listening_error" in described
        assert "does not give this score" in page.locator("#id_first_listening_error").text_content()
    finally:
        context.close()


def test_back_and_refresh_in_the_middle_keep_the_answers(live_server, page):
    page.goto(f"{live_server.url}/en/calculator/you/")
    steps = profile_to_step_data(JOURNEY)
    for slug, data in steps[:3]:
        page.wait_for_url(re.compile(rf"/en/calculator/{slug}/$"))  # the step's own page, loaded
        _answer(page, data, javascript=True)
        page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url(re.compile(r"/en/calculator/work/$"))
    page.reload()
    assert page.url.endswith("/en/calculator/work/")
    page.go_back()
    page.wait_for_url(re.compile(r"/en/calculator/languages/$"))
    page.reload()
    assert page.locator("[name='first_test']").input_value() == "IELTS"
    assert page.locator("[name='first_listening']").input_value() == "8.5"
    assert page.locator("[name='second_test_date']").input_value() == "2025-06-02"
    page.get_by_role("link", name="Back").click()
    page.wait_for_url(re.compile(r"/en/calculator/education/$"))
    assert page.locator("[name='education'][value='masters']").is_checked()
    page.get_by_role("link", name="You").click()
    assert page.locator("[name='marital_status']").input_value() == "married"
    assert page.locator("[name='age']").input_value() == "31"
    # A second tab shares the session: the answers are there too.
    other = page.context.new_page()
    other.goto(f"{live_server.url}/en/calculator/languages/")
    assert other.locator("[name='first_reading']").input_value() == "7.5"
    other.close()
