"""Program rule sets (FSW, CEC, FST), by the date each took effect.

FSW grid: unchanged since 2013-05-04 (IRCC FSW page [C1], IRPR ss. 78-83 [R1], PDI "applications
received on or after May 4, 2013" [C6]). What changed on 2022-11-16 (SOR/2022-220 [R2]) is the
occupation classification: "skilled" became NOC 2021 TEER 0-3 and the FST trade groups were
re-mapped. The minimums of CEC (IRPR s. 87.1) and FST (s. 87.2) are the same in both sets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

# FSW grid A: points per ability of the first official language (CLB 9+ / 8 / 7); below 7 fails.
FSW_FIRST_LANGUAGE_POINTS: dict[int, int] = {9: 6, 8: 5, 7: 4}
FSW_SECOND_LANGUAGE_POINTS = 4  # CLB 5+ in all four abilities, else 0; no partial credit

# FSW grid B: education, keyed by the CRS profile's education values (crs `bachelors` = a
# credential of three years or longer).
FSW_EDUCATION_POINTS: dict[str, int] = {
    "less_than_secondary": 0,
    "secondary": 5,
    "one_year": 15,
    "two_year": 19,
    "bachelors": 21,
    "two_or_more": 22,
    "masters": 23,
    "doctoral": 25,
}

# FSW grid C: whole years of skilled work in the last 10 years -> points (6+ = 15).
FSW_EXPERIENCE_POINTS: list[tuple[int, int]] = [(6, 15), (4, 13), (2, 11), (1, 9)]


def fsw_age_points(age: int) -> int:
    """FSW grid D: 12 from 18 to 35, one point less per year after, none under 18 or from 47."""
    if age < 18 or age >= 47:
        return 0
    if age <= 35:
        return 12
    return 12 - (age - 35)


FSW_ARRANGED_EMPLOYMENT_POINTS = 10

# FSW grid F: adaptability elements (each counted once), capped at 10.
FSW_ADAPTABILITY_POINTS: dict[str, int] = {
    "spouse_language": 5,  # accompanying spouse CLB 4+ in all four abilities
    "canadian_study": 5,  # you: 2+ academic years full-time in Canada
    "spouse_canadian_study": 5,
    "canadian_work": 10,  # you: 1+ year full-time TEER 0-3 in Canada
    "spouse_canadian_work": 5,  # spouse: 1+ year full-time in Canada, any TEER
    "arranged_employment": 5,  # you earned the 10 points in E
    "relative_in_canada": 5,
}
FSW_ADAPTABILITY_CAP = 10
FSW_PASS_MARK = 67
FSW_MAX = 100
FSW_MIN_FIRST_LANGUAGE_CLB = 7
FSW_MIN_CONTINUOUS_MONTHS = 12  # 1 year continuous (1,560 h) in one skilled occupation

CEC_MIN_CANADIAN_MONTHS = 12  # 1,560 h of skilled Canadian work in the last 3 years
CEC_CLB_TEER_0_1 = 7
CEC_CLB_TEER_2_3 = 5

FST_MIN_TRADE_MONTHS = 24  # 2 years (3,120 h) in one trade in the last 5 years
FST_MIN_CLB = {"speaking": 5, "listening": 5, "reading": 4, "writing": 4}


def _fst_trade_noc2021(noc: str) -> bool:
    """NOC 2021 groups of IRPR s. 87.2 as amended by SOR/2022-220 (eligibility.md section 3)."""
    if len(noc) != 5:
        return False
    if noc[:2] in {"72", "73", "82", "83", "92", "93"} and noc[:3] not in {"726", "932"}:
        return True
    return noc[:4] == "6320" or noc == "62200"


def _fst_trade_noc2016(noc: str) -> bool:
    """NOC 2016 groups before 2022-11-16: Major Groups 72, 73, 82, 92; Minor Groups 632, 633."""
    if len(noc) != 4:
        return False
    return noc[:2] in {"72", "73", "82", "92"} or noc[:3] in {"632", "633"}


@dataclass(frozen=True)
class ProgramRules:
    """One dated set of program rules; ``noc_version`` says which NOC codes it understands."""

    effective_from: dt.date
    source: str
    noc_version: str
    noc_digits: int
    is_fst_trade: Callable[[str], bool] = field(repr=False)


PROGRAM_RULES: list[ProgramRules] = [
    ProgramRules(
        effective_from=dt.date(2013, 5, 4),
        source="IRPR ss. 75-83, 87.1, 87.2 (2013 versions); IRCC PDI for applications on or after "
        "2013-05-04; CEC 12 months and FST from 2013-01-02",
        noc_version="NOC 2016",
        noc_digits=4,
        is_fst_trade=_fst_trade_noc2016,
    ),
    ProgramRules(
        effective_from=dt.date(2022, 11, 16),
        source="SOR/2022-220 (NOC 2021 / TEER), IRCC program pages (page details 2026-06-22)",
        noc_version="NOC 2021",
        noc_digits=5,
        is_fst_trade=_fst_trade_noc2021,
    ),
]
