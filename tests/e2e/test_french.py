"""The French journey in a real browser: a French-speaking visitor arrives at
/, lands on /fr/, and reads the calculator in French."""

from __future__ import annotations

import pytest


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
    assert page.url == live_server.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Français").click()
    assert page.url == live_server.url + "/fr/"
