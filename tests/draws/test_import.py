"""`import_draws`: the bundled feed, idempotence, edits and rejection."""

import json
from datetime import UTC, date, datetime

import pytest
from django.core.management import CommandError, call_command

from draws.models import Draw, PoolBand, PoolSnapshot

from .conftest import FEED, SUPPLEMENT


def run(*paths):
    from io import StringIO

    out = StringIO()
    call_command("import_draws", *map(str, paths), stdout=out)
    return out.getvalue()


def write_feed(tmp_path, rounds, name="feed.json"):
    path = tmp_path / name
    path.write_text(json.dumps({"rounds": rounds}))
    return path


@pytest.mark.django_db
def test_the_bundled_feed_and_supplement_import_445_draws_and_125_pool_snapshots():
    output = run(FEED, SUPPLEMENT)
    assert "445 created, 0 updated, 0 unchanged" in output
    assert Draw.objects.count() == 445
    # 122 snapshots in the feed + 3 new as-of dates in the supplement.
    assert PoolSnapshot.objects.count() == 125
    assert PoolBand.objects.count() == 125 * 15
    latest = Draw.objects.newest_first().first()
    assert (latest.number, latest.date, latest.cutoff, latest.invitations) == ("444", date(2026, 9, 16), 389, 250)
    assert latest.programs == "" and latest.drawn_at is None  # trimmed fields import as empty
    assert latest.pool_snapshot.as_of == date(2026, 9, 13)


@pytest.mark.django_db
def test_reimporting_changes_nothing():
    run(FEED, SUPPLEMENT)
    output = run(FEED, SUPPLEMENT)
    assert "0 created, 0 updated, 445 unchanged" in output
    assert "0 created, 0 updated, 125 unchanged" in output


@pytest.mark.django_db
def test_a_round_edited_upstream_is_updated(tmp_path):
    run(FEED)
    rows = json.loads(FEED.read_text())["rounds"]
    edited = next(row for row in rows if row["drawNumber"] == "335")
    edited["drawCutOff"] = "January 1, 2025 at 10:00:00 UTC"
    output = run(write_feed(tmp_path, [edited]))
    assert "0 created, 1 updated, 0 unchanged" in output and "Updated: 335" in output
    assert Draw.objects.get(number="335").tie_break == datetime(2025, 1, 1, 10, tzinfo=UTC)


@pytest.mark.django_db
def test_a_trimmed_row_keeps_the_fields_it_does_not_carry(tmp_path):
    run(FEED)
    row = next(row for row in json.loads(FEED.read_text())["rounds"] if row["drawNumber"] == "434")
    for field in ("drawText2", "drawDateTime"):
        del row[field]
    assert "1 unchanged" in run(write_feed(tmp_path, [row]))
    assert Draw.objects.get(number="434").programs.startswith("Federal Skilled Worker Program")


@pytest.mark.django_db
def test_lettered_draws_91a_and_91b_sort_between_91_and_92():
    run(FEED)
    numbers = list(
        Draw.objects.filter(date__range=("2018-05-23", "2018-06-13"))
        .order_by("date", "sequence")
        .values_list("number", flat=True)
    )
    assert numbers == ["90", "91a", "91b", "92"]


@pytest.mark.django_db
def test_a_malformed_row_rejects_the_whole_import_and_writes_nothing(tmp_path):
    rows = json.loads(FEED.read_text())["rounds"]
    rows[200]["drawCRS"] = "abc"
    with pytest.raises(CommandError, match=r"round 2\d\d.*drawCRS"):
        run(SUPPLEMENT, write_feed(tmp_path, rows))
    assert Draw.objects.count() == 0 and PoolSnapshot.objects.count() == 0


@pytest.mark.django_db
def test_a_file_that_is_not_json_or_not_the_feed_is_rejected(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"rounds": [')
    with pytest.raises(CommandError, match="not valid JSON"):
        run(broken)
    other = tmp_path / "other.json"
    other.write_text("[1, 2]")
    with pytest.raises(CommandError, match="no 'rounds' list"):
        run(other)
    with pytest.raises(CommandError, match="cannot read"):
        run(tmp_path / "missing.json")
    assert Draw.objects.count() == 0


@pytest.mark.django_db
def test_a_failing_second_file_leaves_an_earlier_import_untouched(tmp_path):
    run(FEED)
    rows = json.loads(SUPPLEMENT.read_text())["rounds"]
    rows[-1]["drawCutOff"] = "Smarch 40"
    with pytest.raises(CommandError, match="Nothing imported"):
        run(write_feed(tmp_path, rows))
    assert Draw.objects.count() == 435
