"""Federal Skilled Worker Program: minimum requirements and the 67-point selection grid.

IRPR ss. 75-83 [R1]; IRCC FSW page [C1] (page details 2026-06-22). A failed minimum overrides
the points, but the grid is still reported line by line so the user sees how far off they are.
Where an unanswered adaptability question could change the result, the grid reports both the
points proven and the most the answers could add, and stays undecided only if 67 lies between.
"""

from __future__ import annotations

from typing import Any

from crs.vocabulary import ABILITIES

from .candidate import (
    ABILITY_NAMES,
    Candidate,
    Requirement,
    all_met,
    language_line,
    months_requirement,
    outside_quebec,
    requirement,
    same_minimum,
    scale,
)
from .messages import Joined, Text, _
from .rules.programs import (
    FSW_ADAPTABILITY_CAP,
    FSW_ADAPTABILITY_POINTS,
    FSW_ARRANGED_EMPLOYMENT_POINTS,
    FSW_EDUCATION_POINTS,
    FSW_EXPERIENCE_POINTS,
    FSW_FIRST_LANGUAGE_POINTS,
    FSW_MAX,
    FSW_MIN_CONTINUOUS_MONTHS,
    FSW_MIN_FIRST_LANGUAGE_CLB,
    FSW_PASS_MARK,
    FSW_SECOND_LANGUAGE_POINTS,
    fsw_age_points,
)

Line = dict[str, Any]


def assess_fsw(candidate: Candidate, funds: Requirement) -> dict[str, Any]:
    grid = selection_grid(candidate)
    requirements = [
        _skilled_work(candidate),
        language_line(
            "language",
            candidate.first,
            same_minimum(FSW_MIN_FIRST_LANGUAGE_CLB),
            _("%(unit)s %(level)s in every ability of the first official language", level=FSW_MIN_FIRST_LANGUAGE_CLB),
        ),
        _education(candidate),
        _grid_requirement(grid),
        funds,
        outside_quebec(candidate),
    ]
    return {"eligible": all_met(requirements), "requirements": requirements, "grid": grid}


def _skilled_work(candidate: Candidate) -> Requirement:
    return months_requirement(
        candidate,
        "skilled_work",
        "skilled_continuous_months_last_10_years",
        FSW_MIN_CONTINUOUS_MONTHS,
        _("1 year (1,560 hours) of continuous paid work in one TEER 0-3 occupation in the last 10 years"),
    )


def _education(candidate: Candidate) -> Requirement:
    wanted = _("a Canadian secondary or post-secondary credential, or a foreign one with an ECA")
    if candidate.education == "less_than_secondary":
        return requirement("education", False, _("needs %(wanted)s; the profile has none", wanted=wanted))
    if candidate.canadian_education != "none":
        return requirement("education", True, _("needs %(wanted)s; has a Canadian credential", wanted=wanted))
    has_eca = candidate.answer("has_eca")
    detail = {
        True: _("needs %(wanted)s; has a foreign credential with an ECA", wanted=wanted),
        False: _("needs %(wanted)s; the foreign credential has no ECA yet", wanted=wanted),
        None: _("needs %(wanted)s; foreign credential: is there an ECA?", wanted=wanted),
    }[has_eca]
    return requirement("education", has_eca, detail, ("has_eca",))


def _grid_requirement(grid: dict[str, Any]) -> Requirement:
    total, possible = grid["total"], grid["possible_total"]
    marks = {"pass": FSW_PASS_MARK, "max": FSW_MAX, "total": total}
    if total >= FSW_PASS_MARK:
        return requirement("selection_grid", True, _("needs %(pass)s of %(max)s; has %(total)s", **marks))
    if possible < FSW_PASS_MARK:
        return requirement(
            "selection_grid",
            False,
            _("needs %(pass)s of %(max)s; has %(total)s, %(short)s short", **marks, short=FSW_PASS_MARK - total),
        )
    return requirement(
        "selection_grid",
        None,
        _(
            "needs %(pass)s of %(max)s; has %(total)s proven, up to %(possible)s with the "
            "unanswered adaptability questions",
            **marks,
            possible=possible,
        ),
        tuple(grid["lines"][-1].get("needs", ())),
    )


def selection_grid(candidate: Candidate) -> dict[str, Any]:
    """The six FSW factors, each line with its points, maximum and the reason."""
    lines = [
        _language(candidate),
        _education_points(candidate),
        _experience(candidate),
        _age(candidate),
        _arranged_employment(candidate),
        _adaptability(candidate),
    ]
    total = sum(line["points"] for line in lines)
    possible = sum(line["possible"] if "possible" in line else line["points"] for line in lines)
    return {
        "lines": lines,
        "total": total,
        "possible_total": possible,
        "max": FSW_MAX,
        "pass_mark": FSW_PASS_MARK,
    }


# The profile's education values as the grid line names them (English kept as the API's).
EDUCATION_NAMES = {
    "less_than_secondary": _("less than secondary school"),
    "secondary": _("secondary school diploma"),
    "one_year": _("one-year post-secondary program"),
    "two_year": _("two-year post-secondary program"),
    "bachelors": _("bachelor's degree or three-year program"),
    "two_or_more": _("two or more post-secondary credentials"),
    "masters": _("master's or professional degree"),
    "doctoral": _("doctoral degree"),
}
ADAPTABILITY_NAMES = {
    "spouse_language": _("spouse's or partner's language"),
    "canadian_study": _("study in Canada"),
    "spouse_canadian_study": _("spouse's or partner's study in Canada"),
    "canadian_work": _("work in Canada"),
    "spouse_canadian_work": _("spouse's or partner's work in Canada"),
    "arranged_employment": _("arranged employment"),
    "relative_in_canada": _("relative in Canada"),
}


