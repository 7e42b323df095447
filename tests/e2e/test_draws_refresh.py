"""A refresh from a local feed server, started in the admin, brings a new round onto the public
pages; the pages say how current the rounds are (screenshots in English and French)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

from tests.draws.conftest import FEED, SUPPLEMENT
from tests.draws.feed_server import FeedServer
from tests.draws.test_refresh import feed_bytes, new_round
from tests.e2e.conftest import PHONE


@pytest.fixture
def feed_server(settings):
    with FeedServer() as server:
        settings.DRAWS_FEED_URL = server.url
        yield server


@pytest.mark.django_db(transaction=True)
def test_refresh_from_ircc_now_brings_a_new_round_onto_the_pages(live_server, page, screenshot, feed_server):
    call_command("import_draws", str(FEED), str(SUPPLEMENT), stdout=open("/dev/null", "w"))
    get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests-only")
    feed_server.body = feed_bytes(new_round(cutoff=507))

    page.goto(f"{live_server.url}/en/draws/")
    assert page.get_by_text("The newest round here is").is_visible()  # #444 of 2026-09-16 is old now
    screenshot(page, "draws-list-stale-desktop")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/draws/draw/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("pw-for-tests-only")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Refresh from IRCC now").click()
    expect(page.get_by_text("1 created, 0 updated, 445 unchanged, 0 kept")).to_be_visible()
    screenshot(page, "admin-draws-refreshed")
    page.get_by_role("link", name="Import a feed file").click()
    screenshot(page, "admin-draws-import")

    for language in ("en", "fr"):
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(f"{live_server.url}/{language}/draws/")
        assert page.locator(".draws-table tbody tr").first.locator("th").text_content() == "445"
        assert "445" in page.locator(".rounds-currency").text_content()
        assert page.locator(".rounds-currency .alert").count() == 0  # the new round is a day old
        screenshot(page, f"draws-list-current-{language}-desktop")
        page.goto(f"{live_server.url}/{language}/draws/standing/?score=507")
        assert "445" in page.locator(".rounds-currency").text_content()
        screenshot(page, f"draws-standing-current-{language}-desktop")
        page.set_viewport_size(PHONE)
        page.reload()
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
        screenshot(page, f"draws-standing-current-{language}-phone")
        page.goto(f"{live_server.url}/{language}/draws/")
        screenshot(page, f"draws-list-current-{language}-phone")
