"""``POST /api/score``: a profile in the CRS profile format in, its breakdown out.

Stateless and cookie-free (csrf-exempt, no session), so scripts can call it without a browser
handshake; bodies are capped at 64 KB because a profile is well under 2 KB and the cap keeps
a large upload from tying up a worker. Errors are JSON ``{"error": ...}`` like the CLI's.
"""

import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from calculator.scoring import ProfileError, score

MAX_BODY_BYTES = 64 * 1024


@csrf_exempt
def score_profile(request):
    if request.method != "POST":
        response = _error("use POST with a JSON profile in the body", status=405)
        response["Allow"] = "POST"
        return response
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_BODY_BYTES:
        return _too_large()
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return _too_large()
    try:
        profile = json.loads(body)
    except (ValueError, RecursionError):
        return _error("the body is not valid JSON")
    if not isinstance(profile, dict):
        return _error("the body must be a JSON object: one profile")
    try:
        return JsonResponse(score(profile))
    except ProfileError as error:
        return _error(str(error))


def _too_large():
    return _error(f"the body is larger than {MAX_BODY_BYTES // 1024} KB", status=413)


def _error(message, status=400):
    return JsonResponse({"error": message}, status=status)
