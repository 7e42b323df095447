"""The OpenAPI 3.1 document of the JSON API, served at ``GET /api/openapi.json``.

Written once, here, as data: ``PATHS`` has one entry per endpoint, built with ``post_json`` (or by
hand for a GET), and the schemas they name are in ``SCHEMAS``. The value lists come from the
engines (education levels, language tests, extra answers), so the document cannot disagree with
what the engines accept. To add an endpoint: its route in ``calculator/api/urls.py``, its entry in ``PATHS``,
its schemas in ``SCHEMAS``, and a request per answer in ``tests/calculator/test_openapi.py``, which
checks real answers of every endpoint, errors included, against this document and fails on any
route or answer it does not describe.
"""

from __future__ import annotations

import functools

from calculator.api.protocol import MAX_BODY_BYTES, MAX_PROFILES
from calculator.saved.services import RESULTS_RATE
from crs.eligibility import EXTRA_FIELDS, OCCUPATION_CATEGORIES
from crs.projection import HORIZON_MONTHS, MAX_HORIZON_MONTHS, WORKING_IN
from crs.scoring import RULE_SETS
from crs.scoring.language_tests import ABILITIES, LANGUAGE_TESTS
from crs.scoring.profile import LANGUAGES
from crs.scoring.rule_set import CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS, MARITAL_STATUSES
from crs.vocabulary import MAX_SCORE
from throttle.decorators import parse_rate

OPENAPI_VERSION = "3.1.0"


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, *, required: tuple[str, ...] = (), closed: bool = True, **more) -> dict:
    schema = {"type": "object", "properties": properties, **more}
    if required:
        schema["required"] = list(required)
    if closed:
        schema["additionalProperties"] = False
    return schema


_INT = {"type": "integer"}
_YEARS = {"type": "integer", "minimum": 0}
_BOOL = {"type": "boolean"}
_DATE = {"type": "string", "format": "date", "examples": ["2026-08-15"]}
_TEXT = {"type": "string"}
_MAYBE_BOOL = {"type": ["boolean", "null"]}


def _points(*names: str) -> dict:
    return _object({name: _INT for name in names}, required=names)


def _levels(extra: dict) -> dict:
    return _object({**extra, **{ability: _INT for ability in ABILITIES}}, required=(*extra, *ABILITIES))


def _extra_answer(field) -> dict:
    if field.kind == "bool":
        return _MAYBE_BOOL
    if field.kind == "int":
        return {"type": ["integer", "null"], "minimum": 0}
    if field.kind == "noc":
        return {"type": ["string", "null"], "pattern": "^[0-9]{4,5}$"}
    return {"enum": [*field.choices, None]}


_PROFILE_PROPERTIES = {
    "effective_date": {**_DATE, "description": "The day the profile is scored on; selects the rules. Default: today."},
    "marital_status": {"enum": list(MARITAL_STATUSES)},
    "spouse_citizen_or_pr": _BOOL,
    "spouse_accompanying": _BOOL,
    "age": {"type": "integer", "minimum": 0, "maximum": 120, "description": "Completed years on the scoring day."},
    "education": {"enum": list(EDUCATION_LEVELS)},
    "canadian_education": {"enum": list(CANADIAN_EDUCATION_LEVELS)},
    "first_language": {"anyOf": [ref("LanguageResult"), {"type": "null"}]},
    "second_language": {"anyOf": [ref("LanguageResult"), {"type": "null"}]},
    "canadian_work_years": _YEARS,
    "foreign_work_years": _YEARS,
    "certificate_of_qualification": _BOOL,
    "job_offer": {"anyOf": [ref("JobOffer"), {"type": "null"}]},
    "provincial_nomination": _BOOL,
    "sibling_in_canada": _BOOL,
    "spouse_sibling_in_canada": _BOOL,
    "spouse_education": {"enum": list(EDUCATION_LEVELS)},
    "spouse_language": {"anyOf": [ref("LanguageResult"), {"type": "null"}]},
    "spouse_canadian_work_years": _YEARS,
}
_EXTRA_PROPERTIES = {field.key: _extra_answer(field) for field in EXTRA_FIELDS}

_REQUIREMENT = _object(
    {
        "id": _TEXT,
        "met": _MAYBE_BOOL,
        "detail": _TEXT,
        "message": ref("Message"),
        "needs": {"type": "array", "items": _TEXT, "description": "The extra answers that would decide it."},
    },
    required=("id", "met", "detail", "message"),
)
_PROGRAM = _object(
    {"eligible": _MAYBE_BOOL, "requirements": {"type": "array", "items": _REQUIREMENT}},
    required=("eligible", "requirements"),
    closed=False,
)

