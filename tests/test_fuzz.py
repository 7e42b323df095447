"""Hypothesis throws random, oversized, wrongly typed and unicode-laden input at every
form step, the live-score preview, the JSON API and the GET forms: never a 500, never
a changed saved result, never a lost answer.

The targets are data: one line per endpoint below.  Every target must resolve: renaming or
removing an endpoint fails ``test_every_target_resolves`` instead of silently fuzzing nothing.
Form fields are read from the page itself (``tests.site_map.form_fields``), so a new
field is fuzzed without touching this file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from django.conf import settings as django_settings
from django.urls import Resolver404, resolve
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.questionnaire import wizard
from tests.site_map import Field, form_fields

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@dataclass(frozen=True)
class Target:
    path: str
    kind: str  # "step" (a wizard step's form), "preview" (the step forms, to the panel), "json", "query"
    creates_results: bool = False  # the only thing any endpoint may add: new saved results


TARGETS = [
    Target("/en/calculator/{step}/", "step"),
    Target("/en/calculator/preview/", "preview"),
    Target("/api/score", "json"),
    Target("/api/eligibility", "json"),
    Target("/api/results", "json", creates_results=True),
    Target("/api/projection", "json"),
    Target("/en/calculator/language-scores/first/", "query"),
    Target("/en/calculator/language-scores/spouse/", "query"),
    Target("/en/draws/", "query"),
    Target("/en/draws/standing/", "query"),
    Target("/en/calculator/eligibility/", "query"),
]


def _resolves(path: str) -> bool:
    """Whether ``path`` has a view; /en/ paths resolve only while English is active (i18n_patterns)."""
    prefix = path.split("/")[1]
    with translation.override(prefix if prefix in dict(django_settings.LANGUAGES) else None):
        try:
            resolve(path.format(step=wizard.STEPS[0].slug))
        except Resolver404:
            return False
    return True


def _targets(*kinds):
    return [pytest.param(t, id=t.path) for t in TARGETS if t.kind in kinds]


def test_every_target_resolves():
    assert [t.path for t in TARGETS if not _resolves(t.path)] == []


# --- what is thrown ------------------------------------------------------------------------------

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_awkward = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "-0",
        "1e309",
        "NaN",
        "inf",
        "9" * 400,
        "3.5",
        "١٢",
        "½",
        "0x10",
        "true",
        "null",
        "[]",
        "{}",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "\x00",
        "\u202e",
        "𝟗",
        "名前",
        "ü" * 3000,
        "2025-02-30",
        "9999-12-31",
        "0001-01-01",
        "x" * 20_000,
    ]
)
_value = st.one_of(_text, _awkward, st.integers().map(str), st.floats(allow_nan=True).map(str))


def _field_value(field: Field):
    """Mostly nonsense, sometimes a real choice, so the other fields' checks are reached too."""
    choices = [o for o in field.options if o]
    real = st.sampled_from(choices) if choices else _value
    return st.one_of(real, _value, st.lists(_value, min_size=2, max_size=3))


def _form_data(fields: list[Field], valid: dict[str, str]):
    """Random fields, or the valid answers with a few fields spoiled or left out (which reaches
    the checks between fields, and sometimes is valid: then only that step may change)."""
    named = {f.name: _field_value(f) for f in fields if f.name != "csrfmiddlewaretoken"}
    random_fields = st.tuples(
        st.fixed_dictionaries({}, optional=named),
        st.dictionaries(_text.filter(bool), _value, max_size=4),
    ).map(lambda both: {**both[1], **both[0]})
    if not named:
        return random_fields
    spoiled = st.tuples(
        st.fixed_dictionaries({}, optional={name: strategy for name, strategy in named.items()}),
        st.lists(st.sampled_from(sorted(named)), max_size=2),
    ).map(lambda parts: {**{k: v for k, v in valid.items() if k not in parts[1]}, **parts[0]})
    return st.one_of(random_fields, spoiled)


_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _text, _awkward)
_json = st.recursive(
    _json_scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=20,
)


def _profile_like(profile: dict):
    """A real profile with some fields replaced, removed or added."""
    keys = sorted(profile)
    return st.tuples(
        st.dictionaries(st.sampled_from(keys), _json, max_size=4),
        st.lists(st.sampled_from(keys), max_size=3),
        st.dictionaries(_text, _json, max_size=2),
    ).map(lambda parts: {**{k: v for k, v in profile.items() if k not in parts[1]}, **parts[0], **parts[2]})


