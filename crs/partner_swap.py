"""Which partner should apply: the couple's profile with the partner in the principal's place.

A couple may choose either person as the principal applicant, and the CRS weighs the principal's
factors far more than the spouse's, so the choice can move the total by dozens of points. The
profile already holds most of the partner (education, first official language, Canadian work);
``PartnerFacts`` holds the few facts only a principal is scored on. ``swapped`` exchanges the two
people's answers, and both ways are scored by the engine: nothing here knows a point value.

Decisions (the page says them too):
- The principal's second official language and job offer belong to that person; the partner's
  are not asked, so the swapped profile has neither (since 2025-03-25 an offer earns no points).
- The provincial nomination and the marital answers stay as they are (the issue's wording).
- The spouse's language factor reads the first official language, so the principal's first
  language becomes the spouse's language.
Pure Python (no Django).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from .scoring import ProfileError, score
from .scoring.engine import Breakdown
from .scoring.rule_set import CANADIAN_EDUCATION_LEVELS

Section = Literal["core", "spouse", "transferability", "additional"]  # the breakdown's sections
SECTIONS: tuple[Section, ...] = ("core", "spouse", "transferability", "additional")
# The lines compared, in the breakdown's order: sub-totals and the per-ability detail are left out
# (the sub-totals are the sums of these; ``uncapped`` is not a line of points).
SKIPPED = frozenset(
    (
        "subtotal",
        "first_language_by_ability",
        "uncapped",
        "education_subtotal",
        "foreign_subtotal",
        "certificate_subtotal",
    )
)


@dataclass(frozen=True)
class PartnerFacts:
    """What scoring the partner as principal needs beyond the profile. ``age`` is required."""

    age: int
    foreign_work_years: int = 0
    canadian_education: str = "none"
    certificate_of_qualification: bool = False


@dataclass(frozen=True)
class Line:
    section: str
    key: str
    principal: int
    partner: int

    @property
    def difference(self) -> int:
        """Partner as principal minus you as principal."""
        return self.partner - self.principal


@dataclass(frozen=True)
class Comparison:
    principal: Breakdown = field(repr=False)  # the engine's breakdown, you as principal
    partner: Breakdown = field(repr=False)  # the engine's breakdown, the partner as principal
    swapped_profile: dict[str, Any] = field(repr=False)
    lines: tuple[Line, ...] = ()

    @property
    def difference(self) -> int:
        return self.partner["total"] - self.principal["total"]

    @property
    def better(self) -> str:
        """ "principal", "partner", or "equal"."""
        if self.difference > 0:
            return "partner"
        return "principal" if self.difference < 0 else "equal"


def swapped(profile: Mapping[str, Any], partner: PartnerFacts) -> dict[str, Any]:
    """The profile with the partner as principal and the principal as the accompanying spouse."""
    _check(partner)
    changed = {key: value for key, value in profile.items() if key not in ("second_language", "job_offer")}
    changed.update(
        {
            "age": partner.age,
            "education": profile.get("spouse_education") or "less_than_secondary",
            "canadian_education": partner.canadian_education,
            "first_language": profile.get("spouse_language"),
            "canadian_work_years": profile.get("spouse_canadian_work_years") or 0,
            "foreign_work_years": partner.foreign_work_years,
            "certificate_of_qualification": partner.certificate_of_qualification,
            "sibling_in_canada": bool(profile.get("spouse_sibling_in_canada")),
            "spouse_sibling_in_canada": bool(profile.get("sibling_in_canada")),
            "spouse_education": profile.get("education") or "less_than_secondary",
            "spouse_language": profile.get("first_language"),
            "spouse_canadian_work_years": profile.get("canadian_work_years") or 0,
        }
    )
    return {key: value for key, value in changed.items() if value is not None}


def compare(
    profile: Mapping[str, Any],
    partner: PartnerFacts,
    *,
    effective_date: date | str | None = None,
    principal: Breakdown | None = None,
) -> Comparison:
    """Both ways scored on the same day, with every line side by side.

    ``principal`` is the engine's breakdown of ``profile`` when the caller has it already.
    Raises ProfileError for a profile not scored with a spouse, or bad partner facts.
    """
    if principal is None:
        principal = score(profile, effective_date=effective_date)
    if not principal["with_spouse"]:
        raise ProfileError("marital_status", "only a married or common-law couple, both coming to Canada, can swap")
    other = swapped(profile, partner)
    theirs = score(other, effective_date=principal["effective_date"])
    lines = tuple(
        Line(section, key, _points(principal, section, key), _points(theirs, section, key))
        for section in SECTIONS
        for key in principal[section]
        if key not in SKIPPED
    )
    return Comparison(principal=principal, partner=theirs, swapped_profile=other, lines=lines)


def _points(breakdown: Breakdown, section: Section, key: str) -> int:
    """One line of a section. The key is known only at run time, so the section is read as the
    mapping it is; every line not in SKIPPED is whole points, and a new line that is not must be
    skipped, not shown as a number."""
    lines: Mapping[str, object] = breakdown[section]
    points = lines[key]
    if type(points) is not int:
        raise TypeError(f"{section}.{key} is not a line of points: add it to SKIPPED")
    return points


def _check(partner: PartnerFacts) -> None:
    if type(partner.age) is not int or not 0 <= partner.age <= 120:
        raise ProfileError("partner.age", f"must be a whole number of years from 0 to 120; got {partner.age!r}")
    if type(partner.foreign_work_years) is not int or partner.foreign_work_years < 0:
        raise ProfileError(
            "partner.foreign_work_years", f"must be a whole number, 0 or more; got {partner.foreign_work_years!r}"
        )
    if partner.canadian_education not in CANADIAN_EDUCATION_LEVELS:
        raise ProfileError(
            "partner.canadian_education",
            f"must be one of {', '.join(CANADIAN_EDUCATION_LEVELS)}; got {partner.canadian_education!r}",
        )
    if type(partner.certificate_of_qualification) is not bool:
        raise ProfileError("partner.certificate_of_qualification", "must be true or false")
