"""Scenarios, eligibility, print and the score card in a real browser.

The visitor's answers come from a saved result ("Start from these answers"), the way a person
arrives from a link someone sent them; every other step is clicked.
"""

import io

import pytest
from playwright.sync_api import expect

from calculator.saved.services import saved_result_create
from crs.scoring import score
from tests.calculator.conftest import SINGLE
from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)


def _start_with_answers(page, base, profile=SINGLE):
    saved = saved_result_create(profile=profile)
    page.goto(f"{base}/r/{saved.public_id}/")
    page.get_by_role("button", name="Start from these answers").click()
    page.wait_for_url("**/en/calculator/result/")
    return saved


def _fits_phone(page):
    page.set_viewport_size(PHONE)
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_two_scenarios_side_by_side_leave_the_answers_untouched(live_server, page, screenshot):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    base_total = score(SINGLE)["total"]
    changed_total = score({**SINGLE, "canadian_work_years": 3})["total"]
    _start_with_answers(page, live_server.url)
    assert page.locator(".breakdown__total-number").first.inner_text().strip() == str(base_total)

    page.fill("#try-change-name", "As I am")
    page.locator(".try-change").get_by_role("button", name="Try a change").click()
    page.wait_for_url("**/scenarios/1/edit/you/")
    page.get_by_role("button", name="Save and compare").click()
    page.wait_for_url("**/en/calculator/scenarios/#scenario-1")

    page.fill("#new-scenario-name", "Three years in Canada")
    page.get_by_role("button", name="Copy my answers into a new scenario").click()
    page.wait_for_url("**/scenarios/2/edit/you/")
    page.get_by_role("navigation", name="Steps of this scenario").get_by_role("link", name="Work").click()
    page.check("input[name=canadian_work_years][value='3']")
    page.get_by_role("button", name="Save and compare").click()
    page.wait_for_url("**/en/calculator/scenarios/#scenario-2")

    table = page.locator("table.scenario-compare")
    headers = [text.strip() for text in table.locator("thead th").all_inner_texts()]
    assert headers == ["Your answers", "As I am", "Three years in Canada"]
    totals = [text.split()[0] for text in table.locator(".scenario-compare__row--total td").all_inner_texts()]
    assert totals == [str(base_total), str(base_total), str(changed_total)]
    assert f"(+{changed_total - base_total})" in table.locator(".scenario-compare__row--total").inner_text()
    screenshot(page, "scenarios-desktop")
    assert _fits_phone(page)
    screenshot(page, "scenarios-phone")
    page.set_viewport_size(DESKTOP)

    page.goto(f"{live_server.url}/en/calculator/result/")
    assert page.locator(".breakdown__total-number").first.inner_text().strip() == str(base_total)
    page.goto(f"{live_server.url}/en/calculator/work/")
    assert page.is_checked("input[name=canadian_work_years][value='1']")
    assert errors == []


def test_eligibility_asks_the_missing_answers_and_shows_each_program(live_server, page, screenshot):
    _start_with_answers(page, live_server.url)
    page.get_by_role("link", name="Answer a few questions to check eligibility").click()
    page.wait_for_url("**/en/calculator/eligibility/")
    page.check("input[name=outside_quebec][value=yes]")
    page.fill("input[name=canadian_months_teer_0_1_last_3_years]", "11")
    page.fill("input[name=settlement_funds_cad]", "9000")
    page.get_by_role("button", name="Check eligibility").click()
    page.wait_for_url("**/eligibility/#programs")
    page.fill("input[name=canadian_months_teer_2_3_last_3_years]", "0")
    page.get_by_role("button", name="Check eligibility").click()
    cec = page.locator("#program-cec")
    # The same address as before the second submit: wait for what it changes, not for the URL.
    expect(cec.locator("h3")).to_contain_text("Not eligible")
    expect(cec).to_contain_text("has 11 months, 1 short")
    screenshot(page, "eligibility-desktop")
    assert _fits_phone(page)
    screenshot(page, "eligibility-phone")


def test_the_result_prints_whole_on_paper(live_server, page):
    from pypdf import PdfReader

    _start_with_answers(page, live_server.url)
    total = str(score(SINGLE)["total"])
    for paper in ("A4", "Letter"):
        pdf = page.pdf(format=paper, print_background=False)
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        flat = " ".join(text.split())
        assert total in flat
        for section in (
            "Core / human capital factors",
            "Skill transferability factors",
            "Additional points",
            "What would raise your score",
            "Can you enter the Express Entry pool?",
        ):
            assert section in flat, (paper, section)
        for screen_only in ("Start over", "Change my answers", "Skip to main content", "Try a change"):
            assert screen_only not in flat, (paper, screen_only)


def test_the_score_card_is_shown_and_offered_on_the_share_page(live_server, page, screenshot):
    saved = saved_result_create(profile=SINGLE)
    page.goto(f"{live_server.url}/r/{saved.public_id}/")
    card = page.locator("img.score-card-preview")
    card.scroll_into_view_if_needed()
    loaded = "img => img.complete ? img.naturalWidth : new Promise(done => img.onload = () => done(img.naturalWidth))"
    assert card.evaluate(loaded) == 1200
    with page.expect_download() as download:
        page.locator(".score-card").get_by_role("link", name="Download the score card (PNG image)").click()
    assert download.value.suggested_filename.startswith(f"crs-score-{saved.total}-")
    page.locator("#card-heading").scroll_into_view_if_needed()
    screenshot(page, "card-share-desktop")
    assert _fits_phone(page)
    screenshot(page, "card-share-phone")
    page.goto(f"{live_server.url}/r/{saved.public_id}/card.png")
    screenshot(page, "card-png")
