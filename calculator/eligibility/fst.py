"""Federal Skilled Trades Program: 2 years in one trade in 5 years, a job offer or a Canadian
certificate of qualification, and CLB 5 speaking/listening with CLB 4 reading/writing.

IRPR s. 87.2 [R1] as amended by SOR/2022-220 [R2]; IRCC FST page [C3] (2026-06-22).
"""

from __future__ import annotations

from typing import Any

from .candidate import (
    Candidate,
    Requirement,
    all_met,
    language_line,
    months_requirement,
    outside_quebec,
    requirement,
)
from .rules.programs import FST_MIN_CLB, FST_MIN_TRADE_MONTHS, ProgramRules

def assess_fst(candidate: Candidate, rules: ProgramRules, funds: Requirement) -> dict[str, Any]:
    requirements = [
        _trade(candidate, rules),
        _trade_work(candidate),
        _offer_or_certificate(candidate),
        language_line(
            "language",
            candidate.first,
            FST_MIN_CLB,
            "{unit} 5 in speaking and listening and {unit} 4 in reading and writing",
        ),
        funds,
        outside_quebec(candidate),
    ]
    return {"eligible": all_met(requirements), "requirements": requirements}


def _trade(candidate: Candidate, rules: ProgramRules) -> Requirement:
    noc = candidate.answer("occupation_noc")
    wanted = f"an occupation in an eligible skilled-trade group ({rules.noc_version})"
    if noc is None:
        return requirement("trade", None, f"needs {wanted}", ("occupation_noc",))
    if rules.is_fst_trade(noc):
        return requirement("trade", True, f"needs {wanted}; NOC {noc} is one")
    return requirement("trade", False, f"needs {wanted}; NOC {noc} is not in those groups")


def _trade_work(candidate: Candidate) -> Requirement:
    return months_requirement(
        candidate,
        "trade_work",
        "occupation_months_last_5_years",
        FST_MIN_TRADE_MONTHS,
        "2 years (3,120 hours) of paid work in that trade in the last 5 years, after qualifying",
    )


def _offer_or_certificate(candidate: Candidate) -> Requirement:
    wanted = (
        "a valid full-time job offer of at least 1 year, or a Canadian certificate of "
        "qualification in the trade"
    )
    if candidate.certificate_of_qualification:
        return requirement("offer_or_certificate", True, f"needs {wanted}; has a certificate")
    if candidate.has_valid_job_offer:
        return requirement("offer_or_certificate", True, f"needs {wanted}; has a job offer")
    return requirement("offer_or_certificate", False, f"needs {wanted}; has neither")
