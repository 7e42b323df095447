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
    has_months,
    language_line,
    language_shortfall,
    months_short,
    needs,
    outside_quebec,
    requirement,
    same_minimum,
    scale,
)
from .messages import _
from .rules.programs import CEC_CLB_TEER_0_1, CEC_CLB_TEER_2_3, CEC_MIN_CANADIAN_MONTHS

TEER_0_1 = "canadian_months_teer_0_1_last_3_years"
TEER_2_3 = "canadian_months_teer_2_3_last_3_years"
WANTED = _(
    "1 year (1,560 hours) of authorized TEER 0-3 work in Canada in the last 3 years, "
    "not self-employed and not while a full-time student"
)


def assess_cec(candidate: Candidate) -> dict[str, Any]:
    requirements = [
        _canadian_work(candidate),
        _language(candidate),
        requirement("settlement_funds", True, _("not required for the Canadian Experience Class")),
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
        return requirement("canadian_work", True, has_months(WANTED, known))
    if high is None or low is None:
        missing = tuple(k for k, v in ((TEER_0_1, high), (TEER_2_3, low)) if v is None)
        return requirement("canadian_work", None, needs(WANTED), missing)
    return requirement("canadian_work", False, months_short(WANTED, known, CEC_MIN_CANADIAN_MONTHS))


def _language(candidate: Candidate) -> Requirement:
    """CLB 5 suffices when TEER 2/3 work alone makes the year; if TEER 0/1 months are needed to
    reach it, CLB 7 (eligibility.md section 2: no current rule for mixed years, so the stricter
    level applies whenever the TEER 0/1 work is needed). With the months unanswered, CLB 7
    everywhere passes and below CLB 5 anywhere fails; in between it depends on the TEER."""
    high, low = _months(candidate)
    first = candidate.first
    both = _(
        "%(unit)s %(high)s in every ability for TEER 0/1 work, %(unit)s %(low)s for TEER 2/3 work",
        high=CEC_CLB_TEER_0_1,
        low=CEC_CLB_TEER_2_3,
    )
    if low is not None and low >= CEC_MIN_CANADIAN_MONTHS:
        level, why = CEC_CLB_TEER_2_3, _("TEER 2 or 3 work")
    elif high is not None and low is not None:
        if high:
            why = _("TEER 0 or 1 work needed to make the year") if low else _("TEER 0 or 1 work")
            level = CEC_CLB_TEER_0_1
        else:
            level, why = CEC_CLB_TEER_2_3, _("TEER 2 or 3 work")
    elif language_shortfall(first, same_minimum(CEC_CLB_TEER_0_1))[0]:
        return language_line("language", first, same_minimum(CEC_CLB_TEER_0_1), both)
    elif not language_shortfall(first, same_minimum(CEC_CLB_TEER_2_3))[0]:
        return language_line("language", first, same_minimum(CEC_CLB_TEER_2_3), both)
    else:
        # Enough for TEER 2/3 work, not for TEER 0/1: which applies depends on the months asked.
        _met, said = language_shortfall(first, same_minimum(CEC_CLB_TEER_2_3))
        missing = tuple(k for k, v in ((TEER_0_1, high), (TEER_2_3, low)) if v is None)
        detail = _(
            "needs %(wanted)s; met: %(levels)s (enough for TEER 2/3 only)",
            wanted=both.with_params(unit=scale(first)),
            levels=said,
        )
        return requirement("language", None, detail, missing)
    wanted = _("%(unit)s %(level)s in every ability (%(why)s)", level=level, why=why)
    return language_line("language", first, same_minimum(level), wanted)
