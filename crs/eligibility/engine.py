"""Assemble one eligibility answer: programs, settlement funds and category rounds.

``assess_breakdown`` is the pure core: it needs only the CRS profile, the two things the scoring
breakdown settles (CLB levels and "with spouse") and the extra answers, so it never converts a
language test itself and never disagrees with the score shown beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from crs.dated import in_force
from crs.scoring import score
from crs.scoring.errors import ProfileError

from .answers import parse_extra
from .candidate import Candidate
from .categories import assess_categories
from .cec import assess_cec
from .fst import assess_fst
from .fsw import assess_fsw
from .messages import _
from .rules.categories import category_rules
from .rules.programs import PROGRAM_RULES
from .settlement import funds_requirement, funds_section

PROGRAMS = ("fsw", "cec", "fst")


def assess(
    profile: Mapping[str, Any],
    extra: Mapping[str, Any],
    *,
    effective_date: dt.date | str | None = None,
) -> dict[str, Any]:
    """Eligibility on ``effective_date`` (else the profile's, else today).

    Scores the profile first: the score validates it and is the one place CLB levels come from.
    Raises ``ProfileError`` naming the field for an unusable profile or extra answer.
    """
    return assess_breakdown(profile, score(profile, effective_date=effective_date), extra)


def assess_breakdown(
    profile: Mapping[str, Any],
    breakdown: Mapping[str, Any],
    extra: Mapping[str, Any],
) -> dict[str, Any]:
    """Eligibility for FSW, CEC, FST and each category round in force on the breakdown's date.

    ``breakdown`` must be ``crs.scoring.score(profile)``'s result for this ``profile``
    (it has validated the profile; ``clb``, ``with_spouse`` and ``effective_date`` are read), so a
    caller that shows the score too scores once.
    """
    answers = parse_extra(extra)
    effective_date = dt.date.fromisoformat(breakdown["effective_date"])
    candidate = Candidate.read(profile, breakdown, answers, effective_date)
    program_rules, _before = in_force(PROGRAM_RULES, effective_date)  # score() refuses dates before both
    _check_noc(answers.get("occupation_noc"), program_rules.noc_digits, program_rules.noc_version)

    funds = funds_section(candidate)
    funds_line = funds_requirement(funds)
    fsw = assess_fsw(candidate, funds_line)
    cec = assess_cec(candidate)
    fst = assess_fst(candidate, program_rules, funds_line)
    results = {"fsw": fsw, "cec": cec, "fst": fst}
    any_program = _any(r["eligible"] for r in results.values())

    categories, before_categories = in_force(category_rules(), effective_date)
    notes = []
    if before_categories:
        categories_in_force = None
        notes.append(_("no category-based rounds before %(day)s", day=categories.effective_from.isoformat()))
    else:
        categories_in_force = categories
    category_results = assess_categories(candidate, categories_in_force, any_program)

    return {
        "effective_date": effective_date.isoformat(),
        "rules": {
            "programs": program_rules.effective_from.isoformat(),
            "programs_source": program_rules.source,
            "settlement_funds": funds["table"],
            "categories": categories_in_force.effective_from.isoformat() if categories_in_force else None,
            "categories_source": categories_in_force.source if categories_in_force else None,
        },
        **results,
        "eligible_programs": [p for p in PROGRAMS if results[p]["eligible"]],
        "any_program": any_program,
        "settlement_funds": funds,
        "categories": category_results,
        "missing": _missing(results, category_results),
        "notes": [note.english() for note in notes],
        "note_messages": [note.as_json() for note in notes],
    }


def _check_noc(noc: str | None, digits: int, version: str) -> None:
    if noc is not None and len(noc) != digits:
        raise ProfileError("occupation_noc", f"must be a {digits}-digit {version} code on this date")


def _any(states: Any) -> bool | None:
    """True if any is True, False if all are False, else None."""
    values = list(states)
    if True in values:
        return True
    if None in values:
        return None
    return False


def _missing(results: Mapping[str, Any], categories: list[dict[str, Any]]) -> list[str]:
    """The extra answers that would settle something still unknown, in first-needed order."""
    keys: dict[str, None] = {}
    for section in [*results.values(), *categories]:
        for line in section["requirements"]:
            keys.update(dict.fromkeys(line.get("needs", ())))
    return list(keys)
