"""The draws admin: staff list, filter, search, validate and export; nobody else gets in."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from draws.models import Draw


@pytest.fixture
def staff_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests-only")
    client.force_login(user)
    return client


def test_staff_see_the_changelist_with_the_published_columns(staff_client, bundled_feed):
    response = staff_client.get("/admin/draws/draw/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Senior managers with Canadian Work Experience, 2026-Version 1" in body
    assert "445 draws" in body
    for heading in ("Number", "Date", "Name as published", "Category", "Invitations", "CRS cut-off"):
        assert heading in body


def test_staff_filter_by_category_and_year_and_search(staff_client, bundled_feed):
    response = staff_client.get("/admin/draws/draw/", {"category": "stem", "year": "2023"})
    assert response.context["cl"].result_count == 2  # STEM rounds #254 and #274 (#293 is 2024)
    response = staff_client.get("/admin/draws/draw/", {"year": "2015"})
    assert response.context["cl"].result_count == 23  # rounds #1-#23 (draws.csv)
    response = staff_client.get("/admin/draws/draw/", {"q": "91a"})
    assert [d.number for d in response.context["cl"].result_list] == ["91a"]


def test_export_action_downloads_the_selected_draws_as_csv(staff_client, bundled_feed):
    chosen = Draw.objects.filter(number__in=["91a", "434"]).values_list("pk", flat=True)
    response = staff_client.post(
        "/admin/draws/draw/", {"action": "export_csv", "_selected_action": [str(pk) for pk in chosen]}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:6] == ["number", "date", "name", "category", "invitations", "cutoff"]
    assert rows[1][:6] == ["91a", "2018-05-30", "Federal Skilled Trades", "trades", "500", "288"]
    assert rows[2][:6] == ["434", "2026-08-07", "Transport Occupations, 2026-Version 2", "transport", "300", "470"]


def test_the_edit_form_refuses_a_cutoff_over_1200_and_zero_invitations(staff_client, bundled_feed):
    draw = Draw.objects.get(number="434")
    response = staff_client.post(
        f"/admin/draws/draw/{draw.pk}/change/",
        {
            "number": "434",
            "date": "2026-08-07",
            "name": draw.name,
            "category": "transport",
            "invitations": "0",
            "cutoff": "1300",
            "programs": "",
        },
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "cutoff" in errors and "invitations" in errors
    draw.refresh_from_db()
    assert (draw.cutoff, draw.invitations) == (470, 300)


def test_the_edit_form_refuses_a_duplicate_or_malformed_number(staff_client, bundled_feed):
    draw = Draw.objects.get(number="434")
    base = {"date": "2026-08-07", "name": draw.name, "category": "transport", "invitations": "300", "cutoff": "470"}
    response = staff_client.post(f"/admin/draws/draw/{draw.pk}/change/", {**base, "number": "433"})
    assert "number" in response.context["adminform"].form.errors
    response = staff_client.post(f"/admin/draws/draw/{draw.pk}/change/", {**base, "number": "#434"})
    assert "number" in response.context["adminform"].form.errors


def test_an_admin_edit_shows_in_the_comparison_at_once(staff_client, bundled_feed):
    from datetime import date

    from draws.selectors import recent_cutoffs

    draw = Draw.objects.get(number="444")
    # "other" since 2026-08-16: #440 physicians (198) and #444 senior managers (389).
    assert recent_cutoffs(months=1, today=date(2026, 9, 16))["other"] == [198, 389]
    staff_client.post(
        f"/admin/draws/draw/{draw.pk}/change/",
        {
            "number": "444",
            "date": "2026-09-16",
            "name": draw.name,
            "category": "other",
            "invitations": "250",
            "cutoff": "401",
            "programs": "",
        },
    )
    assert recent_cutoffs(months=1, today=date(2026, 9, 16))["other"] == [198, 401]


@pytest.mark.parametrize("path", ["/admin/draws/draw/", "/admin/draws/poolsnapshot/"])
def test_visitors_and_non_staff_are_sent_to_the_login_page(client, db, path):
    assert client.get(path)["Location"].startswith("/admin/login/")
    user = get_user_model().objects.create_user("someone", password="pw-for-tests-only")
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
