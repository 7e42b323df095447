"""Language results that IRCC no longer accepts, and the points that depend on them.

IRCC accepts a language test result for two years from the test date (crs-rules.md E.6). The engine
still scores an expired result: the golden oracle does (``raw-tef-2019-2023`` scores a 2021 result
on 2026-08-15), and a person who is about to retake the test wants to see the score it would give.
But it must never be silent, so this module says which results have expired on the scoring date and
how many points of the total hang on each: the total minus ``score()`` of the same profile without
that result. Those points come from the engine, never from a formula of our own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import parse_date
from .engine import score

VALID_FOR_YEARS = 2
LANGUAGE_FIELDS = ("first_language", "second_language", "spouse_language")


@dataclass(frozen=True)
class ExpiredResult:
    """One language result past its two years on the scoring date."""

    field: str  # "first_language", "second_language" or "spouse_language"
    test_date: date
    expired_on: date
    points: int  # how much lower the total is without this result


def expires_on(test_date: date) -> date:
    """The first day a result taken on ``test_date`` is no longer accepted: two calendar years
    later (a 29 February test expires on 1 March)."""
    try:
        return test_date.replace(year=test_date.year + VALID_FOR_YEARS)
    except ValueError:
        return date(test_date.year + VALID_FOR_YEARS, 3, 1)


def is_expired(test_date: date | None, on: date) -> bool:
    return test_date is not None and on >= expires_on(test_date)


def expired_results(profile: Mapping[str, Any], breakdown: Mapping[str, Any]) -> list[ExpiredResult]:
    """Every dated language result in ``profile`` that has expired on ``breakdown``'s scoring date,
    with the points of ``breakdown`` that depend on it. Results without a date are not judged."""
    on = parse_date(breakdown["effective_date"])
    if on is None:
        raise ValueError(f"not a scoring date: {breakdown['effective_date']!r}")
    expired = []
    for field in LANGUAGE_FIELDS:
        result = profile.get(field)
        day = parse_date(result.get("test_date")) if isinstance(result, Mapping) else None
        if day is None or not is_expired(day, on):
            continue
        without = score(_without(profile, field), effective_date=breakdown["effective_date"])
        expired.append(ExpiredResult(field, day, expires_on(day), breakdown["total"] - without["total"]))
    return expired


def _without(profile: Mapping[str, Any], field: str) -> dict[str, Any]:
    """The profile as IRCC would take it without ``field``'s result. Without a first language, a
    second-language result becomes the first (the engine needs a first before a second)."""
    changed = {key: value for key, value in profile.items() if key != field}
    if field == "first_language" and changed.get("second_language") is not None:
        changed["first_language"] = changed.pop("second_language")
    return changed
