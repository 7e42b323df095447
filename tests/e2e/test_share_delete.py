"""The browser that made a share link deletes it without JavaScript: the share page offers it and
says until when the link is kept, a confirmation page asks, the POST deletes. An expired link
answers 410 with a page that says so. Desktop and phone, English and French."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone
from playwright.sync_api import expect

from calculator.models import SavedResult
from tests.e2e.browsing import BrowserHttp
from tests.e2e.conftest import DESKTOP, PHONE
from tests.pages import MARRIED, answer_every_step, import_bundled_draws

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "en": {
        "delete": "Delete this link now",
        "confirm": "Delete the link",
        "done": "Link deleted",
        "kept": "Kept until",
    },
    "fr": {
        "delete": "Supprimer ce lien maintenant",
        "confirm": "Supprimer le lien",
        "done": "Lien supprimé",
        "kept": "Conservé jusqu’au",
    },
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_maker_deletes_the_link_without_javascript(live_server, browser, screenshot, language, viewport):
    import_bundled_draws()
    words = WORDS[language]
    context = browser.new_context(viewport=viewport, locale=f"{language}-CA", java_script_enabled=False)
    try:
        http = BrowserHttp(context, live_server.url)
        answer_every_step(http, MARRIED)
        shared = http.post(f"/{language}/calculator/share/")
        public_id = shared.headers["location"].rstrip("/").split("/")[-1]
        page = context.new_page()
        page.goto(f"{live_server.url}/r/{public_id}/")
        assert words["kept"] in page.locator(".share-expiry").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        name = f"share-delete-{language}-{'phone' if viewport is PHONE else 'desktop'}"
        page.locator(".share-expiry").scroll_into_view_if_needed()
        screenshot(page, f"{name}-share-page")
        page.get_by_role("link", name=words["delete"]).click()
        page.wait_for_url(f"**/r/{public_id}/delete/?lang={language}")
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        screenshot(page, f"{name}-confirm")
        page.get_by_role("button", name=words["confirm"]).click()
        expect(page.get_by_role("heading", name=words["done"])).to_be_visible()
        screenshot(page, f"{name}-done")
        assert not SavedResult.objects.filter(public_id=public_id).exists()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_expired_link_shows_that_it_expired(live_server, browser, screenshot, language):
    from calculator.saved.services import saved_result_create

    saved = saved_result_create(profile=MARRIED)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {SavedResult._meta.db_table} SET created_at = %s WHERE id = %s",
            [timezone.now() - datetime.timedelta(days=400), saved.pk],
        )
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport, locale=f"{language}-CA", java_script_enabled=False)
        try:
            page = context.new_page()
            response = page.goto(f"{live_server.url}/r/{saved.public_id}/")
            assert response.status == 410
            screenshot(page, f"share-expired-{language}-{size}")
        finally:
            context.close()
