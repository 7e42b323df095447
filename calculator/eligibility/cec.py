"""Canadian Experience Class: a year of skilled Canadian work in 3 years, CLB by TEER.

IRPR s. 87.1 [R1]; IRCC CEC page [C2] (2026-06-22). No education and no funds are required.
The profile's Canadian work years settle the work test when they are 0 (less than a year in 10
years cannot be a year in 3); otherwise the months by TEER are asked, because the language
minimum depends on the TEER of the work: CLB 7 for TEER 0/1, CLB 5 for TEER 2/3.
"""

from __future__ import annotations

from typing import Any

from .candidate import (
    Candidate,
    Requirement,
    all_met,
    language_line,
    language_shortfall,
    outside_quebec,
    requirement,
    same_minimum,
)
from .rules.programs import CEC_CLB_TEER_0_1, CEC_CLB_TEER_2_3, CEC_MIN_CANADIAN_MONTHS

TEER_0_1 = "canadian_months_teer_0_1_last_3_years"
TEER_2_3 = "canadian_months_teer_2_3_last_3_years"
WANTED = (
    "1 year (1,560 hours) of authorized TEER 0-3 work in Canada in the last 3 years, "
    "not self-employed and not while a full-time student"
)


def assess_cec(candidate: Candidate) -> dict[str, Any]:
    requirements = [
        _canadian_work(candidate),
        _language(candidate),
        requirement("settlement_funds", True, "not required for the Canadian Experience Class"),
        outside_quebec(candidate),
    ]
    return {"eligible": all_met(requirements), "requirements": requirements}


def _months(candidate: Candidate) -> tuple[int | None, int | None]:
    """Months of TEER 0/1 and TEER 2/3 work; both 0 when the profile shows no Canadian year."""
    if candidate.canadian_work_years == 0:
        return (
            candidate.answer(TEER_0_1) or 0,
            candidate.answer(TEER_2_3) or 0,
        )
    return candidate.answer(TEER_0_1), candidate.answer(TEER_2_3)


def _canadian_work(candidate: Candidate) -> Requirement:
    high, low = _months(candidate)
    known = (high or 0) + (low or 0)
    if known >= CEC_MIN_CANADIAN_MONTHS:
        return requirement("canadian_work", True, f"needs {WANTED}; has {known} months")
    if high is None or low is None:
        missing = tuple(k for k, v in ((TEER_0_1, high), (TEER_2_3, low)) if v is None)
        return requirement("canadian_work", None, f"needs {WANTED}", missing)
    return requirement(
        "canadian_work",
        False,
        f"needs {WANTED}; has {known} months, {CEC_MIN_CANADIAN_MONTHS - known} short",
    )


def _language(candidate: Candidate) -> Requirement:
    """CLB 5 suffices when TEER 2/3 work alone makes the year; if TEER 0/1 months are needed to
    reach it, CLB 7 (eligibility.md section 2: no current rule for mixed years, so the stricter
    level applies whenever the TEER 0/1 work is needed). With the months unanswered, CLB 7
    everywhere passes and below CLB 5 anywhere fails; in between it depends on the TEER."""
    high, low = _months(candidate)
    first = candidate.first
    both = "{unit} 7 in every ability for TEER 0/1 work, {unit} 5 for TEER 2/3 work"
    if low is not None and low >= CEC_MIN_CANADIAN_MONTHS:
        level, why = CEC_CLB_TEER_2_3, "TEER 2 or 3 work"
    elif high is not None and low is not None:
        if high:
            needed = " needed to make the year" if low else ""
            level, why = CEC_CLB_TEER_0_1, f"TEER 0 or 1 work{needed}"
        else:
            level, why = CEC_CLB_TEER_2_3, "TEER 2 or 3 work"
    elif language_shortfall(first, same_minimum(CEC_CLB_TEER_0_1))[0]:
        return language_line("language", first, same_minimum(CEC_CLB_TEER_0_1), both)
    elif not language_shortfall(first, same_minimum(CEC_CLB_TEER_2_3))[0]:
        return language_line("language", first, same_minimum(CEC_CLB_TEER_2_3), both)
    else:
        line = language_line("language", first, same_minimum(CEC_CLB_TEER_2_3), both)
        missing = tuple(k for k, v in ((TEER_0_1, high), (TEER_2_3, low)) if v is None)
        return requirement("language", None, line["detail"] + " (enough for TEER 2/3 only)", missing)
    wanted = "{unit} " + f"{level} in every ability ({why})"
    return language_line("language", first, same_minimum(level), wanted)
