"""The extra answers eligibility needs that a CRS profile does not hold.

Everything the CRS profile already says (age, education, CLB levels, marital status, work years,
job offer, certificate of qualification, siblings) is derived from it; only what it lacks is asked.
Every key is optional: a missing answer makes the requirements that need it ``met: None`` and the
program ``eligible: None``, and its key is listed in the result's ``missing``.

Keys (``EXTRA_FIELDS`` below holds the same list with each answer's kind, for forms):

=============================================  ======  ==========================================
key                                            type    meaning
=============================================  ======  ==========================================
``outside_quebec``                             bool    plans to live outside Quebec (all programs)
``settlement_funds_cad``                       int     funds available, CAD (FSW, FST)
``dependent_children``                         int     dependent children, yours and your partner's
                                                       (family size = you + spouse/partner + these)
``authorized_to_work_in_canada``               bool    now legally able to work in Canada (with a
                                                       valid job offer: no funds needed)
``has_eca``                                    bool    foreign credential has an ECA (FSW, only
                                                       asked when there is no Canadian credential)
``skilled_continuous_months_last_10_years``    int     longest continuous paid full-time (or equal
                                                       part-time) work in one TEER 0-3 occupation
                                                       in the last 10 years (FSW minimum)
``canadian_months_teer_0_1_last_3_years``      int     months of Canadian TEER 0/1 work in the last
                                                       3 years, authorized, not self-employed, not
                                                       while a full-time student (CEC)
``canadian_months_teer_2_3_last_3_years``      int     the same for TEER 2/3 work (CEC)
``occupation_noc``                             str     NOC code (5 digits NOC 2021; 4 digits NOC
                                                       2016 before 2022-11-16) of the occupation to
                                                       assess for FST and categories
``occupation_category``                        str     self-declared category id (``healthcare``,
                                                       ``stem``, ``trades``, ``transport``,
                                                       ``agriculture``, ``education``,
                                                       ``physicians``, ``senior_managers``,
                                                       ``researchers``); used only without a NOC
``occupation_months_last_5_years``             int     paid full-time-equivalent months in that
                                                       occupation, last 5 years, after qualifying
                                                       in the trade (FST)
``occupation_months_last_3_years``             int     the same, last 3 years, Canada or abroad
                                                       (categories from 2026-02-18)
``occupation_continuous_months_last_3_years``  int     longest continuous stretch of it (categories
                                                       before 2026-02-18)
``occupation_canadian_months_last_3_years``    int     months of it done in Canada, last 3 years
                                                       (physicians, senior managers, researchers)
``canadian_study_2_years``                     bool    2+ academic years full-time study in Canada
                                                       in a 2+ year program (FSW adaptability)
``spouse_canadian_study_2_years``              bool    the same for the accompanying spouse
``spouse_canadian_work_1_year``                bool    accompanying spouse: 1+ year full-time work
                                                       in Canada, any TEER
``relative_in_canada``                         bool    you or spouse have a parent, grandparent,
                                                       child, grandchild, sibling, aunt/uncle or
                                                       niece/nephew 18+, citizen/PR, in Canada
``military_recruit``                           bool    10+ years' continuous service in a recognized
                                                       foreign military and a Canadian Armed Forces
                                                       offer of 3+ years in 40042/42102/43204
=============================================  ======  ==========================================
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crs.scoring.errors import ProfileError
from crs.vocabulary import CATEGORY_IDS

# The categories that are lists of occupations, whose NOC code the questions ask: all but the
# French-language rounds (a language test) and the military recruits (an enlistment).
OCCUPATION_CATEGORIES = tuple(category for category in CATEGORY_IDS if category not in ("french", "military"))


@dataclass(frozen=True)
class ExtraField:
    """One extra answer: its key, its kind and (for "choice") the allowed values. The meaning of
    each is the table above; the words a person reads are the site's (``calculator/eligibility/extra_answers.py``,
    translated), so they are written in one place."""

    key: str
    kind: str  # "bool", "int", "noc" or "choice"
    choices: tuple[str, ...] = ()


EXTRA_FIELDS: tuple[ExtraField, ...] = (
    ExtraField("outside_quebec", "bool"),
    ExtraField("settlement_funds_cad", "int"),
    ExtraField("dependent_children", "int"),
    ExtraField("authorized_to_work_in_canada", "bool"),
    ExtraField("has_eca", "bool"),
    ExtraField("skilled_continuous_months_last_10_years", "int"),
    ExtraField("canadian_months_teer_0_1_last_3_years", "int"),
    ExtraField("canadian_months_teer_2_3_last_3_years", "int"),
    ExtraField("occupation_noc", "noc"),
    ExtraField("occupation_category", "choice", OCCUPATION_CATEGORIES),
    ExtraField("occupation_months_last_5_years", "int"),
    ExtraField("occupation_months_last_3_years", "int"),
    ExtraField("occupation_continuous_months_last_3_years", "int"),
    ExtraField("occupation_canadian_months_last_3_years", "int"),
    ExtraField("canadian_study_2_years", "bool"),
    ExtraField("spouse_canadian_study_2_years", "bool"),
    ExtraField("spouse_canadian_work_1_year", "bool"),
    ExtraField("relative_in_canada", "bool"),
    ExtraField("military_recruit", "bool"),
)

EXTRA_KEYS: frozenset[str] = frozenset(f.key for f in EXTRA_FIELDS)
_BY_KEY = {f.key: f for f in EXTRA_FIELDS}
MAX_INT = 10_000_000  # far above any real month count or funds amount; the forms use the same limit


def parse_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    """Validate the extra answers and return only those given (``None`` counts as not given).

    Unknown keys are refused rather than ignored: a misspelt key would otherwise silently turn
    an answer into "missing" and the user would never learn why the result stayed unknown.
    """
    if not isinstance(extra, Mapping):
        raise ProfileError("extra", "must be a JSON object of extra answers")
    answers: dict[str, Any] = {}
    for key, value in extra.items():
        spec = _BY_KEY.get(key)
        if spec is None:
            raise ProfileError(str(key), f"is not an extra answer; allowed: {', '.join(sorted(EXTRA_KEYS))}")
        if value is None:
            continue
        answers[key] = _check(spec, value)
    return answers


def _check(spec: ExtraField, value: Any) -> Any:
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise ProfileError(spec.key, "must be true or false")
        return value
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_INT:
            raise ProfileError(spec.key, "must be a whole number of 0 or more")
        return value
    if spec.kind == "noc":
        if not isinstance(value, str) or not value.isdigit() or len(value) not in (4, 5):
            raise ProfileError(spec.key, "must be a NOC code of 5 digits (NOC 2021) or 4 (NOC 2016), as a string")
        return value
    if value not in spec.choices:
        raise ProfileError(spec.key, f"must be one of: {', '.join(spec.choices)}")
    return value
