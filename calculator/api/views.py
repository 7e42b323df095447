"""The JSON API: ``POST /api/score``, ``POST /api/eligibility``, ``POST /api/results`` and
``GET /api/openapi.json``, the document that describes them all (``calculator/api/openapi.py``).

Stateless and cookie-free (csrf-exempt, no session), so scripts can call it without a browser
handshake; bodies are capped at 64 KB because a profile is well under 2 KB and the cap keeps
a large upload from tying up a worker. Scoring takes one profile or a list of up to
``MAX_PROFILES``, like the CLI. Every error, an unknown path or a wrong method included, is JSON
of one shape: ``{"error": ..., "field": ...}``, ``field`` only when one field is at fault.
Every endpoint reads its body with ``read_json_body`` so the body rules are written once.
"""

from django.http import JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt

from calculator.api import openapi
from calculator.api.protocol import (
    error_response,
    json_methods,
    json_post,
    read_json_object,
)
from calculator.saved.services import RESULTS_RATE, saved_result_create
from crs.eligibility import EXTRA_KEYS, assess_breakdown
from crs.projection import project_request
from crs.scoring import ProfileError, score
from crs.vocabulary import PROFILE_FIELDS
from throttle.decorators import ratelimit


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


@json_post('{"profile": {...}, "date_of_birth": "YYYY-MM-DD", "working_in", "working_since", "eca_date"}', many=False)
def projection(body):
    """The score month by month: ``{"profile": {...}, "date_of_birth": "YYYY-MM-DD", ...}`` in,
    ``{"points": [{"date", "total", "breakdown", "events"}], "events": [...]}`` out
    (``crs.projection.project_request``); a 400 names the field."""
    return project_request(body)


@csrf_exempt
@ratelimit(rate=RESULTS_RATE, scope="saved-results")
def results_create(request):
    """Save a profile's result: 201 with ``{"id", "url", "breakdown"}``, the url being the share
    page ``/r/<id>/``. Rate-limited per client: a saved result is the only thing a visitor can
    make the server keep."""
    if request.method != "POST":
        response = error_response("use POST with a JSON object in the body: one profile", status=405)
        response["Allow"] = "POST"
        return response
    profile, problem = read_json_object(request, "one profile")
    if problem is not None:
        return problem
    unknown = sorted(map(str, profile.keys() - PROFILE_FIELDS))
    if unknown:  # saving would drop unknown keys; a script should hear about its typo instead
        return error_response(
            f"{unknown[0]}: is not a profile field; the profile format lists: {', '.join(sorted(PROFILE_FIELDS))}",
            field=unknown[0],
        )
    try:
        result = saved_result_create(profile=profile)
    except ProfileError as error:
        return error_response(str(error), field=error.field)
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


@csrf_exempt
@cache_control(public=True, max_age=3600)
@json_methods("GET", "HEAD")
def openapi_document(request):
    """The OpenAPI 3.1 description of this API, built once per process from ``calculator.api.openapi``."""
    return JsonResponse(openapi.document())


@csrf_exempt
def not_found(request, path=""):
    """Any other path under /api/: a JSON 404 pointing at the list of endpoints."""
    return error_response(f"no API endpoint at {request.path}; the endpoints are described at /api/openapi.json", 404)
