"""The questionnaire with a keyboard only: every question is reached with Tab, answered with the arrow
keys, Space and typing, and every step is sent with Enter or Space on its button. No click, no fill,
no select_option. After an invalid submit focus lands on the first invalid field (the server marks
it ``autofocus``), and the live score panel (aria-live="polite") never takes focus."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from calculator.questionnaire.wizard import profile_to_step_data
from crs.scoring import score

from .test_wizard import JOURNEY, _panel_total, _result_total

pytestmark = pytest.mark.django_db(transaction=True)

MAX_TABS = 80  # more stops than any step has; a field not reached by then is not reachable
FOCUSED = """() => {
  const element = document.activeElement;
  return {tag: element.tagName.toLowerCase(), type: element.type || "", name: element.name || "",
          value: element.value || "", id: element.id || "", text: (element.textContent || "").trim(),
          submit: element.matches("#wizard-form button[type=submit], #wizard-form input[type=submit]")};
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_to(page, describe: str, matches, *, key: str = "Tab") -> dict:
    """Press Tab (or Shift+Tab) until ``matches(focused element)``; fail after MAX_TABS presses."""
    visited = []
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        element = focused(page)
        if matches(element):
            return element
        visited.append(element["name"] or element["id"] or element["text"][:20] or element["tag"])
    pytest.fail(f"{describe} was not reached with {MAX_TABS} presses of {key}; focus went through {visited}")


def tab_to_field(page, name: str, **kwargs) -> dict:
    return tab_to(page, f"the field {name!r}", lambda element: element["name"] == name, **kwargs)


def tab_to_submit(page) -> dict:
    settle(page)
    return tab_to(page, "the step's submit button", lambda element: element["submit"])


HTMX_IDLE = "html[data-htmx-busy='0']"
TRACK_HTMX = """() => {
  if (document.documentElement.dataset.htmxBusy !== undefined) { return; }
  const inFlight = new Set();
  const show = () => { document.documentElement.dataset.htmxBusy = String(inFlight.size); };
  document.addEventListener("htmx:beforeRequest", event => { inFlight.add(event.detail.xhr); show(); });
  document.addEventListener("htmx:afterRequest", event => { inFlight.delete(event.detail.xhr); show(); });
  show();
}"""


def wait_for_htmx(page) -> None:
    """Until every htmx request seen (and its swap) has finished: the score fields a test or test
    date swaps in must be in place before anything is typed into them."""
    expect(page.locator(HTMX_IDLE)).to_have_count(1)


def settle(page) -> None:
    """Let the live preview land before a step is sent: it fires 300 ms after the last input, and a
    POST that saves the session while a preview reads it can meet a locked table in the tests'
    in-memory SQLite (Django then answers 400, "session interrupted")."""
    page.evaluate(TRACK_HTMX)
    page.wait_for_timeout(350)
    wait_for_htmx(page)


def choose_option(page, name: str, value: str) -> None:
    """The focused <select>: ArrowDown/ArrowUp until it shows ``value`` (each press is a change event)."""
    page.evaluate(TRACK_HTMX)
    options = page.locator(f"select[name='{name}'] option").evaluate_all("options => options.map(o => o.value)")
    assert value in options, f"{name} has no option {value!r}"
    for _ in range(len(options)):
        current = focused(page)["value"]
        if current == value:
            break
        page.keyboard.press("ArrowDown" if options.index(value) > options.index(current) else "ArrowUp")
    assert focused(page)["value"] == value, f"{name}: the arrow keys did not reach {value!r}"
    wait_for_htmx(page)


def choose_radio(page, name: str, value: str) -> None:
    """The focused radio group: Space checks the focused radio, the arrow keys move to (and check) the next."""
    page.evaluate(TRACK_HTMX)
    values = page.locator(f"input[type=radio][name='{name}']").evaluate_all("radios => radios.map(r => r.value)")
    current = focused(page)["value"]
    if current == value:
        page.keyboard.press("Space")
    else:
        for _ in range((values.index(value) - values.index(current)) % len(values)):
            page.keyboard.press("ArrowDown")
    assert page.locator(f"input[name='{name}'][value='{value}']").is_checked(), f"{name}={value} is not checked"
    assert focused(page)["name"] == name


DATE_ORDERS = ("mdy", "dmy", "ymd")  # Chromium lays out a date field in its own UI language's order


def type_into(page, name: str, value: str) -> None:
    page.evaluate(TRACK_HTMX)
    if focused(page)["type"] == "date":
        type_date(page, name, value)
    else:
        page.keyboard.type(value)
    assert page.locator(f"[name='{name}']").input_value() == value, f"{name}: typed {value!r}"
    wait_for_htmx(page)


def type_date(page, name: str, value: str) -> None:
    """Type the digits of a date into the focused date field, in whichever order its three parts are
    laid out (Backspace and Shift+Tab clear a wrong guess, part by part)."""
    parts = dict(zip("ymd", value.split("-"), strict=False))
    for order in DATE_ORDERS:
        page.keyboard.type("".join(parts[part] for part in order))
        if page.locator(f"[name='{name}']").input_value() == value:
            return
        for key in ("Backspace", "Shift+Tab", "Backspace", "Shift+Tab", "Backspace"):
            page.keyboard.press(key)
        assert page.locator(f"[name='{name}']").input_value() == "" and focused(page)["name"] == name


def dom_order(page) -> list[str]:
    return page.locator("#wizard-form [name]").evaluate_all(
        "elements => elements.map(e => e.name).filter((n, i, all) => all.indexOf(n) === i)"
    )


def answer_by_keyboard(page, data: dict) -> None:
    """Tab to each question in page order and answer it from the keyboard."""
    page.evaluate(TRACK_HTMX)
    order = dom_order(page)
    for name in sorted(data, key=order.index):
        value = data[name]
        if not page.locator(f"[name='{name}']:visible").count():
            continue  # not asked for these answers (Major Group 00 outside TEER 0)
        element = tab_to_field(page, name)
        if element["tag"] == "select":
            choose_option(page, name, value)
        elif element["type"] == "radio":
            choose_radio(page, name, value)
        else:
            type_into(page, name, value)
        assert focused(page)["name"] == name, f"answering {name} moved focus to {focused(page)}"


def test_the_whole_questionnaire_can_be_completed_with_the_keyboard_only(live_server, page):
    page.goto(f"{live_server.url}/en/")
    tab_to(page, "the Start link", lambda element: element["tag"] == "a" and element["text"].startswith("Start"))
    page.keyboard.press("Enter")
    for number, (slug, data) in enumerate(profile_to_step_data(JOURNEY)):
        page.wait_for_url(re.compile(rf"/en/calculator/{slug}/$"))
        answer_by_keyboard(page, data)
        tab_to_submit(page)
        page.keyboard.press("Enter" if number % 2 == 0 else "Space")
    page.wait_for_url(re.compile(r"/en/calculator/result/$"))
    assert _result_total(page) == score(JOURNEY)["total"]


def test_an_invalid_submit_puts_focus_on_the_first_invalid_field(live_server, page):
    page.goto(f"{live_server.url}/en/calculator/you/")
    tab_to_field(page, "marital_status")
    choose_option(page, "marital_status", "married")
    tab_to_submit(page)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("#form-errors")).to_be_visible()
    # The spouse questions come before the age, so the first of them has focus, at its first radio.
    expect(page.locator("#id_spouse_citizen_or_pr_0")).to_be_focused()
    assert focused(page)["name"] == "spouse_citizen_or_pr"
    # From there the person answers on and sends again without hunting for the field.
    choose_radio(page, "spouse_citizen_or_pr", "no")
    tab_to_field(page, "spouse_accompanying")
    choose_radio(page, "spouse_accompanying", "yes")
    tab_to_submit(page)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator("#id_age")).to_be_focused()


