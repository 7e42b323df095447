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
    needs,
    outside_quebec,
    requirement,
)
from .messages import _
from .rules.programs import FST_MIN_CLB, FST_MIN_TRADE_MONTHS, ProgramRules

NOC_VERSIONS = {"NOC 2016": _("NOC 2016"), "NOC 2021": _("NOC 2021")}


def assess_fst(candidate: Candidate, rules: ProgramRules, funds: Requirement) -> dict[str, Any]:
    requirements = [
        _trade(candidate, rules),
        _trade_work(candidate),
        _offer_or_certificate(candidate),
        language_line(
            "language",
            candidate.first,
            FST_MIN_CLB,
            _(
                "%(unit)s %(oral)s in speaking and listening and %(unit)s %(written)s in reading and writing",
                oral=FST_MIN_CLB["speaking"],
                written=FST_MIN_CLB["reading"],
            ),
        ),
        funds,
        outside_quebec(candidate),
    ]
    return {"eligible": all_met(requirements), "requirements": requirements}


def _trade(candidate: Candidate, rules: ProgramRules) -> Requirement:
    noc = candidate.answer("occupation_noc")
    version = NOC_VERSIONS.get(rules.noc_version, rules.noc_version)
    wanted = _("an occupation in an eligible skilled-trade group (%(version)s)", version=version)
    if noc is None:
        return requirement("trade", None, needs(wanted), ("occupation_noc",))
    if rules.is_fst_trade(noc):
        return requirement("trade", True, _("needs %(wanted)s; NOC %(noc)s is one", wanted=wanted, noc=noc))
    return requirement(
        "trade", False, _("needs %(wanted)s; NOC %(noc)s is not in those groups", wanted=wanted, noc=noc)
    )


def _trade_work(candidate: Candidate) -> Requirement:
    return months_requirement(
        candidate,
        "trade_work",
        "occupation_months_last_5_years",
        FST_MIN_TRADE_MONTHS,
        _("2 years (3,120 hours) of paid work in that trade in the last 5 years, after qualifying"),
    )


def _offer_or_certificate(candidate: Candidate) -> Requirement:
    wanted = _(
        "a valid full-time job offer of at least 1 year, or a Canadian certificate of qualification in the trade"
    )
    if candidate.certificate_of_qualification:
        return requirement("offer_or_certificate", True, _("needs %(wanted)s; has a certificate", wanted=wanted))
    if candidate.has_valid_job_offer:
        return requirement("offer_or_certificate", True, _("needs %(wanted)s; has a job offer", wanted=wanted))
    return requirement("offer_or_certificate", False, _("needs %(wanted)s; has neither", wanted=wanted))
