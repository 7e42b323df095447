"""The domain's words, in one place: what a profile may say, how the breakdown is divided, and how
many points each part of it can give.

Import these from here. Each is written once, beside the tables it indexes (the education levels in
``crs.scoring.rule_set``, the abilities in ``crs.scoring.language_tests``, the profile fields in
``crs.scoring.engine``) or below; the maxima and the 1200 are derived from the rule sets, so they
cannot drift from the points the engine gives. Translated names for these ids belong to the Django
layer; the engine stays in English ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crs.scoring.engine import PROFILE_FIELDS
from crs.scoring.language_tests import ABILITIES
from crs.scoring.profile import LANGUAGES
from crs.scoring.rule_set import (
    CANADIAN_EDUCATION_LEVELS,
    EDUCATION_LEVELS,
    MARITAL_STATUSES,
    SPOUSE_STATUSES,
    RuleSet,
)
from crs.scoring.rules import RULE_SETS

__all__ = [
    "ABILITIES",
    "CANADIAN_EDUCATION_LEVELS",
    "CATEGORY_IDS",
    "EDUCATION_LEVELS",
    "LANGUAGES",
    "MARITAL_STATUSES",
    "MAX_SCORE",
    "PROFILE_FIELDS",
    "SECTIONS",
    "SPOUSE_STATUSES",
    "SectionMaxima",
    "maxima_of",
    "section_maxima",
]

# The four sections of the breakdown, in the order IRCC's grid lists them (crs-rules.md A-D).
SECTIONS = ("core", "spouse", "transferability", "additional")

# Category-based selection: every category id the eligibility rules have used (data/categories.json).
CATEGORY_IDS = (
    "french",
    "healthcare",
    "stem",
    "trades",
    "transport",
    "agriculture",
    "education",
    "physicians",
    "senior_managers",
    "researchers",
    "military",
)

_FIRST_LANGUAGE_ABILITIES = len(ABILITIES)


@dataclass(frozen=True)
class SectionMaxima:
    """The most each section can give, for one rule set and one column (single or with spouse)."""

    core: int
    spouse: int
    transferability: int
    additional: int

    @property
    def total(self) -> int:
        return self.core + self.spouse + self.transferability + self.additional


def section_maxima(rule_set: RuleSet, *, with_spouse: bool) -> SectionMaxima:
    """Read from the tables: the best row of each factor, and each section's cap."""
    column = with_spouse
    second_language = min(
        _FIRST_LANGUAGE_ABILITIES * max(rule_set.second_language[column]), rule_set.second_language_cap[column]
    )
    core = (
        max(rule_set.age[column])
        + max(rule_set.education[column])
        + _FIRST_LANGUAGE_ABILITIES * max(rule_set.first_language[column])
        + second_language
        + max(rule_set.canadian_work[column])
    )
    spouse = (
        max(rule_set.spouse_education)
        + _FIRST_LANGUAGE_ABILITIES * max(rule_set.spouse_language)
        + max(rule_set.spouse_canadian_work)
        if with_spouse
        else 0
    )
    return SectionMaxima(
        core=core,
        spouse=spouse,
        transferability=rule_set.transferability_cap,
        additional=rule_set.additional_cap,
    )


def maxima_of(breakdown: Mapping[str, Any]) -> SectionMaxima:
    """The maxima under which ``breakdown`` was scored: its rule set (``rules``) and its column."""
    rule_set = next(rule_set for rule_set in RULE_SETS if rule_set.id == breakdown["rules"])
    return section_maxima(rule_set, with_spouse=bool(breakdown["with_spouse"]))


def _max_score() -> int:
    """The highest total: the same for both columns and every rule set (1200 since 2015)."""
    totals = {section_maxima(rule_set, with_spouse=spouse).total for rule_set in RULE_SETS for spouse in (False, True)}
    if len(totals) != 1:
        raise ValueError(f"the rule sets disagree on the highest CRS total: {sorted(totals)}")
    return totals.pop()


MAX_SCORE = _max_score()
