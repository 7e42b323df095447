"""Accessibility of every page and wizard step, in English and French, with
and without errors shown: axe-core finds nothing at any impact level, and
nothing scrolls sideways on a phone (375 px) or at 200 % zoom."""

from __future__ import annotations

import pytest

from tests.e2e.browsing import BrowserHttp, show_errors
from tests.pages import site_pages

LANGUAGES = ("en", "fr")
PHONE = {"width": 375, "height": 740}
# 200 % zoom of a 1280 px wide window: the layout gets 640 CSS pixels.
ZOOM_200 = {"width": 640, "height": 450}

CASES = [(page, language, False) for page in site_pages() for language in LANGUAGES] + [
    (page, language, True) for page in site_pages() if page.invalid is not None for language in LANGUAGES
]


def _id(case) -> str:
    page, language, errors = case
    return f"{page.name}-{language}" + ("-errors" if errors else "")


def _open(context, live_server, page_spec, language, errors):
    if page_spec.prepare is not None:
        page_spec.prepare(BrowserHttp(context, live_server.url))
    page = context.new_page()
    page.set_default_timeout(10_000)
    response = page.goto(live_server.url + page_spec.url(language))
    assert response.status == page_spec.status
    if errors:
        show_errors(page, page_spec.invalid)
    return page


def _report(results) -> str:
    lines = []
    for violation in results.response["violations"]:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("case", CASES, ids=_id)
def test_axe_finds_no_violation(live_server, browser, axe, case):
    page_spec, language, errors = case
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=f"{language}-CA")
    try:
        page = _open(context, live_server, page_spec, language, errors)
        results = axe.run(page)
        assert results.violations_count == 0, _report(results)
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("case", CASES, ids=_id)
@pytest.mark.parametrize("viewport", [PHONE, ZOOM_200], ids=["phone-375", "zoom-200"])
def test_nothing_scrolls_sideways_on_a_phone_or_at_200_percent_zoom(live_server, browser, screenshot, case, viewport):
    page_spec, language, errors = case
    scale = 2 if viewport is ZOOM_200 else 1
    context = browser.new_context(viewport=viewport, device_scale_factor=scale, locale=f"{language}-CA")
    try:
        page = _open(context, live_server, page_spec, language, errors)
        name = f"a11y-{_id(case)}-{'phone' if viewport is PHONE else 'zoom200'}"
        screenshot(page, name)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{name}: content is {widths[0]} px wide in a {widths[1]} px viewport"
    finally:
        context.close()
