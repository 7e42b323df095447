"""With DEBUG off the app refuses to start without a real secret key: the key in the repository is
public, and anyone holding it can read and forge sessions (a date of birth was decoded with it).
``manage.py check`` (and migrate, runserver) fails, and so does loading the WSGI application
(gunicorn); ``make`` makes and keeps a local key for ``make serve``."""

import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_DEFAULT = "django-insecure-local-development-key-do-not-use-in-production"


def _run(args, **overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(DJANGO_SETTINGS_MODULE="crs_site.settings", DJANGO_ALLOWED_HOSTS="crs.example.org", **overrides)
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)


def _check(**overrides):
    return _run([sys.executable, "manage.py", "check"], **overrides)


@pytest.mark.parametrize(
    "key",
    [None, "", PUBLIC_DEFAULT, "django-insecure-" + secrets.token_urlsafe(50), "short-but-not-empty"],
    ids=["unset", "empty", "repository-default", "django-insecure", "short"],
)
def test_check_fails_in_production_without_a_real_key(key):
    overrides = {"DJANGO_DEBUG": "0"}
    if key is not None:
        overrides["DJANGO_SECRET_KEY"] = key
    completed = _check(**overrides)
    assert completed.returncode != 0
    assert "DJANGO_SECRET_KEY" in completed.stderr


def test_the_wsgi_application_refuses_to_load_without_a_real_key():
    completed = _run([sys.executable, "-c", "import crs_site.wsgi"], DJANGO_DEBUG="0")
    assert completed.returncode != 0
    assert "DJANGO_SECRET_KEY" in completed.stderr


def test_the_command_line_scores_without_a_secret_key(tmp_path):
    """The README's ``manage.py crs_score`` on a fresh clone: DEBUG off by default, no key set."""
    profile = tmp_path / "profile.json"
    profile.write_text('{"age": 30, "effective_date": "2026-12-01"}')
    completed = _run([sys.executable, "manage.py", "crs_score", str(profile)])
    assert completed.returncode == 0, completed.stderr
    assert '"total"' in completed.stdout


def test_with_a_real_key_or_in_debug_it_starts():
    assert _check(DJANGO_DEBUG="0", DJANGO_SECRET_KEY=secrets.token_urlsafe(50)).returncode == 0
    assert _check(DJANGO_DEBUG="1").returncode == 0
    loaded = _run([sys.executable, "-c", "import crs_site.wsgi"], DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50)
    assert loaded.returncode == 0, loaded.stderr


def _make_prints_key(directory, **env_overrides):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env.update(env_overrides)
    completed = subprocess.run(
        [
            "make",
            "-s",
            "-C",
            str(directory),
            "-f",
            str(ROOT / "Makefile"),
            "--eval",
            "show-key: ; @echo $$DJANGO_SECRET_KEY",
            "show-key",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout.strip()


def test_make_makes_a_local_key_once_and_keeps_it(tmp_path):
    first = _make_prints_key(tmp_path)
    assert len(first) >= 50 and first != PUBLIC_DEFAULT
    assert _make_prints_key(tmp_path) == first
    key_file = tmp_path / ".secret_key"
    assert key_file.read_text().strip() == first
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_make_uses_a_key_given_in_the_environment(tmp_path):
    assert _make_prints_key(tmp_path, DJANGO_SECRET_KEY="from-the-environment-" + "k" * 40).startswith("from-the-env")
