"""Every page of the site, for the scans that must cover all of them: French
text (tests/test_i18n.py), accessibility and reflow (tests/e2e/test_a11y.py).

A page is a path without its language prefix.  `invalid` is form data that
makes the page answer with its errors shown (200, the form re-rendered), for
the "with errors" half of each scan; `method` is how its form sends it (the
draws pages have GET forms).  `prepare(client)` puts the session or the
database in the state the page needs (answers given, a result saved), through
the client's own requests: it is handed Django's test client by
tests/test_i18n.py and a `BrowserHttp` (tests/e2e/browsing.py) by
tests/e2e/test_a11y.py.  A path may name what `prepare` found, like
"/r/{public_id}/": `prepare` fills `found`, `url()` reads it."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from calculator.questionnaire.wizard import profile_to_step_data

DRAWS_DATA = Path(__file__).resolve().parents[1] / "draws" / "data"
DRAW_FEEDS = (DRAWS_DATA / "ee_rounds.json", DRAWS_DATA / "ee_rounds_435-444.json")

# Married to a partner who comes along, so every wizard step exists (the
# partner step too) and the result shows every section: a second official
# language, a job offer, a sibling in Canada.
MARRIED = {
    "marital_status": "married",
    "spouse_citizen_or_pr": False,
    "spouse_accompanying": True,
    "age": 33,
    "education": "masters",
    "canadian_education": "three_year_plus",
    "first_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
    "second_language": {"language": "french", "clb": {"reading": 5, "writing": 5, "listening": 5, "speaking": 5}},
    "canadian_work_years": 2,
    "foreign_work_years": 1,
    "certificate_of_qualification": False,
    "spouse_education": "bachelors",
    "spouse_canadian_work_years": 1,
    "spouse_language": {"test": "CELPIP", "scores": {"reading": 8, "writing": 8, "listening": 8, "speaking": 8}},
    "sibling_in_canada": False,
    "spouse_sibling_in_canada": True,
    "provincial_nomination": False,
    "job_offer": {"teer": 1, "major_group_00": False, "qualifying": True},
}


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    prefixed: bool = True  # under /en/ and /fr/; False for /r/<id>/
    invalid: dict | None = None
    method: str = "post"  # how `invalid` is sent: the form's own method
    status: int = 200
    prepare: Callable | None = field(default=None, compare=False)
    found: dict = field(default_factory=dict, compare=False, repr=False)  # filled by `prepare`

    def url(self, language: str) -> str:
        path = self.path.format(**self.found)
        return f"/{language}{path}" if self.prefixed else path


# --- putting the site in a state, through the client's own requests -----------------------


def _location(response) -> str:
    """The redirect target: Django's and Playwright's responses both have `.headers`."""
    return response.headers["location"]


def _status(response) -> int:
    status = getattr(response, "status_code", None)
    return status if status is not None else response.status


def import_bundled_draws() -> None:
    """The bundled IRCC feed, once per test database (rounds, cut-offs, the pool)."""
    from django.core.management import call_command

    from draws.models import Draw

    if not Draw.objects.exists():
        with open(os.devnull, "w") as devnull:
            call_command("import_draws", *map(str, DRAW_FEEDS), stdout=devnull)


def answer_every_step(client, profile: dict = MARRIED) -> None:
    """Answer the wizard as a person would, one POST a step."""
    for slug, data in profile_to_step_data(profile):
        response = client.post(f"/en/calculator/{slug}/", data)
        assert _status(response) == 302, (slug, data)


def _answered(client) -> None:
    import_bundled_draws()
    answer_every_step(client)


def _with_scenario(page_found: dict, *, changed: bool = False):
    def prepare(client) -> None:
        _answered(client)
        response = client.post("/en/calculator/scenarios/new/", {"name": ""})
        assert _status(response) == 302
        # /en/calculator/scenarios/<id>/edit/you/
        page_found["scenario_id"] = _location(response).rstrip("/").split("/")[-3]
        if changed:  # three more years of Canadian work: the comparison shows differences
            work = dict(profile_to_step_data({**MARRIED, "canadian_work_years": 5}))["work"]
            response = client.post(f"/en/calculator/scenarios/{page_found['scenario_id']}/edit/work/", work)
            assert _status(response) == 302

    return prepare


def _with_saved_result(page_found: dict):
    def prepare(client) -> None:
        # Saved through the JSON API, which is unprefixed: no language is remembered for the
        # visitor, so the share page follows the browser's language as it does for a new reader.
        import_bundled_draws()
        response = client.post("/api/results", json.dumps(MARRIED), content_type="application/json")
        assert _status(response) == 201
        page_found["public_id"] = response.json()["id"]

    return prepare


def _with_own_saved_result(page_found: dict):
    def prepare(client) -> None:
        # Shared with the result page's button: this browser made the link, so it may delete it.
        _answered(client)
        response = client.post("/en/calculator/share/")
        assert _status(response) == 302
        page_found["public_id"] = _location(response).rstrip("/").split("/")[-1]
        # Answering under /en/ remembered English for unprefixed pages; the scans choose the
        # language by the browser's, as for a share link opened elsewhere.
        if hasattr(client, "context"):  # BrowserHttp
            client.context.clear_cookies(name="django_language")
        else:
            client.cookies.pop("django_language", None)

    return prepare


# --- the pages -----------------------------------------------------------------------------

# What a person gets wrong on each step (sent with the form's own method); every value makes at
# least one field say so.
INVALID = {
    "you": {
        "marital_status": "married",
        "spouse_citizen_or_pr": "",
        "spouse_accompanying": "",
        "age": "",
        "date_of_birth": "2999-01-01",
    },
    "education": {"education": "", "has_canadian_education": "yes", "canadian_education": ""},
    "languages": {"first_reading": "", "first_test_date": "2999-01-01"},
    "work": {"canadian_work_years": "", "foreign_work_years": "", "certificate_of_qualification": ""},
    "partner": {"spouse_education": "", "spouse_canadian_work_years": "", "spouse_test_date": "1990-01-01"},
    "additional": {
        "provincial_nomination": "",
        "has_job_offer": "yes",
        "job_full_time": "",
        "job_lmia": "",
        "job_teer": "",
        "spouse_sibling_in_canada": "",
    },
}


def _planned(client) -> None:
    """Answers given, and the optional planning questions too (the partner's age, the dates)."""
    _answered(client)
    response = client.post("/en/calculator/planning/questions/", PLANNING)
    assert _status(response) == 302


PLANNING = {
    "next": "partner",
    "date_of_birth": "",
    "working_in": "canada",
    "working_since": "2025-02-10",
    "eca_date": "2022-06-01",
    "partner_age": "29",
    "partner_foreign_work_years": "2",
    "partner_canadian_education": "none",
    "partner_certificate_of_qualification": "no",
}


def site_pages() -> list[Page]:
    steps = [
        Page(f"step-{slug}", f"/calculator/{slug}/", invalid=INVALID[slug], prepare=_answered)
        for slug, _data in profile_to_step_data(MARRIED)
    ]
    scenario, scenarios, share, own_share, compared = {}, {}, {}, {}, {}
    return [
        Page("home", "/"),
        Page("home-with-answers", "/", prepare=_answered),
        Page("step-you-first-visit", "/calculator/you/", invalid=INVALID["you"]),
        *steps,
        Page("result", "/calculator/result/", prepare=_answered),
        Page("start-over", "/calculator/start-over/", prepare=_answered),
        Page(
            "eligibility",
            "/calculator/eligibility/",
            prepare=_answered,
            invalid={"settlement_funds_cad": "-1", "dependent_children": "-2", "occupation_noc": "12"},
        ),
        Page(
            "occupations",
            "/calculator/occupations/?q=infirmi%C3%A8re&purpose=noc",
            invalid={"q": "x" * 101},
            method="get",
        ),
        Page(
            "planning-questions",
            "/calculator/planning/questions/",
            prepare=_answered,
            invalid={"date_of_birth": "2999-01-01", "working_in": "canada", "partner_age": "99"},
        ),
        Page("partner", "/calculator/planning/partner/", prepare=_planned),
        Page("projection", "/calculator/planning/month-by-month/", prepare=_planned),
        Page("scenarios", "/calculator/scenarios/", prepare=_with_scenario(scenarios, changed=True), found=scenarios),
        Page(
            "scenario-step",
            "/calculator/scenarios/{scenario_id}/edit/you/",
            prepare=_with_scenario(scenario),
            found=scenario,
            invalid=INVALID["you"],
        ),
        Page("draws", "/draws/", prepare=lambda client: import_bundled_draws()),
        # The filters are selects: a person meets their errors through an edited or stale address.
        Page("draws-bad-filters", "/draws/?category=nonsense&year=1800", prepare=lambda client: import_bundled_draws()),
        Page(
            "standing",
            "/draws/standing/",
            prepare=lambda client: import_bundled_draws(),
            invalid={"score": "1300"},
            method="get",
        ),
        Page(
            "standing-score",
            "/draws/standing/?score=470",
            prepare=lambda client: import_bundled_draws(),
            invalid={"score": "-5"},
            method="get",
        ),
        Page("shared-result", "/r/{public_id}/", prefixed=False, prepare=_with_saved_result(share), found=share),
        Page(
            "shared-result-delete",
            "/r/{public_id}/delete/",
            prefixed=False,
            prepare=_with_own_saved_result(own_share),
            found=own_share,
        ),
        Page(
            "shared-result-comparison",
            "/r/{public_id}/?partner=29.2.none.0",
            prefixed=False,
            prepare=_with_saved_result(compared),
            found=compared,
        ),
        Page("not-found", "/no-such-page/", status=404),
    ]
