"""``GET /healthz``: is this app server able to serve?  For a load balancer or an orchestrator.

200 ``{"status": "ok"}`` when the database answers a query, else 503 with a JSON error, so a node
that lost its database is taken out of rotation instead of answering every visitor with an error.
No session, no cookie, no language prefix, never cached, and exempt from the HTTPS redirect
(``SECURE_REDIRECT_EXEMPT``) because probes usually speak plain HTTP to the node.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from calculator.api.protocol import error_response, json_methods

logger = logging.getLogger(__name__)


@csrf_exempt
@never_cache
@json_methods("GET", "HEAD")
def healthz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("health check: the database cannot be reached: %s", error)
        return error_response("the database cannot be reached", status=503)
    return JsonResponse({"status": "ok"})
