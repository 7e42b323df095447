"""Admin edits stay put: imports keep them, a restart (`make data`) never reverts them, every
import and edit is in the admin history with what changed; the admin's refresh, upload and
validation."""

import io
import json
import re
import shlex
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from draws.models import Draw

from .conftest import FEED, SUPPLEMENT
from .test_refresh import feed_bytes, new_round

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


@pytest.fixture
def staff_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests-only")
    client.force_login(user)
    return client


def form_data(draw: Draw, **changes) -> dict:
    data = {
        "number": draw.number,
        "date": draw.date.isoformat(),
        "name": draw.name,
        "category": draw.category,
        "invitations": str(draw.invitations),
        "cutoff": str(draw.cutoff),
        "tie_break": draw.tie_break.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if draw.tie_break else "",
        "drawn_at": "",
        "programs": draw.programs,
        "pool_snapshot": str(draw.pool_snapshot_id or ""),
    }
    return {**data, **changes}


def edit(staff_client, number: str, **changes):
    draw = Draw.objects.get(number=number)
    return staff_client.post(f"/admin/draws/draw/{draw.pk}/change/", form_data(draw, **changes))


def make_data_imports() -> list[list[str]]:
    """The `import_draws` command lines of the Makefile's `data` target (what `make run` and
    `make serve` run at every start)."""
    recipe = MAKEFILE.read_text().split("\ndata:", 1)[1].split("\n\n", 1)[0]
    lines = [shlex.split(line) for line in recipe.splitlines() if "import_draws" in line]
    return [line[line.index("import_draws") + 1 :] for line in lines]


def run_make_data() -> str:
    out = io.StringIO()
    for arguments in make_data_imports():
        call_command("import_draws", *arguments, stdout=out)
    return out.getvalue()


def test_an_admin_edit_survives_a_restart(staff_client, db):
    assert "445 created" in run_make_data()  # the first start: an empty table gets the bundled history
    response = edit(staff_client, "443", cutoff="505")
    assert response.status_code == 302
    output = run_make_data()  # a restart
    assert "already holds 445 rounds: nothing imported" in output
    assert Draw.objects.get(number="443").cutoff == 505


def test_an_import_keeps_edited_fields_says_so_and_overwrites_only_when_asked(staff_client, bundled_feed):
    edit(staff_client, "443", cutoff="505")
    assert Draw.objects.get(number="443").edited_fields == ["cutoff"]
    out = io.StringIO()
    call_command("import_draws", str(FEED), str(SUPPLEMENT), stdout=out)
    assert "0 created, 0 updated, 445 unchanged, 1 kept" in out.getvalue()
    assert "#443 (cutoff)" in out.getvalue()
    assert Draw.objects.get(number="443").cutoff == 505
    out = io.StringIO()
    call_command("import_draws", str(FEED), str(SUPPLEMENT), "--overwrite-edits", stdout=out)
    assert "0 created, 1 updated" in out.getvalue() and "#443: cutoff: 505 → 519" in out.getvalue()
    draw = Draw.objects.get(number="443")
    assert (draw.cutoff, draw.edited_fields) == (519, [])


def test_the_admin_history_shows_an_edit_with_its_old_and_new_values(staff_client, bundled_feed):
    edit(staff_client, "443", cutoff="505", tie_break="2026-09-15 12:00:00")
    draw = Draw.objects.get(number="443")
    entry = LogEntry.objects.filter(object_id=str(draw.pk), action_flag=CHANGE).latest("action_time")
    message = entry.get_change_message()
    assert "CRS cut-off: 519 → 505" in message
    assert "→ 2026-09-15 12:00:00 UTC" in message
    history = staff_client.get(f"/admin/draws/draw/{draw.pk}/history/").content.decode()
    assert "519 → 505" in history


def test_the_admin_history_shows_every_import_and_what_it_changed(bundled_feed, tmp_path):
    draw = Draw.objects.get(number="335")
    created = LogEntry.objects.get(object_id=str(draw.pk), action_flag=ADDITION)
    assert created.user.username == "draws-import" and not created.user.has_usable_password()
    assert "Imported from" in created.get_change_message()
    row = next(row for row in json.loads(FEED.read_text())["rounds"] if row["drawNumber"] == "335")
    row["drawSize"] = "999"
    path = tmp_path / "fix.json"
    path.write_text(json.dumps({"rounds": [row]}))
    call_command("import_draws", str(path), stdout=io.StringIO())
    changed = LogEntry.objects.get(object_id=str(draw.pk), action_flag=CHANGE)
    assert changed.get_change_message() == f"Imported from {path}: invitations: {draw.invitations} → 999."


def test_tie_break_is_entered_and_shown_in_utc(staff_client, bundled_feed):
    edit(staff_client, "443", tie_break="2026-09-15 23:30:00")
    draw = Draw.objects.get(number="443")
    assert draw.tie_break == datetime(2026, 9, 15, 23, 30, tzinfo=UTC)  # not Ottawa's 23:30
    page = staff_client.get(f"/admin/draws/draw/{draw.pk}/change/").content.decode()
    assert 'value="2026-09-15 23:30:00"' in page and "(UTC)" in page


