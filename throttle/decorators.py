"""``@ratelimit``: at most N requests per client per period for a view.

    from throttle.decorators import ratelimit

    @ratelimit(rate="20/m")                 # POSTs per client IP per minute
    def save_result(request): ...

Over the limit the view is not called: the answer is 429 with ``Retry-After``,
as JSON ``{"error": …}`` for ``/api/`` paths and JSON requests, else plain text.
Every counted answer, 429 or not, tells the budget (``RateLimit-Limit``,
``RateLimit-Remaining``, ``RateLimit-Reset`` in seconds: the IETF draft's names)
so a script can slow down before it is refused.
Counts live in the database (``throttle.counters``), shared by every server.
"""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable, Iterable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext

from . import counters
from .clients import client_ip

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """``"20/m"`` → (20, 60); ``"100/5m"`` → (100, 300)."""
    limit, _, per = rate.partition("/")
    unit = per[-1:]
    multiple = per[:-1] or "1"
    if not limit.isdigit() or unit not in PERIODS or not multiple.isdigit() or int(multiple) < 1:
        raise ValueError(f"rate must look like '20/m' or '100/5m', not {rate!r}")
    return int(limit), int(multiple) * PERIODS[unit]


def ratelimit(
    *,
    rate: str,
    scope: str | None = None,
    key: Callable[[HttpRequest], str] = client_ip,
    methods: Iterable[str] = ("POST",),
) -> Callable:
    """Limit a view to ``rate`` requests per ``key(request)`` (default: client IP).

    ``scope`` names the counter (default: the view's dotted path), so two views
    can share a budget by sharing a scope.  Only ``methods`` are counted.
    """
    limit, period = parse_rate(rate)
    counted = {method.upper() for method in methods}

    def decorate(view: Callable) -> Callable:
        name = scope or f"{view.__module__}.{view.__qualname__}"

        @functools.wraps(view)
        def limited(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if request.method not in counted:
                return view(request, *args, **kwargs)
            hits = counters.hit(scope=name, ident=key(request), period=period)
            response = too_many_requests(request, period=period) if hits > limit else view(request, *args, **kwargs)
            reset = str(_seconds_left(period))
            if response.status_code == 429:
                response["Retry-After"] = reset  # the same second as RateLimit-Reset, read once
            response["RateLimit-Limit"] = str(limit)
            response["RateLimit-Remaining"] = str(max(0, limit - hits))
            response["RateLimit-Reset"] = reset
            return response

        limited.ratelimit = (limit, period, name)
        return limited

    return decorate


def too_many_requests(request: HttpRequest, *, period: int, message: str | None = None) -> HttpResponse:
    message = message or gettext("Too many requests. Please wait a moment and try again.")
    retry_after = str(_seconds_left(period))
    wants_json = request.path.startswith("/api/") or "json" in request.content_type
    if wants_json:
        response = JsonResponse({"error": message}, status=429)
    else:
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = retry_after
    return response


def _seconds_left(period: int) -> int:
    """Seconds until the current fixed window ends (at least 1)."""
    return max(1, math.ceil(period - time.time() % period))
