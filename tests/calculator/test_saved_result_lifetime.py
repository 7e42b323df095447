"""Saved results live for a stated time (SAVED_RESULT_LIFETIME_DAYS, default 365): the share page
says until when, an expired link answers 410 until ``purge_saved_results`` deletes it, and the
browser that made a link can delete it (a POST with a CSRF token, confirmed on a page of its own,
no JavaScript needed)."""

import datetime
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format

from calculator.models import SavedResult
from calculator.saved.services import saved_result_create
from tests.calculator.conftest import SINGLE

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved():
    return saved_result_create(profile=SINGLE)


def _make_old(saved, days):
    """Move ``created_at`` back (saved results refuse updates, so this goes around the model)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {SavedResult._meta.db_table} SET created_at = %s WHERE id = %s",
            [timezone.now() - datetime.timedelta(days=days), saved.pk],
        )


def test_the_default_lifetime_is_twelve_months():
    assert settings.SAVED_RESULT_LIFETIME_DAYS == 365


def test_the_share_page_says_until_when_the_result_is_kept(saved, client):
    html = client.get(f"/r/{saved.public_id}/").content.decode()
    until = date_format(timezone.localtime(saved.created_at + datetime.timedelta(days=365)), "DATE_FORMAT")
    assert f"Kept until {until}, then deleted." in html


def test_the_french_share_page_says_it_too(saved, client):
    html = client.get(f"/r/{saved.public_id}/?lang=fr").content.decode()
    assert "Conservé jusqu’au" in html


@pytest.mark.parametrize(("method", "suffix"), [("get", ""), ("get", "card.png"), ("post", "start/")])
def test_an_expired_result_is_410(saved, client, method, suffix):
    _make_old(saved, 366)
    response = getattr(client, method)(f"/r/{saved.public_id}/{suffix}")
    assert response.status_code == 410


def test_the_410_page_says_the_result_expired(saved, client):
    _make_old(saved, 366)
    html = client.get(f"/r/{saved.public_id}/").content.decode()
    assert "This saved result has expired" in html


def test_the_410_page_is_in_french_for_a_french_reader(saved, client):
    _make_old(saved, 366)
    html = client.get(f"/r/{saved.public_id}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Ce résultat enregistré a expiré" in html
    assert "365 jours" in html


def test_the_lifetime_is_a_setting(saved, client, settings):
    settings.SAVED_RESULT_LIFETIME_DAYS = 30
    _make_old(saved, 31)
    assert client.get(f"/r/{saved.public_id}/").status_code == 410


def test_the_purge_command_deletes_expired_results_only(saved):
    fresh = saved_result_create(profile=SINGLE)
    _make_old(saved, 400)
    out = io.StringIO()
    call_command("purge_saved_results", stdout=out)
    assert list(SavedResult.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert "1" in out.getvalue()


# --- deleting a link from the browser that made it ---------------------------------------------


@pytest.fixture
def shared(single_done):
    response = single_done.post("/en/calculator/share/")
    public_id = response["Location"].split("/")[2]
    return single_done, public_id


def test_the_maker_sees_a_delete_link_and_others_do_not(shared):
    client, public_id = shared
    assert f"/r/{public_id}/delete/" in client.get(f"/r/{public_id}/").content.decode()
    assert f"/r/{public_id}/delete/" not in Client().get(f"/r/{public_id}/").content.decode()


def test_the_maker_confirms_then_deletes_the_link(shared):
    client, public_id = shared
    confirm = client.get(f"/r/{public_id}/delete/")
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html
    assert SavedResult.objects.filter(public_id=public_id).exists()
    done = client.post(f"/r/{public_id}/delete/")
    assert done.status_code == 200
    assert "deleted" in done.content.decode()
    assert not SavedResult.objects.filter(public_id=public_id).exists()
    assert client.get(f"/r/{public_id}/").status_code == 404


def test_a_scenario_share_can_be_deleted_by_its_maker(single_done):
    single_done.post("/en/calculator/scenarios/new/")
    public_id = single_done.post("/en/calculator/scenarios/1/share/")["Location"].split("/")[2]
    assert single_done.post(f"/r/{public_id}/delete/").status_code == 200
    assert not SavedResult.objects.filter(public_id=public_id).exists()


def test_another_browser_cannot_delete_it(shared):
    _client, public_id = shared
    other = Client()
    assert other.get(f"/r/{public_id}/delete/").status_code == 404
    assert other.post(f"/r/{public_id}/delete/").status_code == 404
    assert SavedResult.objects.filter(public_id=public_id).exists()


def test_a_forged_ownership_cookie_is_ignored(shared):
    _client, public_id = shared
    other = Client()
    other.cookies["crs_links"] = public_id
    assert other.post(f"/r/{public_id}/delete/").status_code == 404


def test_the_delete_needs_a_csrf_token(shared):
    client, public_id = shared
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = client.cookies
    assert strict.post(f"/r/{public_id}/delete/").status_code == 403
    assert SavedResult.objects.filter(public_id=public_id).exists()


def test_start_over_keeps_the_power_to_delete_links(shared):
    client, public_id = shared
    client.post("/en/calculator/start-over/")
    assert client.post(f"/r/{public_id}/delete/").status_code == 200