# --- the visitor and what must not change ---------------------------------------------------------


def _golden_profile():
    from pathlib import Path

    cases = json.loads((Path(__file__).parent / "data/golden/cases.json").read_text())["cases"]
    return next(
        c["profile"]
        for c in cases
        if c["profile"].get("marital_status") == "married" and c["profile"].get("spouse_language")
    )


@pytest.fixture
def answered(client):
    """A visitor who answered every step (married, spouse accompanying: every step applies)."""
    for slug, data in wizard.profile_to_step_data(_golden_profile()):
        response = client.post(f"/en/calculator/{slug}/", data)
        assert response.status_code == 302, (slug, response.content[:500])
    assert wizard.first_incomplete(wizard.load(client.session)) is None
    return client


@pytest.fixture
def saved_results():
    from calculator.models import SavedResult

    SavedResult.objects.create(profile=_golden_profile(), rules="2025-03-25", breakdown={"total": 1})

    def snapshot():
        return {r.public_id: (r.profile, r.rules, r.breakdown) for r in SavedResult.objects.all()}

    return snapshot


def _answers(client):
    return wizard.load(client.session)


def _assert_no_saved_result_changed(before: dict, after: dict, *, may_add: bool):
    assert {key: after.get(key) for key in before} == before
    if not may_add:
        assert after.keys() == before.keys()


def _assert_no_answer_lost(before: dict, after: dict, *, posted: str | None, response):
    """A refused post keeps every answer; an accepted one changes only its own step (and drops
    the steps that stop applying)."""
    if response.status_code not in {301, 302, 303} or posted is None:
        assert after == before
        return
    still_applying = {step.slug for step in wizard.applicable_steps(after)}
    for slug, values in before.items():
        if slug != posted and slug in still_applying:
            assert after.get(slug) == values, slug


# --- the tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("target", _targets("step", "preview"))
@pytest.mark.parametrize("step", [s.slug for s in wizard.STEPS])
def test_form_posts_never_fail_change_results_or_lose_answers(target, step, answered, saved_results):
    page = answered.get(f"/en/calculator/{step}/")
    assert page.status_code == 200
    fields = form_fields(page.content.decode())
    assert fields, f"no form fields found on the {step} step"
    path = target.path.format(step=step)
    extra = {"wizard_step": step} if target.kind == "preview" else {}
    results = saved_results()

    valid = dict(wizard.profile_to_step_data(_golden_profile())).get(step, {})

    @FUZZ
    @given(data=_form_data(fields, valid))
    def post(data):
        before = _answers(answered)
        response = answered.post(path, {**data, **extra})
        assert response.status_code < 500, (path, data)
        posted = step if target.kind == "step" else None
        _assert_no_answer_lost(before, _answers(answered), posted=posted, response=response)

    post()
    _assert_no_saved_result_changed(results, saved_results(), may_add=False)


@pytest.mark.parametrize("target", _targets("json"))
def test_json_posts_never_fail_or_change_saved_results(target, answered, saved_results):
    results = saved_results()
    answers = _answers(answered)

    @FUZZ
    @given(
        body=st.one_of(
            _json.map(json.dumps),
            _profile_like(_golden_profile()).map(json.dumps),
            st.binary(max_size=200).map(lambda raw: raw.decode("latin-1")),
        )
    )
    def post(body):
        response = answered.post(target.path, data=body, content_type="application/json")
        assert response.status_code < 500, (target.path, body[:200])
        assert response["Content-Type"].startswith("application/json")
        if response.status_code >= 400:
            assert "error" in response.json()

    post()
    _assert_no_saved_result_changed(results, saved_results(), may_add=target.creates_results)
    assert _answers(answered) == answers


@pytest.mark.parametrize("target", _targets("query"))
def test_get_forms_never_fail_or_lose_answers(target, answered):
    answers = _answers(answered)
    page = answered.get(target.path)
    names = [f.name for f in form_fields(page.content.decode(), method="get")] or ["q"]

    @FUZZ
    @given(query=st.dictionaries(st.sampled_from([*names, "page", "score", "year", "category"]), _value, max_size=5))
    def get(query):
        response = answered.get(target.path, query)
        assert response.status_code < 500, (target.path, query)

    get()
    assert _answers(answered) == answers
