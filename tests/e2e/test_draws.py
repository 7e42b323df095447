"""The draws pages in a real browser: the chart is drawn, nothing overflows at 375 px."""

import pytest
from django.core.management import call_command

from tests.draws.conftest import FEED, SUPPLEMENT
from tests.e2e.conftest import PHONE


@pytest.fixture
def imported(transactional_db):
    call_command("import_draws", str(FEED), str(SUPPLEMENT), stdout=open("/dev/null", "w"))


@pytest.mark.django_db(transaction=True)
def test_standing_page_draws_the_trend_chart_and_fits_a_phone(imported, live_server, page, screenshot):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(f"{live_server.url}/en/draws/standing/")
    page.get_by_label("Your CRS score").fill("478")
    page.get_by_role("button", name="Compare").click()
    chart = page.locator("svg.trend-chart[role=img]")
    chart.wait_for()
    assert page.locator("svg.trend-chart polyline").count() >= 3
    assert "478" in chart.locator("title").first.text_content()
    assert page.get_by_role("heading", name="Competitive middle").is_visible()
    assert "score=478" in page.url
    screenshot(page, "draws-standing-desktop")

    page.set_viewport_size(PHONE)
    page.reload()
    chart.wait_for()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    screenshot(page, "draws-standing-phone")
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_draws_list_filters_without_losing_the_page(imported, live_server, page, screenshot):
    page.goto(f"{live_server.url}/en/draws/")
    page.get_by_label("Draw type").select_option("stem")
    page.get_by_role("button", name="Show").click()
    page.get_by_text("3 rounds").wait_for()
    assert page.locator("table.draws-table tbody tr").count() == 3
    screenshot(page, "draws-list-desktop")
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/en/draws/")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    screenshot(page, "draws-list-phone")
