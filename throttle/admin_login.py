"""Throttled admin sign-in: after too many failed attempts from one address for
one username (or from one address for any username) the login form answers 429
without checking the password, until the window passes."""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext

from . import counters
from .clients import client_ip

PERIOD = 15 * 60
FAILURES_PER_USERNAME = 5
FAILURES_PER_ADDRESS = 30


def throttled_login(login_view: Callable) -> Callable:
    @functools.wraps(login_view)
    def login(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return login_view(request, *args, **kwargs)
        address = client_ip(request)
        username = f"{address}|{str(request.POST.get('username', ''))[:150].casefold()}"
        if (
            counters.peek(scope="admin-login-user", ident=username, period=PERIOD) >= FAILURES_PER_USERNAME
            or counters.peek(scope="admin-login-ip", ident=address, period=PERIOD) >= FAILURES_PER_ADDRESS
        ):
            return _locked(request)
        response = login_view(request, *args, **kwargs)
        signed_in = request.user.is_authenticated
        if response.status_code == 200 and not signed_in:
            counters.hit(scope="admin-login-user", ident=username, period=PERIOD)
            counters.hit(scope="admin-login-ip", ident=address, period=PERIOD)
        elif signed_in:
            counters.reset(scope="admin-login-user", ident=username, period=PERIOD)
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
