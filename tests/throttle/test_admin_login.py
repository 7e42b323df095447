"""Admin sign-in is throttled: too many failures lock that address and username out."""

import pytest
from django.contrib.auth import get_user_model

from throttle import admin_login

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_superuser("boss", "boss@example.org", "correct horse battery")


def _attempt(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip)


def test_after_too_many_failures_even_the_right_password_gets_429(client, admin_user):
    for _ in range(admin_login.FAILURES_PER_USERNAME):
        assert _attempt(client, "boss", "wrong").status_code == 200
    locked = _attempt(client, "boss", "correct horse battery")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) > 0
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session


def test_a_lockout_is_per_address_and_username(client, admin_user):
    for _ in range(admin_login.FAILURES_PER_USERNAME):
        _attempt(client, "boss", "wrong")
    assert _attempt(client, "boss", "correct horse battery", ip="198.51.100.2").status_code == 302
    assert _attempt(client, "someone-else", "wrong").status_code == 200


def test_one_address_trying_many_usernames_is_locked_out(client, monkeypatch):
    monkeypatch.setattr(admin_login, "FAILURES_PER_ADDRESS", 4)
    for n in range(4):
        assert _attempt(client, f"user{n}", "wrong").status_code == 200
    assert _attempt(client, "user99", "wrong").status_code == 429


def test_a_successful_sign_in_clears_the_failures(client, admin_user):
    for _ in range(admin_login.FAILURES_PER_USERNAME - 1):
        _attempt(client, "boss", "wrong")
    assert _attempt(client, "boss", "correct horse battery").status_code == 302
    client.logout()
    for _ in range(admin_login.FAILURES_PER_USERNAME - 1):
        assert _attempt(client, "boss", "wrong").status_code == 200


def test_the_login_form_still_shows(client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert b'name="username"' in response.content
