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
    needs,
    requirement,
    same_minimum,
)
from .messages import CategoryName, _
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
        True: _("eligible for at least one of FSW, CEC, FST"),
        False: _("category rounds invite only people eligible for FSW, CEC or FST; none is met"),
        None: _("must be eligible for FSW, CEC or FST; not settled yet"),
    }[program_eligible]
    return requirement("program", program_eligible, detail)


def _criteria(candidate: Candidate, category: Category) -> list[Requirement]:
    if category.kind == "french":
        french = candidate.french_result()
        wanted = _("NCLC %(level)s in every ability of a French test", level=category.nclc)
        if french is None:
            return [requirement("french", False, _("needs %(wanted)s; no French result", wanted=wanted))]
        return [language_line("french", french, same_minimum(category.nclc), wanted)]
    if category.kind == "military":
        return _military(candidate)
    return [_occupation(candidate, category), _months(candidate, category)]


def _occupation(candidate: Candidate, category: Category) -> Requirement:
    listed = category.occupations
    assert listed is not None
    noc = candidate.answer("occupation_noc")
    name = CategoryName(category.id, category.name)
    if noc is None:
        declared = candidate.answer("occupation_category")
        if declared is None:
            return requirement(
                "occupation",
                None,
                _("needs an occupation on the %(category)s list", category=name),
                ("occupation_noc", "occupation_category"),
            )
        return requirement(
            "occupation",
            declared == category.id,
            _(
                "needs an occupation on the %(category)s list; declared category: %(declared)s",
                category=name,
                declared=CategoryName(declared, declared),
            ),
        )
    if noc in listed.codes:
        return requirement("occupation", True, _("NOC %(noc)s is on the %(category)s list", noc=noc, category=name))
    if listed.complete:
        return requirement(
            "occupation", False, _("NOC %(noc)s is not on the %(category)s list", noc=noc, category=name)
        )
    return requirement(
        "occupation",
        None,
        _(
            "NOC %(noc)s is not among the known codes of the %(category)s list of this period, "
            "which is only partly bundled; check IRCC's list",
            noc=noc,
            category=name,
        ),
    )


def _months(candidate: Candidate, category: Category) -> Requirement:
    """From 2026-02-18: 12 months, not necessarily continuous (in Canada for the three
    "with Canadian work experience" categories); before: 6 months continuous."""
    wanted = {  # (in Canada, continuous)
        (True, True): _(
            "%(months)s months of full-time (or equal part-time) work in that occupation "
            "in the last 3 years, in Canada, continuous",
            months=category.months,
        ),
        (True, False): _(
            "%(months)s months of full-time (or equal part-time) work in that occupation "
            "in the last 3 years, in Canada",
            months=category.months,
        ),
        (False, True): _(
            "%(months)s months of full-time (or equal part-time) work in that occupation "
            "in the last 3 years, in Canada or abroad, continuous",
            months=category.months,
        ),
        (False, False): _(
            "%(months)s months of full-time (or equal part-time) work in that "
            "occupation in the last 3 years, in Canada or abroad",
            months=category.months,
        ),
    }[category.in_canada, category.continuous]
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
            "recent_work",
            False,
            _(
                "needs %(wanted)s; has %(months)s, %(short)s short",
                wanted=wanted,
                months=shortest,
                short=category.months - shortest,
            ),
        )
    if None in values:
        return requirement(
            "recent_work", None, needs(wanted), tuple(k for k, v in zip(keys, values, strict=False) if v is None)
        )
    return requirement("recent_work", True, _("needs %(wanted)s; has %(months)s", wanted=wanted, months=min(values)))


def _military(candidate: Candidate) -> list[Requirement]:
    recruit = candidate.answer("military_recruit")
    return [
        requirement(
            "military_service_and_offer",
            recruit,
            _(
                "needs 10+ years' continuous service in a recognized foreign military and a Canadian "
                "Armed Forces offer of 3+ years as 40042, 42102 or 43204"
            ),
            ("military_recruit",),
        ),
        requirement(
            "education",
            candidate.education in TWO_YEAR_POST_SECONDARY,
            _("needs a post-secondary credential of at least 2 years"),
        ),
    ]
