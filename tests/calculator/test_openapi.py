"""``GET /api/openapi.json``: a valid OpenAPI 3.1 document that describes every real answer.

The document cannot drift from the code: every route under /api/ must be in it, every answer it
documents (each path, method and status, errors included) must be produced by a request in
``CASES``, and each real answer must match its documented schema and headers; a request answered
with success must also match the documented request body. Adding an endpoint means adding its
requests here, or ``test_every_documented_answer_is_produced_by_a_request`` fails.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import OperationalError
from django.urls import URLPattern, resolve
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from calculator.api import protocol as json_api
from calculator.api import urls as api_urls
from calculator.api import views as api
from calculator.api.openapi import document
from tests.calculator.test_api_eligibility import EXTRA
from tests.calculator.test_api_eligibility import PROFILE as ELIGIBILITY_PROFILE
from tests.crs.scoring.golden import CASES as GOLDEN

pytestmark = pytest.mark.django_db

PROFILE = {**GOLDEN[0]["profile"], "effective_date": GOLDEN[0]["effective_date"]}
TOO_LARGE = json.dumps({**PROFILE, "padding": "x" * json_api.MAX_BODY_BYTES})
DOCUMENT_URI = "urn:crs:openapi"


def _rate_limit_spent(monkeypatch):
    monkeypatch.setattr("throttle.counters.hit", lambda **_: 10**6)


def _database_down(monkeypatch):
    class Unreachable:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("crs_site.health.connection", Unreachable())


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    status: int
    body: Any = None
    setup: Any = None
    valid_request: bool | None = None  # default: a request answered with success is a valid one
    name: str = field(default="")

    @property
    def operation(self) -> str:
        """The documented method: a 405 is documented on the operation the path does have."""
        operations = document()["paths"][self.path]
        return self.method if self.method in operations or self.status != 405 else next(iter(operations))

    def __str__(self):
        return f"{self.method.upper()} {self.path} {self.status} {self.name}".strip()


CASES = [
    Case("post", "/api/score", 200, PROFILE, name="one profile"),
    Case("post", "/api/score", 200, [PROFILE, {**PROFILE, "age": 44}], name="a list"),
    Case("post", "/api/score", 200, [PROFILE, {"age": "thirty"}, 7], valid_request=False, name="a list with errors"),
    Case("post", "/api/score", 400, {**PROFILE, "education": "phd"}, name="bad value"),
    Case("post", "/api/score", 400, "{not json", name="not JSON"),
    Case("post", "/api/score", 400, [PROFILE] * (json_api.MAX_PROFILES + 1), name="list too long"),
    Case("get", "/api/score", 405),
    Case("post", "/api/score", 413, TOO_LARGE),
    Case("post", "/api/eligibility", 200, {"profile": ELIGIBILITY_PROFILE, "extra": EXTRA}, name="nested"),
    Case("post", "/api/eligibility", 200, {**ELIGIBILITY_PROFILE, **EXTRA}, name="flat"),
    Case("post", "/api/eligibility", 200, [{"profile": PROFILE}, {"profile": {}}], valid_request=False, name="list"),
    Case("post", "/api/eligibility", 400, {"profile": PROFILE, "extra": {"outside_quebec": "yes"}}, name="bad extra"),
    Case("put", "/api/eligibility", 405),
    Case("post", "/api/eligibility", 413, TOO_LARGE),
    Case("post", "/api/results", 201, PROFILE),
    Case("post", "/api/results", 400, {**PROFILE, "name": "Ana"}, name="unknown field"),
    Case("delete", "/api/results", 405),
    Case("post", "/api/results", 413, TOO_LARGE),
    Case("post", "/api/results", 429, PROFILE, setup=_rate_limit_spent),
    Case("post", "/api/projection", 200, {"profile": PROFILE, "date_of_birth": "2009-03-14"}, name="projection"),
    Case("post", "/api/projection", 400, {"profile": PROFILE, "months": 0}, name="bad months"),
    Case("get", "/api/projection", 405),
    Case("post", "/api/projection", 413, TOO_LARGE),
    Case("get", "/api/openapi.json", 200),
    Case("post", "/api/openapi.json", 405, {}),
    Case("get", "/healthz", 200),
    Case("post", "/healthz", 405, {}),
    Case("get", "/healthz", 503, setup=_database_down),
]


def _request(client, case: Case):
    if case.body is None:
        return getattr(client, case.method)(case.path)
    data = case.body if isinstance(case.body, str) else json.dumps(case.body)
    return getattr(client, case.method)(case.path, data=data, content_type="application/json")


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _validate(instance, *pointer: str) -> None:
    """Validate against the schema at ``pointer`` in the document, its $refs resolved in it."""
    registry = Registry().with_resource(
        DOCUMENT_URI, Resource.from_contents(document(), default_specification=DRAFT202012)
    )
    schema = {"$ref": f"{DOCUMENT_URI}#/{_pointer(*pointer)}"}
    error = best_match(Draft202012Validator(schema, registry=registry).iter_errors(instance))
    if error is not None:
        raise AssertionError(f"{error.json_path}: {error.message[:400]}")


def test_the_document_is_valid_openapi_3_1(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.json() == document()
    assert document()["openapi"].startswith("3.1")
    validate_openapi(document())


def test_every_route_under_api_and_the_health_check_is_described():
    routes = {"/api/" + str(p.pattern) for p in api_urls.urlpatterns if isinstance(p, URLPattern) and p.name}
    assert routes | {"/healthz"} == set(document()["paths"])
    for path in document()["paths"]:
        assert resolve(path).func is not api.not_found, path


def test_every_documented_answer_is_produced_by_a_request():
    documented = {
        (path, method, int(status))
        for path, operations in document()["paths"].items()
        for method, operation in operations.items()
        for status in operation["responses"]
    }
    assert documented == {(case.path, case.operation, case.status) for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_real_answers_match_the_document(client, monkeypatch, case):
    if case.setup:
        case.setup(monkeypatch)
    response = _request(client, case)
    assert response.status_code == case.status, response.content[:300]

    operation = ("paths", case.path, case.operation)
    documented = document()["paths"][case.path][case.operation]["responses"][str(case.status)]
    assert response["Content-Type"] == "application/json"
    _validate(response.json(), *operation, "responses", str(case.status), "content", "application/json", "schema")
    for header in documented["headers"]:
        assert response.has_header(header), header
    valid_request = case.valid_request if case.valid_request is not None else case.status < 400
    if case.body is not None and valid_request:
        _validate(case.body, *operation, "requestBody", "content", "application/json", "schema")


def test_a_wrong_answer_would_be_caught():
    """The check itself bites: a breakdown missing its total does not pass for a 200 of /api/score."""
    with pytest.raises(AssertionError, match="not valid"):
        _validate(
            {"rules": "2025-03-25"},
            "paths",
            "/api/score",
            "post",
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
        )