SCHEMAS: dict[str, dict] = {
    "Error": _object(
        {
            "error": {"type": "string", "description": "What is wrong, in plain English."},
            "field": {"type": "string", "description": "The dotted path of the value at fault, when one is."},
        },
        required=("error",),
    ),
    "LanguageResult": {
        "description": "CLB levels directly, or a test's raw scores (IELTS means General Training).",
        "oneOf": [
            _object(
                {"language": {"enum": list(LANGUAGES)}, "clb": _levels({}), "test_date": _DATE},
                required=("language", "clb"),
            ),
            _object(
                {
                    "test": {"enum": list(LANGUAGE_TESTS)},
                    "scores": _object(
                        {ability: {"type": ["number", "string"]} for ability in ABILITIES}, required=ABILITIES
                    ),
                    "test_date": {**_DATE, "description": "Picks the TEF Canada scale."},
                },
                required=("test", "scores"),
            ),
        ],
    },
    "JobOffer": _object(
        {
            "teer": {"type": "integer", "minimum": 0, "maximum": 5},
            "major_group_00": _BOOL,
            "noc2016_skill": {"enum": ["0", "A", "B", "C", "D"], "description": "Before 2022-11-16."},
            "qualifying": _BOOL,
        }
    ),
    "Profile": _object(
        _PROFILE_PROPERTIES,
        required=("age",),
        description="One profile in the CRS profile format (docs/profile-format.md).",
    ),
    "ExtraAnswers": _object(
        _EXTRA_PROPERTIES,
        description="What eligibility needs beyond the profile; every answer optional (null = not given).",
    ),
    "EligibilityBody": {
        "oneOf": [
            _object(
                {"profile": ref("Profile"), "extra": {"anyOf": [ref("ExtraAnswers"), {"type": "null"}]}},
                required=("profile",),
            ),
            _object(
                {**_PROFILE_PROPERTIES, **_EXTRA_PROPERTIES},
                required=("age",),
                description="One profile with the extra answers alongside (no key is in both).",
            ),
        ]
    },
    "Breakdown": _object(
        {
            "rules": {"enum": [rule_set.id for rule_set in RULE_SETS], "description": "The rule set applied."},
            "effective_date": _DATE,
            "with_spouse": _BOOL,
            "clb": _object(
                {
                    key: {"anyOf": [_levels({"language": {"enum": list(LANGUAGES)}}), {"type": "null"}]}
                    for key in ("first", "second", "spouse")
                },
                required=("first", "second", "spouse"),
            ),
            "core": _object(
                {
                    **{name: _INT for name in ("age", "education", "first_language", "second_language")},
                    "first_language_by_ability": _points(*ABILITIES),
                    "canadian_work": _INT,
                    "subtotal": _INT,
                },
                required=(
                    "age",
                    "education",
                    "first_language",
                    "first_language_by_ability",
                    "second_language",
                    "canadian_work",
                    "subtotal",
                ),
            ),
            "spouse": _points("education", "language", "canadian_work", "subtotal"),
            "transferability": _points(
                "education_language",
                "education_canadian_work",
                "education_subtotal",
                "foreign_language",
                "foreign_canadian_work",
                "foreign_subtotal",
                "certificate_language",
                "certificate_subtotal",
                "subtotal",
            ),
            "additional": _points(
                "provincial_nomination", "job_offer", "canadian_education", "french", "sibling", "uncapped", "subtotal"
            ),
            "total": {"type": "integer", "minimum": 0, "maximum": MAX_SCORE},
            "warnings": {"type": "array", "items": _TEXT},
        },
        required=(
            "rules",
            "effective_date",
            "with_spouse",
            "clb",
            "core",
            "spouse",
            "transferability",
            "additional",
            "total",
            "warnings",
        ),
        description="The CRS points, line by line (docs/profile-format.md, Output).",
    ),
    "Message": {
        "description": "A sentence to translate: a gettext msgid and its parameters, or a list of them to join.",
        "oneOf": [
            _object(
                {
                    "msgid": _TEXT,
                    "params": {
                        "type": "object",
                        "description": "A number, a word, a nested message or an object naming a thing.",
                        "additionalProperties": {"type": ["integer", "number", "string", "object"]},
                    },
                },
                required=("msgid", "params"),
            ),
            _object({"join": _TEXT, "items": {"type": "array", "items": ref("Message")}}, required=("join", "items")),
        ],
    },
    "Eligibility": _object(
        {
            "effective_date": _DATE,
            "rules": {"type": "object", "additionalProperties": _TEXT},
            "fsw": _PROGRAM,
            "cec": _PROGRAM,
            "fst": _PROGRAM,
            "eligible_programs": {"type": "array", "items": {"enum": ["fsw", "cec", "fst"]}},
            "any_program": _MAYBE_BOOL,
            "settlement_funds": {"type": "object"},
            "categories": {
                "type": "array",
                "items": _object(
                    {
                        "id": {"type": "string", "examples": ["french", *OCCUPATION_CATEGORIES]},
                        "name": _TEXT,
                        "criteria_met": _MAYBE_BOOL,
                        "eligible": _MAYBE_BOOL,
                        "requirements": {"type": "array", "items": _REQUIREMENT},
                    },
                    required=("id", "name", "eligible", "requirements"),
                    closed=False,
                ),
            },
            "missing": {"type": "array", "items": {"enum": [field.key for field in EXTRA_FIELDS]}},
            "notes": {"type": "array", "items": _TEXT},
            "note_messages": {"type": "array", "items": ref("Message")},
        },
        required=("effective_date", "fsw", "cec", "fst", "eligible_programs", "categories", "missing"),
        closed=False,
        description="Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and category draws "
        "(docs/eligibility.md); null where an answer is missing.",
    ),
    "ScoreAndEligibility": _object(
        {"breakdown": ref("Breakdown"), "eligibility": ref("Eligibility")}, required=("breakdown", "eligibility")
    ),
    "SavedResult": _object(
        {"id": _TEXT, "url": {"type": "string", "format": "uri"}, "breakdown": ref("Breakdown")},
        required=("id", "url", "breakdown"),
    ),
    "Health": _object({"status": {"const": "ok"}}, required=("status",)),
    "ProjectionRequest": _object(
        {
            "profile": ref("Profile"),
            "date_of_birth": {**_DATE, "description": "Birthdays move the age points on their day."},
            "working_in": {"enum": [*WORKING_IN, None], "description": "Where the current job is."},
            "working_since": {**_DATE, "description": "When the current job began (with working_in)."},
            "eca_date": {**_DATE, "description": "When the ECA was issued: it is valid five years."},
            "months": {"type": "integer", "minimum": 1, "maximum": MAX_HORIZON_MONTHS, "default": HORIZON_MONTHS},
        },
        required=("profile",),
    ),
    "ProjectionEvent": _object(
        {
            "date": _DATE,
            "kind": {"enum": ["birthday", "canadian_work", "foreign_work", "language_expires", "eca_expires"]},
            "params": {"type": "object"},
            "points": {"type": ["integer", "null"]},
        },
        required=("date", "kind", "params", "points"),
        closed=False,
    ),
    "Projection": _object(
        {
            "start": _DATE,
            "end": _DATE,
            "age_from_date_of_birth": {"type": "boolean"},
            "points": {
                "type": "array",
                "items": _object(
                    {
                        "date": _DATE,
                        "total": {"type": "integer", "minimum": 0},
                        "breakdown": ref("Breakdown"),
                        "events": {"type": "array", "items": ref("ProjectionEvent")},
                    },
                    required=("date", "total", "breakdown", "events"),
                ),
            },
            "events": {"type": "array", "items": ref("ProjectionEvent")},
        },
        required=("start", "end", "points", "events"),
        closed=False,
    ),
}


