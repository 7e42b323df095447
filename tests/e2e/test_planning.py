"""The planning pages in a real browser: which partner should apply, and the score month by month,
with and without JavaScript, in English and French, at 1280 and 375 px."""

from datetime import date, timedelta

import pytest

from calculator.saved.services import saved_result_create
from crs.partner_swap import PartnerFacts, compare
from crs.scoring import score
from tests.e2e.conftest import DESKTOP, PHONE
from tests.pages import MARRIED, import_bundled_draws

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "en": {
        "start": "Start from these answers",
        "partner_link": "Which of you should apply?",
        "answer_partner": "Answer the questions about your partner",
        "compare": "Compare both ways",
        "month_link": "Your score month by month",
        "change_dates": "Change the dates",
        "show": "Show my score month by month",
        "act": "When to act",
        "share": "Share this comparison",
    },
    "fr": {
        "start": "Partir de ces réponses",
        "partner_link": "Lequel de vous deux devrait présenter la demande?",
        "answer_partner": "Répondre aux questions sur votre époux ou conjoint de fait",
        "compare": "Comparer les deux façons",
        "month_link": "Votre note mois par mois",
        "change_dates": "Modifier les dates",
        "show": "Afficher ma note mois par mois",
        "act": "Quand agir",
        "share": "Partager cette comparaison",
    },
}


def _born_33_years_ago() -> str:
    today = date.today()
    return (date(today.year - 33, today.month, 1) - timedelta(days=40)).isoformat()


def _fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_couple_compares_both_ways_then_sees_the_score_month_by_month(
    live_server, browser, screenshot, language, javascript
):
    import_bundled_draws()
    words = WORDS[language]
    context = browser.new_context(viewport=PHONE, locale="en-CA", java_script_enabled=javascript)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        saved = saved_result_create(profile=MARRIED)
        page.goto(f"{live_server.url}/r/{saved.public_id}/?lang={language}")
        page.get_by_role("button", name=words["start"]).click()
        page.wait_for_url("**/calculator/result/")
        page.goto(f"{live_server.url}/{language}/calculator/result/")
        assert page.locator(".planning-links a").count() == 2
        if javascript:
            screenshot(page, f"planning-result-{language}-phone")

        page.get_by_role("link", name=words["partner_link"]).first.click()
        page.wait_for_url(f"**/{language}/calculator/planning/partner/")
        page.get_by_role("link", name=words["answer_partner"]).click()
        page.wait_for_url("**/planning/questions/?next=partner")
        assert _fits(page)
        screenshot(page, f"planning-questions-{language}-{'js' if javascript else 'nojs'}-phone")
        if javascript:
            page.set_viewport_size(DESKTOP)
            screenshot(page, f"planning-questions-{language}-desktop")
            page.set_viewport_size(PHONE)
        page.select_option("select[name=partner_age]", "29")
        page.check("input[name=partner_foreign_work_years][value='2']")
        page.get_by_role("button", name=words["compare"]).click()
        page.wait_for_url(f"**/{language}/calculator/planning/partner/")

        expected = compare(MARRIED, PartnerFacts(age=29, foreign_work_years=2))
        sides = page.locator(".partner-side .display-6 strong").all_inner_texts()
        assert sides == [str(expected.principal["total"]), str(expected.partner["total"])]
        assert expected.principal["total"] == score(MARRIED)["total"]
        assert _fits(page)
        screenshot(page, f"planning-partner-{language}-{'js' if javascript else 'nojs'}-phone")
        if javascript:
            page.set_viewport_size(DESKTOP)
            screenshot(page, f"planning-partner-{language}-desktop")
            page.set_viewport_size(PHONE)

        page.get_by_role("button", name=words["share"]).click()
        page.wait_for_url("**/r/*/?partner=29.2.none.0")
        shared = page.locator(".shared-comparison .partner-side .display-6 strong").all_inner_texts()
        assert shared == [str(expected.principal["total"]), str(expected.partner["total"])]
        assert _fits(page)
        page.go_back()
        page.wait_for_url(f"**/{language}/calculator/planning/partner/")

        page.get_by_role("link", name=words["month_link"]).click()
        page.wait_for_url(f"**/{language}/calculator/planning/month-by-month/")
        page.get_by_role("link", name=words["change_dates"]).click()
        page.fill("input[name=date_of_birth]", _born_33_years_ago())
        page.check("input[name=working_in][value=canada]")
        page.fill("input[name=working_since]", (date.today() - timedelta(days=500)).isoformat())
        page.get_by_role("button", name=words["show"]).click()
        page.wait_for_url(f"**/{language}/calculator/planning/month-by-month/")

        assert page.get_by_role("heading", name=words["act"]).is_visible()
        assert page.locator("svg.projection-chart polyline").count() == 1
        assert (
            page.locator("svg.projection-chart .projection-marker").count()
            == page.locator(".projection-events li").count()
            >= 2
        )
        first_total = page.locator(".projection-table tbody tr td").first.inner_text().strip()
        assert first_total == str(score(MARRIED)["total"])
        assert _fits(page)
        screenshot(page, f"planning-projection-{language}-{'js' if javascript else 'nojs'}-phone")
        if javascript:
            page.set_viewport_size(DESKTOP)
            screenshot(page, f"planning-projection-{language}-desktop")
        assert errors == []
    finally:
        context.close()
