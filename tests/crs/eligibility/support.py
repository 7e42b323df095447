"""Helpers shared by the eligibility tests.

Profiles are written with CLB levels directly, so the expected results depend only on the
eligibility rules (the scoring engine passes CLB levels through unchanged).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from crs.eligibility import assess

DATA = Path(__file__).resolve().parents[2] / "data"
ON = dt.date(2026, 11, 21)


def load_cases() -> list[dict[str, Any]]:
    return json.loads((DATA / "eligibility_cases.json").read_text())["cases"]


def clb(
    language: str, reading: int, writing: int | None = None, listening: int | None = None, speaking: int | None = None
) -> dict[str, Any]:
    def pick(v: int | None) -> int:
        return reading if v is None else v

    return {
        "language": language,
        "clb": {"reading": reading, "writing": pick(writing), "listening": pick(listening), "speaking": pick(speaking)},
    }


def run(profile: dict[str, Any], extra: dict[str, Any], on: dt.date = ON) -> dict[str, Any]:
    return assess(profile, extra, effective_date=on)


def single(**overrides: Any) -> dict[str, Any]:
    """A single 30-year-old with a master's, CLB 9 English and 3 years' foreign work."""
    profile = {
        "marital_status": "single",
        "age": 30,
        "education": "masters",
        "canadian_education": "none",
        "first_language": clb("english", 9),
        "canadian_work_years": 0,
        "foreign_work_years": 3,
    }
    profile.update(overrides)
    return profile


def answered(**overrides: Any) -> dict[str, Any]:
    """Answers that pass every FSW minimum for ``single()``."""
    extra = {
        "outside_quebec": True,
        "settlement_funds_cad": 20000,
        "dependent_children": 0,
        "has_eca": True,
        "authorized_to_work_in_canada": False,
        "skilled_continuous_months_last_10_years": 36,
        "relative_in_canada": False,
    }
    extra.update(overrides)
    return {k: v for k, v in extra.items() if v is not None}


def requirement(section: dict[str, Any], id: str) -> dict[str, Any]:
    return next(r for r in section["requirements"] if r["id"] == id)


def grid_points(result: dict[str, Any]) -> dict[str, int]:
    return {line["factor"]: line["points"] for line in result["fsw"]["grid"]["lines"]}


def category(result: dict[str, Any], id: str) -> dict[str, Any]:
    return next(c for c in result["categories"] if c["id"] == id)