def _header(description: str, schema: dict | None = None) -> dict:
    return {"description": description, "schema": schema or {"type": "integer", "minimum": 0}}


HEADERS = {
    "X-Request-ID": {
        "description": "This request's id, also in the server's log lines for it; quote it when reporting a problem.",
        "required": True,
        "schema": _TEXT,
    },
    "Retry-After": _header("Seconds until the limit's window ends and requests are accepted again."),
    "RateLimit-Limit": _header("Requests allowed per client address in each window."),
    "RateLimit-Remaining": _header("Requests left in the current window."),
    "RateLimit-Reset": _header("Seconds until the current window ends."),
}
_RATE_HEADERS = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


def answer(description: str, schema: dict, *, headers: tuple[str, ...] = ()) -> dict:
    """One documented answer: JSON of ``schema``, with the X-Request-ID every answer carries."""
    names = ("X-Request-ID", *headers)
    return {
        "description": description,
        "headers": {name: {"$ref": f"#/components/headers/{name}"} for name in names},
        "content": {"application/json": {"schema": schema}},
    }


def errors(*statuses: int) -> dict:
    """The documented error answers, all of the ``Error`` shape; a 429 names its headers."""
    described = {
        400: "The body is not valid JSON, not the expected shape, or a value is not allowed; `field` names it.",
        405: "Another method than the one(s) in the `Allow` header.",
        413: f"The body is larger than {MAX_BODY_BYTES // 1024} KB.",
        429: "Too many requests from this address; wait `Retry-After` seconds.",
        503: "The app server cannot reach its database.",
    }
    extra = {429: ("Retry-After", *_RATE_HEADERS)}
    return {str(status): answer(described[status], ref("Error"), headers=extra.get(status, ())) for status in statuses}


