"""Throttled admin sign-in: at most 5 attempts per address and username, and 30 per address for
any username, in 15 minutes; past that the login form answers 429 without checking the password.

Two rules make the limit hold:

- **Count, then check.** An attempt is counted (one atomic statement) before its password is
  checked, so attempts sent in parallel cannot all pass a check that none of them has counted
  yet. A successful sign-in clears its username's count.
- **One username, however spelt.** The username is read the way sign-in reads it (Django's
  ``UsernameField``: surrounding spaces stripped, NFKC, so ``'admin '`` and full-width ``ａｄｍｉｎ``
  are ``admin``) and case-folded, so no spelling that signs in as a user gets its own budget.

django-axes was considered and not used: it checks the lockout before the password and records the
failure after it (``AxesBackend.authenticate``, then the ``user_login_failed`` signal), the same
check-then-count race. Lockouts show in the admin (``SignInLockout``) where staff can lift them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.contrib.auth.forms import UsernameField
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from . import counters
from .clients import client_ip

PERIOD = 15 * 60
FAILURES_PER_USERNAME = 5
FAILURES_PER_ADDRESS = 30
USER_SCOPE = "admin-login-user"
ADDRESS_SCOPE = "admin-login-ip"


def normalised_username(value: object) -> str:
    """The username as sign-in reads it (strip, NFKC), case-folded."""
    return (UsernameField().to_python(str(value)[:150]) or "").casefold()


def throttled_login(login_view: Callable) -> Callable:
    @functools.wraps(login_view)
    def login(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return login_view(request, *args, **kwargs)
        address = client_ip(request)
        username = normalised_username(request.POST.get("username", ""))
        user_ident = f"{address}|{username}"
        user_hits = counters.hit(scope=USER_SCOPE, ident=user_ident, period=PERIOD, label=f"{username} from {address}")
        address_hits = counters.hit(scope=ADDRESS_SCOPE, ident=address, period=PERIOD, label=address)
        if user_hits > FAILURES_PER_USERNAME or address_hits > FAILURES_PER_ADDRESS:
            return _locked(request)
        response = login_view(request, *args, **kwargs)
        if request.user.is_authenticated:
            counters.reset(scope=USER_SCOPE, ident=user_ident, period=PERIOD)
        return response

    return login


def _locked(request: HttpRequest) -> HttpResponse:
    response = TemplateResponse(
        request,
        "throttle/locked.html",
        {
            "message": gettext("Too many failed sign-in attempts. Please try again in %(minutes)d minutes.")
            % {"minutes": PERIOD // 60}
        },
        status=429,
    )
    response["Retry-After"] = str(PERIOD)
    return response
