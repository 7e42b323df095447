"""Finish the wizard, share the result, open the link as someone else: the same total."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True)


def _save_and_continue(page):
    page.wait_for_load_state("networkidle")  # let the live score panel finish before leaving the step
    page.get_by_role("button", name="Save and continue").click()


def _finish_wizard(page, base):
    page.goto(f"{base}/en/calculator/you/")
    page.select_option("select[name=marital_status]", "single")
    page.select_option("select[name=age]", "29")
    _save_and_continue(page)
    page.check("input[name=education][value=bachelors]")
    page.check("input[name=has_canadian_education][value=no]")
    _save_and_continue(page)
    page.select_option("select[name=first_test]", "IELTS")
    page.wait_for_selector("input[name=first_reading]")
    for ability, score in (("reading", "7"), ("writing", "7"), ("listening", "8"), ("speaking", "7")):
        page.fill(f"input[name=first_{ability}]", score)
    _save_and_continue(page)
    page.check("input[name=canadian_work_years][value='1']")
    page.check("input[name=foreign_work_years][value='2']")
    page.check("input[name=certificate_of_qualification][value=no]")
    _save_and_continue(page)
    for name in ("provincial_nomination", "sibling_in_canada", "has_job_offer"):
        page.check(f"input[name={name}][value=no]")
    _save_and_continue(page)
    page.wait_for_url("**/en/calculator/result/")


def test_a_shared_link_shows_the_same_total_in_a_new_browser(live_server, browser, page, screenshot):
    _finish_wizard(page, live_server.url)
    # Console errors are checked from the result page on (the wizard's steps have their own tests).
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(f"{page.url} {message.text}"))
    page.on("response", lambda response: response.status >= 400 and errors.append(f"{response.status} {response.url}"))
    total = page.locator(".breakdown__total-number").first.inner_text().strip()

    page.get_by_role("button", name="Share").click()
    link = page.locator("#share-url")
    link.wait_for()
    url = link.input_value()
    assert url.startswith(f"{live_server.url}/r/")
    copy = page.get_by_role("button", name="Copy link")
    # copy.js shows the button on htmx:load, which htmx fires after its settle delay, not at the swap.
    expect(copy).to_be_visible()

    stranger = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-CA")
    try:
        other = stranger.new_page()
        other.on("console", lambda message: message.type == "error" and errors.append(message.text))
        other.goto(url)
        assert other.locator(".score-total").inner_text() == total
        assert other.locator(".breakdown__total-number").first.inner_text().strip() == total
        assert other.locator(".plan-action").count() > 0
        screenshot(other, "share-desktop")
        other.set_viewport_size(PHONE)
        assert other.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        screenshot(other, "share-phone")

        other.get_by_role("button", name="Start from these answers").click()
        other.wait_for_url("**/en/calculator/**")
        other.goto(f"{live_server.url}/en/calculator/result/")
        assert other.locator(".breakdown__total-number").first.inner_text().strip() == total
    finally:
        stranger.close()
    assert errors == []


def test_the_share_page_reads_well_on_desktop_and_phone(live_server, browser, screenshot):
    from django.core.management import call_command

    from calculator.saved.services import saved_result_create

    call_command("import_draws", "draws/data/ee_rounds.json", "draws/data/ee_rounds_435-444.json", verbosity=0)
    saved = saved_result_create(
        profile={
            "marital_status": "married",
            "spouse_accompanying": True,
            "age": 31,
            "education": "masters",
            "first_language": {
                "test": "IELTS",
                "scores": {"reading": 7, "writing": 6.5, "listening": 8, "speaking": 7},
            },
            "canadian_work_years": 1,
            "foreign_work_years": 2,
            "spouse_education": "bachelors",
            "spouse_language": {
                "language": "english",
                "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 7},
            },
        }
    )
    for name, viewport in (("share-page-desktop", {"width": 1280, "height": 900}), ("share-page-phone", PHONE)):
        context = browser.new_context(viewport=viewport, locale="en-CA", java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(f"{live_server.url}/r/{saved.public_id}/")
            assert page.locator(".score-total").inner_text() == str(saved.total)
            assert page.locator(".share-url-text").inner_text().endswith(f"/r/{saved.public_id}/")
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            screenshot(page, name)
        finally:
            context.close()
