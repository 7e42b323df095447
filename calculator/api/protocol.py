"""The JSON API's plumbing, shared by its views (``calculator/api/views.py``), the OpenAPI document, the
health check and the site's JSON error pages: the body rules, the one error shape, and the limits.

Kept apart from the views so nothing has to import a view module to answer in the API's shape.
"""

import functools
import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from crs.scoring import ProfileError

MAX_BODY_BYTES = 64 * 1024
MAX_PROFILES = 50  # per list: 50 full profiles with their extra answers stay within the 64 KB body


def json_post(expects, *, many=True):
    """Turn ``view(body: dict) -> dict`` into a POST-only JSON endpoint.

    ``expects`` says what the body must be in the 400 and 405 answers. The view may raise
    ``ProfileError``, which becomes a 400 naming the field. With ``many``, a list of up to
    ``MAX_PROFILES`` bodies gets a list of answers in the same order, each failing item replaced
    by its ``{"error", "field"}`` (a 200 all the same), so one bad row does not hide the others:
    the CLI's rule (docs/profile-format.md).
    """

    def decorate(view):
        @csrf_exempt
        @functools.wraps(view)
        @json_methods("POST", expects=f"a JSON object in the body: {expects}")
        def endpoint(request):
            data, problem = read_json_body(request)
            if problem is not None:
                return problem
            if many and isinstance(data, list):
                if len(data) > MAX_PROFILES:
                    return error_response(f"a list holds at most {MAX_PROFILES} items; got {len(data)}")
                return JsonResponse([_answer_or_error(view, item, expects) for item in data], safe=False)
            if not isinstance(data, dict):
                if not many:
                    return error_response(f"the body must be a JSON object: {expects}")
                return error_response(f"the body must be a JSON object ({expects}) or a list of them")
            try:
                return JsonResponse(view(data))
            except ProfileError as error:
                return error_response(str(error), field=error.field)

        return endpoint

    return decorate


def json_methods(*methods, expects=None):
    """Answer any other method with a JSON 405 naming the allowed ones (``Allow`` header too)."""
    allowed = ", ".join(methods)

    def decorate(view):
        @functools.wraps(view)
        def only(request, *args, **kwargs):
            if request.method not in methods:
                use = f"use {' or '.join(methods)}" + (f" with {expects}" if expects else "")
                response = error_response(use, status=405)
                response["Allow"] = allowed
                return response
            return view(request, *args, **kwargs)

        return only

    return decorate


def read_json_body(request):
    """(data, None) or (None, error response): 413 past the cap, 400 unless valid JSON."""
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES:
        return None, _too_large()
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return None, _too_large()
    try:
        return json.loads(body), None
    except (ValueError, RecursionError):
        return None, error_response("the body is not valid JSON")


def read_json_object(request, expects):
    """(dict, None) or (None, error response): ``read_json_body`` for exactly one JSON object."""
    data, problem = read_json_body(request)
    if problem is None and not isinstance(data, dict):
        return None, error_response(f"the body must be a JSON object: {expects}")
    return data, problem


def _answer_or_error(view, item, expects):
    if not isinstance(item, dict):
        return {"error": f"each item must be a JSON object: {expects}"}
    try:
        return view(item)
    except ProfileError as error:
        return _error_body(str(error), error.field)


def _too_large():
    return error_response(f"the body is larger than {MAX_BODY_BYTES // 1024} KB", status=413)


def error_response(message, status=400, field=None):
    """The API's one error shape: ``{"error": message}``, plus ``"field"`` when one is at fault."""
    return JsonResponse(_error_body(message, field), status=status)


def _error_body(message, field=None):
    body = {"error": message}
    if field:
        body["field"] = field
    return body