def post_json(*, summary: str, description: str, body: dict, ok: dict, ok_status: int = 200, errors: dict) -> dict:
    """A POST that takes a JSON body (csrf-free, no cookie, capped at MAX_BODY_BYTES)."""
    return {
        "post": {
            "summary": summary,
            "description": description,
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": {str(ok_status): ok, **errors},
        }
    }


def one_or_many(schema_name: str) -> dict:
    """A request body of one ``schema_name`` or a list of them (``json_post``'s ``many``)."""
    return {"anyOf": [ref(schema_name), {"type": "array", "maxItems": MAX_PROFILES, "items": ref(schema_name)}]}


def answers_or_errors(schema_name: str) -> dict:
    """The 200 of a ``one_or_many`` endpoint: one answer, or a list of answers and errors."""
    return {"anyOf": [ref(schema_name), {"type": "array", "items": {"anyOf": [ref(schema_name), ref("Error")]}}]}


_LISTS = (
    f" A list of up to {MAX_PROFILES} gets a list of answers in the same order, each item that cannot be "
    "answered replaced by its `{error, field}`, with status 200 all the same."
)


def _results_rate() -> str:
    limit, period = parse_rate(RESULTS_RATE)
    return f"{limit} per client address per {period // 60} minutes"


PATHS: dict[str, dict] = {
    "/api/score": post_json(
        summary="Score a profile",
        description="The CRS breakdown of one profile." + _LISTS,
        body=one_or_many("Profile"),
        ok=answer("The breakdown, or a list of breakdowns and errors.", answers_or_errors("Breakdown")),
        errors=errors(400, 405, 413),
    ),
    "/api/eligibility": post_json(
        summary="Score a profile and check its eligibility",
        description="The breakdown and the program and category checks, from one scoring." + _LISTS,
        body=one_or_many("EligibilityBody"),
        ok=answer(
            "The breakdown and the eligibility, or a list of them and errors.", answers_or_errors("ScoreAndEligibility")
        ),
        errors=errors(400, 405, 413),
    ),
    "/api/results": post_json(
        summary="Save a result and get its share link",
        description="Keeps the profile's breakdown and answers its id and the share page's address "
        "(also in `Location`). Rate-limited: the budget is in the `RateLimit-*` headers of every answer.",
        body=ref("Profile"),
        ok_status=201,
        ok=answer("Saved.", ref("SavedResult"), headers=_RATE_HEADERS),
        errors=errors(400, 405, 413, 429),
    ),
    "/api/projection": post_json(
        summary="The score month by month",
        description="`score()` of the profile as it will be on the first day of each month and on each day "
        "it changes (birthdays, work anniversaries, language results and the ECA expiring), from the "
        "profile's effective_date (else today) for `months` months.",
        body=ref("ProjectionRequest"),
        ok=answer("The points and the dated events.", ref("Projection")),
        errors=errors(400, 405, 413),
    ),
    "/api/openapi.json": {
        "get": {
            "summary": "This document",
            "responses": {
                "200": answer("The OpenAPI document.", {"type": "object", "required": ["openapi", "info", "paths"]}),
                **errors(405),
            },
        }
    },
    "/healthz": {
        "get": {
            "summary": "Is this app server able to serve?",
            "description": "For load balancers: 200 when the database answers, else 503. No cookie, never cached.",
            "responses": {
                "200": answer("The database answers.", ref("Health")),
                **errors(405, 503),
            },
        }
    },
}


@functools.cache
def document() -> dict:
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "Express Entry CRS calculator API",
            "version": "1",
            "description": (
                "Score Canada Express Entry profiles (CRS), check program eligibility and save share links. "
                'No cookie and no CSRF token are needed. Every error is `{"error": …, "field": …}`, '
                "`field` only when one value is at fault; an unknown path under /api/ is a 404 of that shape. "
                f"Bodies are capped at {MAX_BODY_BYTES // 1024} KB. "
                f"Saving results is limited to {_results_rate()}. "
                "The profile format: docs/profile-format.md."
            ),
        },
        "paths": PATHS,
        "components": {"schemas": SCHEMAS, "headers": HEADERS},
    }
