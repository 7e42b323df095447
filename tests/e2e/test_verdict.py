"""Issue 13 in a browser: four people each open their result and read their own rounds first; the
nurse finds her occupation by typing « infirmière »; the printed result fits on three pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from calculator.questionnaire.wizard import profile_to_step_data
from tests.e2e.browsing import BrowserHttp
from tests.e2e.conftest import DESKTOP, PHONE
from tests.pages import import_bundled_draws

pytestmark = pytest.mark.django_db(transaction=True)

PEOPLE = json.loads((Path(__file__).resolve().parents[1] / "data" / "verdict_people.json").read_text())["people"]


def _answer(context, base: str, person: dict, *, without: tuple[str, ...] = ()) -> None:
    """The wizard and the eligibility questions, answered through the browser's own session."""
    http = BrowserHttp(context, base)
    for slug, data in profile_to_step_data(person["profile"]):
        assert http.post(f"/en/calculator/{slug}/", data).status == 302, slug
    extra = {key: value for key, value in person["extra"].items() if key not in without}
    form = {key: ("yes" if value else "no") if isinstance(value, bool) else value for key, value in extra.items()}
    assert http.post("/en/calculator/eligibility/", form).status == 302


def _summary_types(page) -> list[str]:
    return page.locator(".verdict-table tbody tr").evaluate_all("rows => rows.map(row => row.dataset.type)")


@pytest.fixture
def rounds(db):
    import_bundled_draws()


@pytest.mark.parametrize("name", ["francophone", "eligible_for_nothing", "nominee"])
def test_each_person_opens_their_result_on_their_own_rounds(live_server, context, page, rounds, screenshot, name):
    person = PEOPLE[name]
    _answer(context, live_server.url, person)
    page.goto(f"{live_server.url}/en/calculator/result/")
    verdict = page.locator(".verdict")
    assert _summary_types(page) == person["types"]
    if name == "francophone":
        assert "French-language proficiency rounds have been inviting at your score" in verdict.inner_text()
        assert "Canadian Experience Class" in page.locator(".verdict-apart").inner_text()
    if name == "eligible_for_nothing":
        assert "you cannot enter the Express Entry pool yet" in verdict.inner_text()
    if name == "nominee":
        assert page.locator('.verdict-table tr[data-type="pnp"] .verdict-margin').inner_text().endswith("above")
    # the summary is the first thing under the page title
    first = page.evaluate("() => document.querySelector('main h1').nextElementSibling.className")
    assert "verdict" in first or "wizard-progress" in first or "alert" in first
    assert page.locator(".verdict").bounding_box()["y"] < page.locator(".breakdown").bounding_box()["y"]
    screenshot(page, f"verdict-{name}-desktop")


def test_the_nurse_finds_her_occupation_by_typing_infirmiere(live_server, context, page, rounds, screenshot):
    person = PEOPLE["nurse"]
    _answer(context, live_server.url, person, without=("occupation_noc",))
    page.goto(f"{live_server.url}/en/calculator/eligibility/")
    finder = page.locator('[data-occupation-finder][data-purpose="noc"]')
    finder.locator("input[type=search]").fill("infirmière")
    match = finder.locator('.occupation-match[data-code="31301"]')
    match.wait_for()
    assert "TEER 1" in match.inner_text() and "Healthcare and social services" in match.inner_text()
    screenshot(page, "occupation-finder-desktop")
    match.get_by_role("button", name="Use this occupation").click()
    assert page.input_value("input[name=occupation_noc]") == "31301"
    assert "31301" in finder.locator("[data-occupation-chosen]").inner_text()
    page.get_by_role("button", name="Check eligibility").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/en/calculator/result/")
    assert _summary_types(page) == person["types"]
    assert "healthcare" in _summary_types(page)


def test_without_javascript_the_occupation_page_keeps_the_pick(live_server, browser, rounds):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        _answer(context, live_server.url, PEOPLE["nurse"], without=("occupation_noc",))
        page = context.new_page()
        page.goto(f"{live_server.url}/en/calculator/eligibility/")
        assert page.locator("[data-occupation-live]").is_hidden()
        page.get_by_role("link", name="Find your occupation by job title").click()
        page.fill("input[name=q]", "infirmière")
        page.get_by_role("button", name="Search").click()
        page.locator('.occupation-match[data-code="31301"]').get_by_role("button", name="Use this occupation").click()
        assert page.input_value("input[name=occupation_noc]") == "31301"
    finally:
        context.close()


@pytest.mark.parametrize("name", ["francophone", "nurse", "nominee"])
def test_the_printed_result_fits_on_three_pages(live_server, context, page, rounds, name):
    from pypdf import PdfReader

    _answer(context, live_server.url, PEOPLE[name])
    page.goto(f"{live_server.url}/en/calculator/result/")
    assert page.get_by_role("button", name="Print").is_visible()
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # what Print does first: open every fold
    page.emulate_media(media="print")
    assert page.locator(".trend-data").is_hidden()
    for size in ("Letter", "A4"):
        pdf = page.pdf(format=size)
        assert len(PdfReader(io.BytesIO(pdf)).pages) <= 3, size


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_the_result_reads_well_at_both_widths(live_server, browser, rounds, screenshot, language, size):
    context = browser.new_context(viewport=DESKTOP if size == "desktop" else PHONE)
    try:
        _answer(context, live_server.url, PEOPLE["francophone"])
        page = context.new_page()
        page.goto(f"{live_server.url}/{language}/calculator/result/")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= (DESKTOP if size == "desktop" else PHONE)["width"]
        page.set_viewport_size(DESKTOP if size == "desktop" else PHONE)
        screenshot(page, f"verdict-result-{language}-{size}")
        page.goto(f"{live_server.url}/{language}/calculator/occupations/?q=infirmi%C3%A8re&purpose=noc")
        screenshot(page, f"occupations-{language}-{size}")
    finally:
        context.close()
