"""Staff see admin sign-in lockouts in the admin and lift them (desktop and phone)."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from throttle import admin_login

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_staff_see_and_lift_a_lockout(live_server, browser, screenshot, viewport):
    get_user_model().objects.create_superuser("keeper", "keeper@example.org", "a long enough password 42")
    context = browser.new_context(viewport=viewport, locale="en-CA")
    try:
        page = context.new_page()
        for _ in range(admin_login.FAILURES_PER_USERNAME + 1):
            page.goto(f"{live_server.url}/admin/login/")
            page.fill("input[name=username]", "boss ")
            page.fill("input[name=password]", "wrong")
            page.click("input[type=submit]")
        expect(page.get_by_text("Too many failed sign-in attempts")).to_be_visible()
        context.clear_cookies()
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("input[name=username]", "keeper")
        page.fill("input[name=password]", "a long enough password 42")
        page.click("input[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        page.goto(f"{live_server.url}/admin/throttle/signinlockout/")
        assert page.get_by_text("boss from 127.0.0.1").is_visible()
        size = "phone" if viewport is PHONE else "desktop"
        screenshot(page, f"admin-lockouts-{size}")
        page.check("tr:has-text('boss from 127.0.0.1') input[name=_selected_action]")
        page.select_option("select[name=action]", "unlock")
        page.click("button[name=index]")
        expect(page.get_by_text("1 sign-in counter cleared.")).to_be_visible()
        expect(page.get_by_text("boss from 127.0.0.1")).to_have_count(0)
    finally:
        context.close()
