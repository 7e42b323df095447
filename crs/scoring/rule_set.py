"""The shape every dated rule set fills in, and the vocabulary its tables are indexed by.

A rule set is data: tables of points plus the date it took effect and where the numbers come from.
The engine only indexes these tables, so a new rule set is a new module under ``rules/`` (usually
``previous.RULE_SET.replace(...)`` with the tables that changed), never a date test in the engine.

Table conventions, chosen so scoring is pure indexing:
- a *pair* is ``(single, with_spouse)`` and is indexed by the ``with_spouse`` bool;
- language tables are tuples indexed by CLB 0–10;
- education tables are tuples indexed by position in ``EDUCATION_LEVELS`` (the official order);
- work tables are tuples indexed by whole years, the last entry being "N or more".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from .job_offers import JobOffer

EDUCATION_LEVELS = (
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors",
    "two_or_more",
    "masters",
    "doctoral",
)
CANADIAN_EDUCATION_LEVELS = ("none", "secondary", "one_or_two_year", "three_year_plus")
MARITAL_STATUSES = ("single", "married", "common_law", "divorced", "separated", "widowed", "annulled")
SPOUSE_STATUSES = frozenset(("married", "common_law"))

Points = tuple[int, ...]  # points by index: CLB level, years, or position in a list of levels
Pair = tuple[Points, Points]  # (single, with spouse)
Grid = tuple[Points, ...]  # points by [tier][tier]
UnmodelledChange = tuple[date, str, str]  # (from, warning, warning when there is a job offer)


@dataclass(frozen=True, slots=True, repr=False)
class RuleSet:
    """One dated CRS grid, built once at import; the engine reads attributes only."""

    id: str
    effective_from: date
    source: str
    verified_on: date
    # A. core
    age: Pair
    education: Pair
    first_language: Pair
    second_language: Pair
    second_language_cap: tuple[int, int]
    canadian_work: Pair
    # B. spouse
    spouse_education: Points
    spouse_language: Points
    spouse_canadian_work: Points
    # C. transferability
    education_tier: Points
    language_tier: Points
    canadian_work_tier: Points
    foreign_work_tier: Points
    education_language: Grid
    education_canadian_work: Grid
    foreign_language: Grid
    foreign_canadian_work: Grid
    certificate_language: Points
    transferability_group_cap: int
    transferability_cap: int
    # D. additional
    provincial_nomination: int
    classify_job_offer: Callable[[JobOffer], str | None]
    job_offer: Mapping[str, int]
    canadian_education: Points
    sibling: int
    french_min_nclc: int
    french_english_min_clb: int
    french: tuple[int, int]  # (English not CLB 5+ on all four, English CLB 5+ on all four)
    additional_cap: int
    # reported changes after this set that the calculator does not model
    unmodelled_changes: tuple[UnmodelledChange, ...]

    def replace(self, **changes: object) -> RuleSet:
        """A new rule set equal to this one except for ``changes`` (a later era reusing tables)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<RuleSet {self.id}>"
