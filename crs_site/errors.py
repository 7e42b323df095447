"""The 500 answer: JSON of the API's error shape under /api/, the HTML page elsewhere.

Both carry the request id (``crs_site.request_log``) that the logged traceback carries, in the
``X-Request-ID`` header, and the JSON says it too, so a script can quote it and an operator can
find the error.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.defaults import server_error as html_server_error

from calculator.api import error_response
from crs_site.request_log import current_request_id


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return error_response(f"internal error; request id {current_request_id()}", status=500)
    return html_server_error(request)