def test_the_admin_refuses_a_future_date_and_zero_invitations(staff_client, bundled_feed):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = edit(staff_client, "443", date=tomorrow.isoformat(), invitations="0")
    errors = response.context["adminform"].form.errors
    assert "cannot be dated in the future" in str(errors["date"]) and "invitations" in errors


def test_a_category_that_contradicts_the_published_name_is_flagged_until_confirmed(staff_client, bundled_feed):
    draw = Draw.objects.get(number="443")
    assert draw.category == "cec"
    response = edit(staff_client, "443", category="stem")
    error = str(response.context["adminform"].form.errors["category"])
    assert "reads as “Canadian Experience Class”, not “STEM occupations”" in error
    assert Draw.objects.get(number="443").category == "cec"
    response = edit(staff_client, "443", category="stem", category_confirmed="on")
    assert response.status_code == 302 and Draw.objects.get(number="443").category == "stem"


def test_the_changelist_offers_refresh_and_upload(staff_client, bundled_feed):
    page = staff_client.get("/admin/draws/draw/").content.decode()
    assert "Refresh from IRCC now" in page and "Import a feed file" in page


def test_refresh_from_ircc_now_reports_what_changed(staff_client, bundled_feed, feed_server):
    feed_server.body = feed_bytes(new_round())
    response = staff_client.post("/admin/draws/draw/refresh/", follow=True)
    shown = [str(message) for message in response.context["messages"]]
    assert any("1 created, 0 updated, 445 unchanged, 0 kept" in message for message in shown)
    entry = LogEntry.objects.get(object_id=str(Draw.objects.get(number="445").pk))
    assert entry.user.username == "admin"


def test_refresh_from_ircc_now_says_why_nothing_was_imported(staff_client, bundled_feed, feed_server):
    feed_server.mode = "error"
    response = staff_client.post("/admin/draws/draw/refresh/", follow=True)
    assert any("Nothing imported" in str(m) and "HTTP 500" in str(m) for m in response.context["messages"])
    assert staff_client.get("/admin/draws/draw/refresh/").status_code == 405


def test_an_uploaded_feed_file_goes_through_the_same_import(staff_client, bundled_feed):
    upload = SimpleUploadedFile("ee_rounds.json", feed_bytes(new_round(), encoding="cp1252"))
    response = staff_client.post("/admin/draws/draw/import-feed/", {"feed": upload}, follow=True)
    assert any("1 created, 0 updated, 445 unchanged" in str(m) for m in response.context["messages"])
    assert Draw.objects.filter(number="445").exists()


def test_a_bad_upload_is_refused_next_to_the_field_and_writes_nothing(staff_client, bundled_feed):
    upload = SimpleUploadedFile("feed.json", b'{"rounds": [{"drawNumber": "x"}]}')
    response = staff_client.post("/admin/draws/draw/import-feed/", {"feed": upload})
    assert response.status_code == 200
    assert re.search(r"Nothing imported: feed.json: round x", str(response.context["form"].errors["feed"]))
    assert Draw.objects.count() == 445


def test_an_admin_edit_gives_the_pages_a_new_version_at_once(staff_client, bundled_feed, client):
    assert "Cleared by 506" in client.get("/en/draws/standing/", {"score": "506"}).content.decode()
    before = client.get("/en/draws/").content.decode()
    assert ">519<" in before
    edit(staff_client, "443", cutoff="505")
    after = client.get("/en/draws/").content.decode()
    assert ">505<" in after and ">519<" not in after


def test_an_admin_edit_of_the_pool_gives_the_pages_a_new_version_at_once(staff_client, bundled_feed):
    from draws.models import PoolSnapshot
    from draws.selectors import pool_rank

    snapshot = PoolSnapshot.objects.latest()
    before = pool_rank(score=600)
    bands = list(snapshot.bands.order_by("-crs_min"))
    data = {
        "as_of": snapshot.as_of.isoformat(),
        "total": str(snapshot.total),
        "bands-TOTAL_FORMS": str(len(bands)),
        "bands-INITIAL_FORMS": str(len(bands)),
        "bands-MIN_NUM_FORMS": "0",
        "bands-MAX_NUM_FORMS": "1000",
    }
    for index, band in enumerate(bands):
        data |= {
            f"bands-{index}-id": str(band.pk),
            f"bands-{index}-snapshot": str(snapshot.pk),
            f"bands-{index}-crs_min": str(band.crs_min),
            f"bands-{index}-crs_max": str(band.crs_max),
            f"bands-{index}-count": str(band.count + 1000 if band.crs_min == 601 else band.count),
        }
    response = staff_client.post(f"/admin/draws/poolsnapshot/{snapshot.pk}/change/", data)
    assert response.status_code == 302
    assert pool_rank(score=600).ahead == before.ahead + 1000
