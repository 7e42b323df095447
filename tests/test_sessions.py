"""The session store (crs_site.sessions): Django's database sessions with a plain-SQL read.

Only the read is ours, so these check what the read must keep from Django's: the data comes back,
an unknown or expired key is never adopted, and a read is one query.  CI runs them on SQLite and
on PostgreSQL.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from crs_site.sessions import SessionStore

pytestmark = pytest.mark.django_db


def _saved(data):
    store = SessionStore()
    store.update(data)
    store.save()
    return store.session_key


def test_the_site_uses_this_store():
    assert settings.SESSION_ENGINE == "crs_site.sessions"


def test_a_saved_session_reads_back_in_one_query():
    key = _saved({"crs_wizard": {"you": {"age": 31, "marital_status": "single"}}})
    with CaptureQueriesContext(connection) as queries:
        loaded = SessionStore(key).load()
    assert loaded == {"crs_wizard": {"you": {"age": 31, "marital_status": "single"}}}
    assert len(queries) == 1


def test_an_unknown_key_reads_empty_and_is_not_adopted_on_save():
    chosen = "a" * 32
    store = SessionStore(chosen)
    assert store.load() == {}
    store["crs_wizard"] = {}
    store.save()
    assert store.session_key != chosen
    assert not Session.objects.filter(session_key=chosen).exists()


def test_an_expired_session_reads_empty():
    key = _saved({"crs_wizard": {"you": {"age": 31}}})
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    store = SessionStore(key)
    assert store.load() == {}
    assert store.session_key is None


def test_a_session_about_to_expire_still_reads():
    key = _saved({"crs_wizard": {"you": {"age": 31}}})
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() + timedelta(minutes=1))
    assert SessionStore(key).load() == {"crs_wizard": {"you": {"age": 31}}}


def test_a_tampered_session_reads_empty():
    key = _saved({"crs_wizard": {"you": {"age": 31}}})
    Session.objects.filter(session_key=key).update(session_data="not-signed-data")
    assert SessionStore(key).load() == {}


def test_clearsessions_removes_expired_sessions_only():
    from django.core.management import call_command

    kept, expired = _saved({"crs_wizard": {}}), _saved({"crs_wizard": {}})
    Session.objects.filter(session_key=expired).update(expire_date=timezone.now() - timedelta(days=1))
    call_command("clearsessions")
    assert set(Session.objects.values_list("session_key", flat=True)) == {kept}
