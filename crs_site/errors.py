"""The 400 and 500 answers Django makes itself: JSON of the API's error shape under /api/, the
HTML page elsewhere (a 400 here is a request Django refuses before any view, e.g. a bad Host).

Both carry the request id (``crs_site.request_log``) that the logged traceback carries, in the
``X-Request-ID`` header, and the JSON says it too, so a script can quote it and an operator can
find the error.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.defaults import bad_request as html_bad_request
from django.views.defaults import server_error as html_server_error

from calculator.api.protocol import error_response
from crs_site.request_log import current_request_id


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return error_response(f"internal error; request id {current_request_id()}", status=500)
    return html_server_error(request)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return error_response("bad request", status=400)
    return html_bad_request(request, exception)