def test_an_invalid_submit_without_javascript_puts_focus_on_the_first_invalid_field(live_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-CA")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/en/calculator/you/")
        tab_to_field(page, "marital_status")
        choose_option(page, "marital_status", "single")
        tab_to_field(page, "age")
        choose_option(page, "age", "29")
        tab_to_submit(page)
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/en/calculator/education/$"))
        tab_to_field(page, "education")
        choose_radio(page, "education", "less_than_secondary")
        tab_to_field(page, "has_canadian_education")
        choose_radio(page, "has_canadian_education", "yes")  # but no level chosen: invalid
        tab_to_submit(page)
        page.keyboard.press("Enter")
        page.wait_for_load_state()
        assert page.url.endswith("/en/calculator/education/")
        expect(page.locator("#id_canadian_education_0")).to_be_focused()
    finally:
        context.close()


def test_the_live_panel_updates_politely_and_never_takes_focus(live_server, page):
    page.goto(f"{live_server.url}/en/calculator/you/")
    panel = page.locator("#score-panel")
    assert panel.get_attribute("aria-live") == "polite"
    steps = dict(profile_to_step_data(JOURNEY))
    answer_by_keyboard(page, steps["you"])
    expect(panel.locator(".score-panel__number")).to_be_visible()
    tab_to_submit(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/calculator/education/$"))
    answer_by_keyboard(page, steps["education"])
    tab_to_submit(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/calculator/languages/$"))
    languages = {name: value for name, value in steps["languages"].items() if name.startswith("first_")}
    speaking = languages.pop("first_speaking")
    answer_by_keyboard(page, languages)
    tab_to_field(page, "first_speaking")
    settle(page)  # leaving first_listening sent a preview: the total before speaking is the one it brings
    before = _panel_total(page)
    page.evaluate("""() => {
        window.__focusMoves = [];
        document.addEventListener("focusin", event => window.__focusMoves.push(event.target.name || event.target.id));
        document.addEventListener("focusout", event => window.__focusMoves.push("left " + event.target.name));
    }""")
    page.keyboard.type(speaking)
    # The preview (hx-post on input, 300 ms later) swaps the panel's content: a new total.
    expect(panel.locator(".score-panel__number")).not_to_have_text(str(before))
    assert _panel_total(page) > before
    page.wait_for_timeout(500)  # a late swap would have landed by now
    assert focused(page)["name"] == "first_speaking", f"the panel update moved focus to {focused(page)}"
    assert page.evaluate("window.__focusMoves") == [], "focus moved while the panel updated"
    # Typing on after the update goes on into the same field.
    page.keyboard.type("5")
    assert page.locator("[name='first_speaking']").input_value() == speaking + "5"
