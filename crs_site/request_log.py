"""One log line per request, and a request id that ties it to the errors of the same request.

Every response carries ``X-Request-ID``; the id is in the access line (logger
``crs_site.requests``) and, through ``RequestIdFilter`` on the console handler, in every other
record logged while the request runs, Django's "Internal Server Error" traceback included. An
operator given the id from a user's screen or a proxy log finds both lines with one grep.

Behind a proxy (``DJANGO_BEHIND_PROXY``) an ``X-Request-ID`` the proxy sent is kept, so its logs
and ours share the id; otherwise the client's header is ignored and a fresh id is made, so a
client cannot write what it likes into the logs.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid
from collections.abc import Callable
from urllib.parse import quote

from django.conf import settings
from django.http import HttpRequest, HttpResponse

HEADER = "X-Request-ID"
_CURRENT = contextvars.ContextVar("request_id", default="-")
_SAFE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Characters a path may show as they are; anything else (spaces, newlines, quotes) is %-encoded.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"

access_log = logging.getLogger("crs_site.requests")


def current_request_id() -> str:
    """The id of the request being served on this thread, or ``-`` outside one."""
    return _CURRENT.get()


def request_log(get_response: Callable[[HttpRequest], HttpResponse]):
    def middleware(request: HttpRequest) -> HttpResponse:
        request_id = _request_id(request)
        request.request_id = request_id
        token = _CURRENT.set(request_id)
        started = time.perf_counter()
        try:
            response = get_response(request)
            response[HEADER] = request_id
            access_log.info(
                "method=%s path=%s status=%d duration_ms=%.1f",
                request.method,
                quote(request.path, safe=_PATH_SAFE),
                response.status_code,
                (time.perf_counter() - started) * 1000,
            )
            return response
        finally:
            _CURRENT.reset(token)

    return middleware


def _request_id(request: HttpRequest) -> str:
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.headers.get(HEADER, "")
        if _SAFE_ID.fullmatch(forwarded):
            return forwarded
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Give every record a ``request_id`` (``-`` outside a request) for the formatter.

    Django logs a 4xx answer ("Not Found: …") after the middleware has returned, so the request
    the record carries is asked first, then the request being served.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or _CURRENT.get()
        return True


class UTCFormatter(logging.Formatter):
    """ISO 8601 times in UTC, so lines from servers in any time zone sort together."""

    converter = time.gmtime
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"
