"""Refuse to run in production on a key anyone can read.

The development key is in the repository: with it, anyone can decode a session (answers, a date of
birth) and forge one. So with DEBUG off, a missing, public (``django-insecure-…``) or short
``DJANGO_SECRET_KEY`` is an error: a system check (``manage.py check``, ``migrate``, ``runserver``
fail) and, because gunicorn runs no checks, ``crs_site.wsgi`` raises before serving anything.
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured

MIN_SECRET_KEY_LENGTH = 50


def secret_key_problem() -> str | None:
    """Why this process must not serve with its secret key, or None."""
    if settings.DEBUG:
        return None
    key = settings.SECRET_KEY
    if not key or key == settings.DEVELOPMENT_SECRET_KEY or key.startswith("django-insecure-"):
        return (
            "DJANGO_SECRET_KEY is not set (or is the public development key) and DEBUG is off: set it to "
            f"{MIN_SECRET_KEY_LENGTH}+ random characters, the same on every server."
        )
    if len(key) < MIN_SECRET_KEY_LENGTH:
        return f"DJANGO_SECRET_KEY is shorter than {MIN_SECRET_KEY_LENGTH} characters."
    return None


def check_secret_key(app_configs, **kwargs) -> list[Error]:
    problem = secret_key_problem()
    return [Error(problem, id="crs_site.E001")] if problem else []


def refuse_to_serve_without_a_secret_key() -> None:
    problem = secret_key_problem()
    if problem:
        raise ImproperlyConfigured(problem)
