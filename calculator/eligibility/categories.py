"""Whether a person could be invited in each category-based round in force on the date.

A category round invites only people eligible for FSW, CEC or FST who also meet the category's
own criteria (IRCC category-based selection page [C7]). Occupational categories are checked on
the occupation's NOC code against the dated list; without a code, the self-declared category is
trusted. Being eligible for a category does not mean a round will be held for it.
"""

from __future__ import annotations

from typing import Any

from .candidate import (
    Candidate,
    Requirement,
    all_met,
    language_line,
    requirement,
    same_minimum,
)
from .rules.categories import Category, CategoryRules

TWO_YEAR_POST_SECONDARY = frozenset({"two_year", "bachelors", "two_or_more", "masters", "doctoral"})


def assess_categories(
    candidate: Candidate, rules: CategoryRules | None, program_eligible: bool | None
) -> list[dict[str, Any]]:
    if rules is None:
        return []
    results = []
    for category in rules.categories:
        criteria = _criteria(candidate, category)
        requirements = [_program_line(program_eligible), *criteria]
        results.append(
            {
                "id": category.id,
                "name": category.name,
                "criteria_met": all_met(criteria),
                "eligible": all_met(requirements),
                "requirements": requirements,
            }
        )
    return results


def _program_line(program_eligible: bool | None) -> Requirement:
    detail = {
        True: "eligible for at least one of FSW, CEC, FST",
        False: "category rounds invite only people eligible for FSW, CEC or FST; none is met",
        None: "must be eligible for FSW, CEC or FST; not settled yet",
    }[program_eligible]
    return requirement("program", program_eligible, detail)


def _criteria(candidate: Candidate, category: Category) -> list[Requirement]:
    if category.kind == "french":
        french = candidate.french_result()
        wanted = f"NCLC {category.nclc} in every ability of a French test"
        if french is None:
            return [requirement("french", False, f"needs {wanted}; no French result")]
        return [language_line("french", french, same_minimum(category.nclc), wanted)]
    if category.kind == "military":
        return _military(candidate)
    return [_occupation(candidate, category), _months(candidate, category)]


def _occupation(candidate: Candidate, category: Category) -> Requirement:
    listed = category.occupations
    assert listed is not None
    noc = candidate.answer("occupation_noc")
    if noc is None:
        declared = candidate.answer("occupation_category")
        if declared is None:
            return requirement(
                "occupation", None, f"needs an occupation on the {category.name} list",
                ("occupation_noc", "occupation_category"),
            )
        return requirement(
            "occupation",
            declared == category.id,
            f"needs an occupation on the {category.name} list; declared category: {declared}",
        )
    if noc in listed.codes:
        return requirement("occupation", True, f"NOC {noc} is on the {category.name} list")
    if listed.complete:
        return requirement("occupation", False, f"NOC {noc} is not on the {category.name} list")
    return requirement(
        "occupation",
        None,
        f"NOC {noc} is not among the known codes of the {category.name} list of this period, "
        "which is only partly bundled; check IRCC's list",
    )


def _months(candidate: Candidate, category: Category) -> Requirement:
    """From 2026-02-18: 12 months, not necessarily continuous (in Canada for the three
    "with Canadian work experience" categories); before: 6 months continuous."""
    where = "in Canada" if category.in_canada else "in Canada or abroad"
    wanted = (
        f"{category.months} months of full-time (or equal part-time) work in that occupation "
        f"in the last 3 years, {where}" + (", continuous" if category.continuous else "")
    )
    keys = []
    if category.in_canada:
        keys.append("occupation_canadian_months_last_3_years")
    if category.continuous:
        keys.append("occupation_continuous_months_last_3_years")
    if not keys:
        keys.append("occupation_months_last_3_years")
    values = [candidate.answer(k) for k in keys]
    if any(v is not None and v < category.months for v in values):
        shortest = min(v for v in values if v is not None)
        return requirement(
            "recent_work", False, f"needs {wanted}; has {shortest}, {category.months - shortest} short"
        )
    if None in values:
        return requirement(
            "recent_work", None, f"needs {wanted}", tuple(k for k, v in zip(keys, values) if v is None)
        )
    return requirement("recent_work", True, f"needs {wanted}; has {min(values)}")


def _military(candidate: Candidate) -> list[Requirement]:
    recruit = candidate.answer("military_recruit")
    return [
        requirement(
            "military_service_and_offer",
            recruit,
            "needs 10+ years' continuous service in a recognized foreign military and a Canadian "
            "Armed Forces offer of 3+ years as 40042, 42102 or 43204",
            ("military_recruit",),
        ),
        requirement(
            "education",
            candidate.education in TWO_YEAR_POST_SECONDARY,
            "needs a post-secondary credential of at least 2 years",
        ),
    ]
