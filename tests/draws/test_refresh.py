"""Fetching IRCC's feed: `import_draws --url`, `refresh_draws` and what they write, against a
local server (tests/draws/feed_server.py); nothing reaches the internet."""

import io
import json
import sys
import threading
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from draws.models import Draw, DrawData, FeedSource

from .conftest import FEED, SUPPLEMENT


def run(command, *args, **options):
    out = io.StringIO()
    call_command(command, *args, stdout=out, **options)
    return out.getvalue()


def feed_bytes(*extra_rounds, encoding="utf-8"):
    rounds = json.loads(FEED.read_text())["rounds"] + json.loads(SUPPLEMENT.read_text())["rounds"]
    return json.dumps({"rounds": [*extra_rounds, *rounds]}, ensure_ascii=False).encode(encoding)


def new_round(number="445", days_ago=1, name="Canadian Experience Class", cutoff=507, programs=""):
    day = timezone.localdate() - timedelta(days=days_ago)
    return {
        "drawNumber": number,
        "drawDate": day.isoformat(),
        "drawName": name,
        "drawSize": "3,000",
        "drawCRS": str(cutoff),
        "drawText2": programs,
        "drawCutOff": f"{day:%B} {day.day}, {day.year} at 09:15:30 UTC",
    }


@pytest.mark.django_db
def test_a_200_imports_the_feed_and_keeps_its_etag_and_last_modified(feed_server):
    feed_server.body = feed_bytes()
    output = run("import_draws", "--url", feed_server.url)
    assert "445 created, 0 updated, 0 unchanged" in output
    assert Draw.objects.count() == 445
    source = FeedSource.objects.get(url=feed_server.url)
    assert (source.etag, source.last_modified) == ('"feed-v1"', "Tue, 01 Dec 2026 14:00:00 GMT")
    assert DrawData.objects.get().checked_at == source.checked_at


@pytest.mark.django_db
def test_an_unchanged_feed_answers_304_to_the_stored_validators_and_the_refresh_says_nothing(feed_server):
    feed_server.body = feed_bytes()
    run("refresh_draws")
    version = DrawData.objects.get().version
    assert run("refresh_draws") == ""
    assert feed_server.requests[-1]["If-None-Match"] == '"feed-v1"'
    assert feed_server.requests[-1]["If-Modified-Since"] == "Tue, 01 Dec 2026 14:00:00 GMT"
    data = DrawData.objects.get()
    assert data.version == version and data.checked_at > data.changed_at  # checked, not changed
    assert "HTTP 304" in run("import_draws", "--url", feed_server.url)


@pytest.mark.django_db
def test_the_default_url_is_the_setting_and_the_refresh_reports_only_changes(feed_server):
    feed_server.body = feed_bytes()
    assert "445 created" in run("refresh_draws")  # no --url: settings.DRAWS_FEED_URL (the local server)
    feed_server.etag = '"feed-v2"'  # the feed changed upstream…
    assert run("refresh_draws") == ""  # …but says nothing new: still quiet
    feed_server.etag = '"feed-v3"'
    feed_server.body = feed_bytes(new_round())
    output = run("refresh_draws")
    assert "1 created, 0 updated, 445 unchanged" in output and "Created: 445" in output


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("mode", "reason"),
    [("error", "HTTP 500"), ("slow", "no answer within"), ("truncated", "cut short")],
)
def test_a_bad_or_unreachable_feed_exits_non_zero_and_writes_nothing(feed_server, settings, mode, reason):
    settings.DRAWS_FEED_TIMEOUT = 0.5
    feed_server.mode, feed_server.delay = mode, 2.0
    feed_server.body = feed_bytes()
    with pytest.raises(CommandError, match=reason):
        run("refresh_draws")
    assert not Draw.objects.exists() and not FeedSource.objects.exists() and not DrawData.objects.exists()


@pytest.mark.django_db
def test_a_feed_with_one_bad_round_writes_nothing(feed_server):
    broken = new_round()
    broken["drawCRS"] = "1300"
    feed_server.body = feed_bytes(broken)
    with pytest.raises(CommandError, match="round 445: drawCRS 1300 is outside 0-1200"):
        run("refresh_draws")
    assert not Draw.objects.exists()


@pytest.mark.django_db
def test_an_unreachable_url_is_an_error_not_a_traceback():
    with pytest.raises(CommandError, match="unreachable"):
        run("refresh_draws")  # the tests' DRAWS_FEED_URL: a closed local port


@pytest.mark.django_db
def test_a_windows_1252_feed_is_read(feed_server):
    programs = "Programme des candidats des provinces — «PCP» et Expérience canadienne"
    feed_server.body = feed_bytes(new_round(programs=programs), encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        feed_server.body.decode("utf-8")
    run("refresh_draws")
    assert Draw.objects.get(number="445").programs == programs


@pytest.mark.django_db
def test_a_new_round_in_the_feed_shows_on_the_pages(feed_server, client):
    feed_server.body = feed_bytes()
    run("refresh_draws")
    client.get("/en/draws/")  # the pages hold the previous version…
    feed_server.etag = '"feed-v2"'
    feed_server.body = feed_bytes(new_round(cutoff=507))
    run("refresh_draws")
    listing = client.get("/en/draws/").content.decode()  # …and read the new one at once
    assert "446 rounds" in listing and ">445</th>" in listing
    assert "up to #445" in listing
    standing = client.get("/en/draws/standing/", {"score": "507"}).content.decode()
    assert "up to #445" in standing


@pytest.mark.django_db
def test_dry_run_says_what_would_change_and_writes_nothing(feed_server):
    feed_server.body = feed_bytes(new_round())
    output = run("import_draws", "--url", feed_server.url, "--dry-run")
    assert "Dry run, nothing written. Draws: 446 created" in output
    assert not Draw.objects.exists() and not FeedSource.objects.exists()


@pytest.mark.django_db
def test_a_dash_reads_the_feed_from_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(feed_bytes(encoding="utf-8"))))
    assert "445 created" in run("import_draws", "-")


@pytest.mark.django_db(transaction=True)
def test_two_refreshes_at_once_neither_fails_nor_duplicates(feed_server):
    feed_server.body = feed_bytes()
    feed_server.wait_for = 2  # both requests are in flight before either is answered
    outputs, errors = [], []

    def refresh():
        try:
            outputs.append(run("refresh_draws", verbosity=2))
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert len(feed_server.requests) == 2
    assert Draw.objects.count() == 445
    assert sorted("445 created" in output for output in outputs) == [False, True]
    assert any("0 created, 0 updated, 445 unchanged" in output for output in outputs)


def test_a_feed_over_the_size_cap_is_refused(feed_server):
    from draws.feed import FeedError
    from draws.fetch import fetch

    feed_server.body = feed_bytes()
    with pytest.raises(FeedError, match="over the 100000-byte limit"):
        fetch(feed_server.url, max_bytes=100_000)
    assert fetch(feed_server.url).etag == '"feed-v1"'
