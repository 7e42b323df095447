"""Admin sign-in lockouts hold under parallel attempts and for every spelling of a username that
signs in as the same user, and staff see them in the admin and can lift them."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from throttle import admin_login

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery"
IP = "203.0.113.7"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def boss():
    return get_user_model().objects.create_superuser("boss", "boss@example.org", PASSWORD)


def _attempt(client, username, password, ip=IP):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip)


def test_attempts_made_while_a_password_is_being_checked_are_counted_first(monkeypatch, boss):
    """Parallel attempts, made deterministic: while the first password is checked, twelve more
    arrive. Counted before their check, only the first five reach a password check at all."""
    checked = []
    from django.contrib.auth import forms

    original_clean = forms.AuthenticationForm.clean

    def clean(form):
        checked.append(form.data.get("username"))
        if len(checked) == 1:
            for _ in range(12):
                _attempt(Client(), "boss", "wrong")
        return original_clean(form)

    monkeypatch.setattr(forms.AuthenticationForm, "clean", clean)
    _attempt(Client(), "boss", "wrong")
    assert len(checked) == admin_login.FAILURES_PER_USERNAME


@pytest.mark.parametrize("spelling", ["boss ", " boss", "\tboss", "ｂｏｓｓ", "BOSS", "ｂｏｓｓ "])
def test_a_locked_username_stays_locked_under_every_spelling_that_signs_in_as_it(client, boss, spelling):
    for _ in range(admin_login.FAILURES_PER_USERNAME):
        assert _attempt(client, "boss", "wrong").status_code == 200
    response = _attempt(client, spelling, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_spellings_share_one_budget(client, boss):
    for spelling in ["boss", "boss ", " boss", "ｂｏｓｓ", "Boss"]:
        assert _attempt(client, spelling, "wrong").status_code == 200
    assert _attempt(client, "boss", PASSWORD).status_code == 429


@pytest.fixture
def staff_client(boss):
    other = get_user_model().objects.create_superuser("keeper", "keeper@example.org", "another password 42")
    client = Client()
    client.force_login(other)
    return client


def test_staff_see_a_lockout_and_can_lift_it(client, boss, staff_client):
    for _ in range(admin_login.FAILURES_PER_USERNAME):
        _attempt(client, "boss", "wrong")
    assert _attempt(client, "boss", PASSWORD).status_code == 429

    listing = staff_client.get("/admin/throttle/signinlockout/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "boss from 203.0.113.7" in html
    lockouts = listing.context["cl"].result_list
    chosen = [str(lockout.pk) for lockout in lockouts if lockout.label == "boss from 203.0.113.7"]
    assert len(chosen) == 1

    lifted = staff_client.post(
        "/admin/throttle/signinlockout/", {"action": "unlock", "_selected_action": chosen}, follow=True
    )
    assert lifted.status_code == 200
    assert _attempt(client, "boss", PASSWORD).status_code == 302


def test_the_lockout_list_is_staff_only(client):
    assert client.get("/admin/throttle/signinlockout/").status_code == 302
