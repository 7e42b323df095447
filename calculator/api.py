"""The JSON API: ``POST /api/score``, ``POST /api/eligibility`` and ``POST /api/results``.

Stateless and cookie-free (csrf-exempt, no session), so scripts can call it without a browser
handshake; bodies are capped at 64 KB because a profile is well under 2 KB and the cap keeps
a large upload from tying up a worker. Errors are JSON ``{"error": ...}`` like the CLI's.
Every endpoint reads its body with ``read_json_object`` so the body rules are written once.
"""

import functools
import json

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt

from calculator.selectors import PROFILE_KEYS
from calculator.services import saved_result_create
from crs.eligibility import EXTRA_KEYS, assess_breakdown
from crs.projection import project_request
from crs.scoring import ProfileError, score
from throttle.decorators import ratelimit

MAX_BODY_BYTES = 64 * 1024
RESULTS_RATE = "30/10m"  # saved results per client address, shared with the web page's Share button


def json_post(expects):
    """Turn ``view(body: dict) -> dict`` into a POST-only JSON endpoint.

    ``expects`` finishes the sentence "the body must be a JSON object: ..." in the 400 answer.
    The view may raise ``ProfileError``, which becomes a 400 naming the field.
    """

    def decorate(view):
        @csrf_exempt
        @functools.wraps(view)
        def endpoint(request):
            if request.method != "POST":
                response = _error(f"use POST with a JSON object in the body: {expects}", status=405)
                response["Allow"] = "POST"
                return response
            data, problem = read_json_object(request, expects)
            if problem is not None:
                return problem
            try:
                return JsonResponse(view(data))
            except ProfileError as error:
                return _error(str(error))

        return endpoint

    return decorate


def read_json_object(request, expects):
    """(dict, None) or (None, error response): 413 past the cap, 400 unless one JSON object."""
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
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None, _error("the body is not valid JSON")
    if not isinstance(data, dict):
        return None, _error(f"the body must be a JSON object: {expects}")
    return data, None


@json_post("one profile")
def score_profile(profile):
    return score(profile)


@json_post('{"profile": {...}, "extra": {...}}, or one profile with the extra answers alongside')
def eligibility(body):
    """Score and eligibility together, from one scoring of the profile.

    Two shapes are accepted: ``{"profile": {...}, "extra": {...}}`` (``extra`` optional), or a
    flat profile whose extra-answer keys (``crs.eligibility.EXTRA_KEYS``, which no profile
    field shares) are split off, so a form can post everything as one object.
    """
    profile, extra = _split(body)
    breakdown = score(profile)
    return {"breakdown": breakdown, "eligibility": assess_breakdown(profile, breakdown, extra)}


@csrf_exempt
def projection(request):
    """The score month by month: ``{"profile": {...}, "date_of_birth": "YYYY-MM-DD", ...}`` in,
    ``{"points": [{"date", "total", "breakdown", "events"}], "events": [...]}`` out
    (``crs.projection.project_request``); a 400 names the field."""
    expects = '{"profile": {...}, "date_of_birth": "YYYY-MM-DD", "working_in", "working_since", "eca_date"}'
    if request.method != "POST":
        response = _error(f"use POST with a JSON object in the body: {expects}", status=405)
        response["Allow"] = "POST"
        return response
    body, problem = read_json_object(request, expects)
    if problem is not None:
        return problem
    try:
        return JsonResponse(project_request(body))
    except ProfileError as error:
        return _error(str(error), field=error.field)


@csrf_exempt
@ratelimit(rate=RESULTS_RATE, scope="saved-results")
def results_create(request):
    """Save a profile's result: 201 with ``{"id", "url", "breakdown"}``, the url being the share
    page ``/r/<id>/``. Rate-limited per client: a saved result is the only thing a visitor can
    make the server keep."""
    if request.method != "POST":
        response = _error("use POST with a JSON object in the body: one profile", status=405)
        response["Allow"] = "POST"
        return response
    profile, problem = read_json_object(request, "one profile")
    if problem is not None:
        return problem
    unknown = sorted(map(str, profile.keys() - PROFILE_KEYS))
    if unknown:  # saving would drop unknown keys; a script should hear about its typo instead
        return _error(
            f"{unknown[0]}: is not a profile field; the profile format lists: {', '.join(sorted(PROFILE_KEYS))}",
            field=unknown[0],
        )
    try:
        result = saved_result_create(profile=profile)
    except ProfileError as error:
        return _error(str(error), field=error.field)
    url = request.build_absolute_uri(reverse("shared_result", args=[result.public_id]))
    response = JsonResponse({"id": result.public_id, "url": url, "breakdown": result.breakdown}, status=201)
    response["Location"] = url
    return response


def _split(body):
    if "profile" not in body:
        return (
            {k: v for k, v in body.items() if k not in EXTRA_KEYS},
            {k: v for k, v in body.items() if k in EXTRA_KEYS},
        )
    unexpected = sorted(set(body) - {"profile", "extra"})
    if unexpected:
        raise ProfileError(unexpected[0], 'is not allowed beside "profile"; put it in "profile" or "extra"')
    profile, extra = body["profile"], body.get("extra")
    if extra is None:
        extra = {}
    if not isinstance(profile, dict):
        raise ProfileError("profile", "must be a JSON object: one profile")
    return profile, extra


def _too_large():
    return _error(f"the body is larger than {MAX_BODY_BYTES // 1024} KB", status=413)


def _error(message, status=400, field=None):
    body = {"error": message}
    if field:
        body["field"] = field
    return JsonResponse(body, status=status)
