"""A language result older than two years is still scored, but no program counts it as met."""

from __future__ import annotations

import pytest

from .support import answered, clb, requirement, run, single

EXPIRED = "2024-11-20"  # two years and a day before ON (2026-11-21)
ANNIVERSARY = "2024-11-21"  # its second anniversary is ON: no longer accepted that day
FRESH = "2025-06-01"


def _dated(test_date: str, level: int = 9, language: str = "english") -> dict:
    return {**clb(language, level), "test_date": test_date}


@pytest.mark.parametrize("program", ["fsw", "cec", "fst"])
def test_an_expired_first_language_is_never_met(program):
    result = run(single(first_language=_dated(EXPIRED)), answered())
    line = requirement(result[program], "language")
    assert line["met"] is False
    assert line["expired"] is True
    assert "expired on 2026-11-20" in line["detail"]
    assert result[program]["eligible"] is False


def test_a_result_expires_on_its_second_anniversary():
    line = requirement(run(single(first_language=_dated(ANNIVERSARY)), answered())["fsw"], "language")
    assert line["met"] is False and line["expired"] is True


@pytest.mark.parametrize("program", ["fsw", "cec", "fst"])
def test_a_result_within_two_years_meets_the_minimum(program):
    line = requirement(run(single(first_language=_dated(FRESH)), answered())[program], "language")
    assert line["met"] is True
    assert "expired" not in line


def test_an_expired_french_result_does_not_open_the_french_category():
    profile = single(first_language=_dated(FRESH), second_language=_dated(EXPIRED, 9, "french"))
    result = run(profile, answered())
    french = next(row for row in result["categories"] if row["id"] == "french")
    assert french["eligible"] is False
    assert any(line.get("expired") for line in french["requirements"])
