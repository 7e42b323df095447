"""Words for the planner's actions. The planner returns ids and parameters (it is pure Python);
this is where they become translatable sentences for the result and share pages."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from calculator.labels import EDUCATION_NAMES, LANGUAGE_NAMES, ability_in_sentence
from crs.scoring.language_tests import ABILITIES, LANGUAGE_TESTS


def plan_rows(actions, profile=None) -> list[dict]:
    """One row per action: the title, the test scores it means (if any), and the numbers.
    ``profile``: whose plan it is, so someone who has a result is told to raise it, not to take a test."""
    return [{"action": action, "title": action_title(action, profile), "scores": _scores(action)} for action in actions]


def action_title(action, profile=None) -> str:
    p = action.params
    level = _level_name(p.get("language"), p.get("clb"))
    has = profile or {}
    if action.id == "second_language" and has.get("second_language"):
        if p["language"] == "french":
            return _("Raise your French results to %(level)s in all four abilities") % {"level": level}
        return _("Raise your English results to %(level)s in all four abilities") % {"level": level}
    if action.id == "spouse_language" and has.get("spouse_language"):
        return _("Your partner raises their results to %(level)s in all four abilities") % {"level": level}
    if action.id == "first_language_one":
        return _("Raise %(ability)s, your weakest ability, to %(level)s") % {
            "ability": ability_in_sentence(p["ability"]),
            "level": level,
        }
    if action.id == "first_language_all":
        return _("Reach %(level)s in all four %(language)s abilities") % {
            "level": level,
            "language": LANGUAGE_NAMES[p["language"]],
        }
    if action.id == "second_language":
        if p["language"] == "french":
            return _(
                "Take a French test and reach %(level)s in all four abilities (second-language points "
                "and the French bonus)"
            ) % {"level": level}
        return _("Take an English test and reach %(level)s in all four abilities") % {"level": level}
    if action.id == "canadian_work":
        return ngettext(
            "Gain %(years)d year of skilled work in Canada",
            "Gain one more year of skilled work in Canada (%(years)d years in all)",
            p["years"],
        ) % {"years": p["years"]}
    if action.id == "foreign_work":
        return ngettext(
            "Have %(years)d year of skilled work outside Canada",
            "Have %(years)d years of skilled work outside Canada",
            p["years"],
        ) % {"years": p["years"]}
    if action.id == "education":
        return _("Earn %(credential)s") % {"credential": EDUCATION_NAMES[p["education"]]}
    if action.id == "canadian_education":
        return _("Complete %(credential)s") % {"credential": EDUCATION_NAMES[p["canadian_education"]]}
    if action.id == "spouse_language":
        return _("Your partner takes a language test and reaches %(level)s in all four abilities") % {"level": level}
    if action.id == "spouse_education":
        return _("Your partner earns %(credential)s") % {"credential": EDUCATION_NAMES[p["education"]]}
    if action.id == "spouse_canadian_work":
        return ngettext(
            "Your partner gains %(years)d year of skilled work in Canada",
            "Your partner gains one more year of skilled work in Canada (%(years)d years in all)",
            p["years"],
        ) % {"years": p["years"]}
    if action.id == "spouse_not_accompanying":
        return _("Apply without your partner coming to Canada (scored as a single applicant)")
    if action.id == "provincial_nomination":
        return _(
            "Get a provincial or territorial nomination (a separate application to a province, "
            "not a change to your answers)"
        )
    return action.id


def _level_name(language, clb):
    if clb is None:
        return ""
    return (_("NCLC %(level)d") if language == "french" else _("CLB %(level)d")) % {"level": clb}


def _scores(action) -> list[dict]:
    """[{test, abilities: [(name, score)]}] — the person's own test, or each test of the language."""
    p = action.params
    if "test" in p:
        tests = {p["test"]: {a: p["scores"][a] for a in ABILITIES}}
        if action.id == "first_language_one":
            tests = {p["test"]: {p["ability"]: p["scores"][p["ability"]]}}
    else:
        tests = p.get("equivalents") or {}
        if action.id == "first_language_one":
            tests = {code: {p["ability"]: needed[p["ability"]]} for code, needed in tests.items()}
    return [
        {
            "test": LANGUAGE_TESTS[code].label,
            "abilities": [(ability_in_sentence(a), _number(code, value)) for a, value in needed.items()],
        }
        for code, needed in tests.items()
    ]


def _number(test, value):
    """As the test reports it: IELTS in half bands (7.0, 6.5), the others in whole numbers."""
    if test == "IELTS" and isinstance(value, (int, float)):
        return f"{value:.1f}"
    return str(value)