def _line(factor: str, points: int, maximum: int, message: Text) -> Line:
    return {
        "factor": factor,
        "points": points,
        "max": maximum,
        "detail": message.english(),
        "message": message.as_json(),
    }


def _language(candidate: Candidate) -> Line:
    first, second = candidate.first, candidate.second
    if not first:
        return _line("language", 0, 28, _("no first-language result"))
    per_ability = {a: FSW_FIRST_LANGUAGE_POINTS.get(min(int(first.get(a) or 0), 9), 0) for a in ABILITIES}
    unit = scale(first)
    parts = [
        _(
            "%(ability)s %(unit)s %(level)s = %(points)s",
            ability=ABILITY_NAMES[a],
            unit=unit,
            level=str(first.get(a)),
            points=per_ability[a],
        )
        for a in ABILITIES
    ]
    second_points = 0
    if second and all(int(second.get(a) or 0) >= 5 for a in ABILITIES):
        second_points = FSW_SECOND_LANGUAGE_POINTS
        parts.append(
            _("second language %(unit)s 5+ in all four = %(points)s", unit=scale(second), points=second_points)
        )
    else:
        parts.append(_("second language: 0 (needs CLB 5+ in all four)"))
    return _line("language", sum(per_ability.values()) + second_points, 28, Joined("; ", parts))


def _education_points(candidate: Candidate) -> Line:
    points = FSW_EDUCATION_POINTS[candidate.education]
    return _line(
        "education",
        points,
        25,
        _("%(education)s: %(points)s", education=EDUCATION_NAMES[candidate.education], points=points),
    )


def _experience(candidate: Candidate) -> Line:
    years = candidate.skilled_work_years
    points = next((p for least, p in FSW_EXPERIENCE_POINTS if years >= least), 0)
    detail = _(
        "%(years)s year(s) of skilled work in the last 10 years (Canadian + foreign): %(points)s",
        years=years,
        points=points,
    )
    return _line("experience", points, 15, detail)


def _age(candidate: Candidate) -> Line:
    points = fsw_age_points(candidate.age)
    return _line("age", points, 12, _("age %(age)s: %(points)s", age=candidate.age, points=points))


def _arranged_employment(candidate: Candidate) -> Line:
    if candidate.has_valid_job_offer:
        return _line(
            "arranged_employment",
            FSW_ARRANGED_EMPLOYMENT_POINTS,
            10,
            _("valid TEER 0-3 job offer of at least one year: %(points)s", points=FSW_ARRANGED_EMPLOYMENT_POINTS),
        )
    return _line("arranged_employment", 0, 10, _("no qualifying job offer: 0"))


def _adaptability(candidate: Candidate) -> Line:
    """Each element is True, False or None (unanswered); proven points count the Trues and the
    ceiling adds the Nones, both capped at 10."""
    elements = _adaptability_elements(candidate)
    proven = sum(FSW_ADAPTABILITY_POINTS[e] for e, (state, _key) in elements.items() if state)
    ceiling = proven + sum(FSW_ADAPTABILITY_POINTS[e] for e, (state, _key) in elements.items() if state is None)
    described = [
        _("%(element)s +%(points)s", element=ADAPTABILITY_NAMES[e], points=FSW_ADAPTABILITY_POINTS[e])
        for e, (state, _key) in elements.items()
        if state
    ]
    points = min(proven, FSW_ADAPTABILITY_CAP)
    elements_text = Joined(", ", described) if described else _("no element")
    line = _line(
        "adaptability",
        points,
        FSW_ADAPTABILITY_CAP,
        _(
            "%(elements)s (capped at %(cap)s): %(points)s",
            elements=elements_text,
            cap=FSW_ADAPTABILITY_CAP,
            points=points,
        ),
    )
    possible = min(ceiling, FSW_ADAPTABILITY_CAP)
    if possible > points:
        line["possible"] = possible
        line["needs"] = [key for state, key in elements.values() if state is None and key]
    return line


def _adaptability_elements(candidate: Candidate) -> dict[str, tuple[bool | None, str]]:
    """Element -> (state, the extra answer that settles it). Derived from the profile wherever
    it can be: a Canadian credential of 3+ years proves the 2 years of study, CRS siblings are
    relatives, CRS Canadian work years are TEER 0-3 work."""
    answer = candidate.answer
    spouse = candidate.with_spouse
    study = {"none": False, "three_year_plus": True}.get(candidate.canadian_education, answer("canadian_study_2_years"))
    spouse_clb4 = bool(spouse and candidate.spouse and all(int(candidate.spouse.get(a) or 0) >= 4 for a in ABILITIES))
    spouse_work = (candidate.spouse_canadian_work_years >= 1) or answer("spouse_canadian_work_1_year")
    relative = (
        candidate.sibling_in_canada or (spouse and candidate.spouse_sibling_in_canada) or answer("relative_in_canada")
    )
    return {
        "spouse_language": (spouse_clb4, ""),
        "canadian_study": (study, "canadian_study_2_years"),
        "spouse_canadian_study": (
            answer("spouse_canadian_study_2_years") if spouse else False,
            "spouse_canadian_study_2_years",
        ),
        "canadian_work": (candidate.canadian_work_years >= 1, ""),
        "spouse_canadian_work": (spouse_work if spouse else False, "spouse_canadian_work_1_year"),
        "arranged_employment": (candidate.has_valid_job_offer, ""),
        "relative_in_canada": (relative, "relative_in_canada"),
    }
