"""What the eligibility page, the result page's summary, the scenarios and the partner comparison
show of the eligibility engine's answer: names and sentences translated, cut-offs beside each
category, states the templates colour.

The engine reads the same breakdown the page shows (``assess_breakdown``), so nothing here scores
again or can disagree with the result page.
"""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from calculator.eligibility.text import text
from calculator.labels import GRID_FACTORS, PROGRAM_NAMES, PROGRAM_SHORT, REQUIREMENT_NAMES, category_name
from crs.eligibility import ProfileError, assess_breakdown
from draws.selectors import recent_cutoffs

CATEGORY_MONTHS = 12  # category rounds are rarer than general ones: a year of them

STATUS = {True: _("Appears eligible"), False: _("Not eligible"), None: _("Not known yet")}


NOT_ASSESSED = object()  # ``assessed`` not given: ask the engine


def engine_answer(profile: dict, breakdown: dict, extra: dict) -> dict | None:
    """``assess_breakdown``'s answer, or None when it refuses the answers: a page that needs it
    twice (the result page's verdict and its summary) asks once and passes it on."""
    try:
        return assess_breakdown(profile, breakdown, extra)
    except ProfileError:
        return None


def programs_and_categories(
    profile: dict, breakdown: dict, extra: dict, cutoffs: dict | None = None, *, assessed=NOT_ASSESSED
) -> dict | None:
    """The engine's answer, shaped for templates (names and sentences translated, cut-offs beside
    each category).

    None when the engine refuses the answers (it never should for a scored profile; the page then
    says so rather than failing).  ``assessed``: ``engine_answer`` for these answers, when the
    page has it already.
    """
    result = engine_answer(profile, breakdown, extra) if assessed is NOT_ASSESSED else assessed
    if result is None:
        return None
    if cutoffs is None:  # the last CATEGORY_MONTHS of rounds, unless the page has read them already
        cutoffs = recent_cutoffs(months=CATEGORY_MONTHS)
    total = breakdown["total"]
    category_rows = [_category(row, cutoffs.get(row["id"], []), total) for row in result["categories"]]
    return {
        **result,
        "programs": [_program(key, result[key]) for key in ("fsw", "cec", "fst")],
        "grid": _grid(result["fsw"]["grid"]),
        "category_rows": category_rows,
        "invited": [row["name"] for row in category_rows if row["eligible"]],
        "eligible_names": [PROGRAM_SHORT[key] for key in result["eligible_programs"]],
        "status": STATUS[result["any_program"]],
        "months": CATEGORY_MONTHS,
        "funds_short": _funds_short(result["settlement_funds"]),
        "funds_warning": text(result["settlement_funds"].get("warning_message")),
    }


def _program(key: str, section: dict) -> dict:
    return {
        "id": key,
        "name": PROGRAM_NAMES[key],
        "short": PROGRAM_SHORT[key],
        "eligible": section["eligible"],
        "state": {True: "met", False: "failed", None: "unknown"}[section["eligible"]],
        "status": STATUS[section["eligible"]],
        "requirements": [_requirement(line) for line in section["requirements"]],
    }


# A requirement's sentence is put into words when a page shows it: the result page's summary shows
# only each program's state, and words for every requirement were half its eligibility time.
_text_when_shown = lazy(text, str)


def _requirement(line: dict) -> dict:
    return {
        **line,
        "text": _text_when_shown(line["message"]),
        "name": REQUIREMENT_NAMES.get(line["id"], line["id"].replace("_", " ").capitalize()),
        "state": "expired" if line.get("expired") else {True: "met", False: "failed", None: "unknown"}[line["met"]],
        "state_label": _("Expired")
        if line.get("expired")
        else {True: _("Met"), False: _("Not met"), None: _("Not known yet")}[line["met"]],
    }


def _grid(grid: dict) -> dict:
    lines = [
        {**line, "name": GRID_FACTORS.get(line["factor"], line["factor"]), "text": _text_when_shown(line["message"])}
        for line in grid["lines"]
    ]
    return {
        **grid,
        "lines": lines,
        "passes": grid["total"] >= grid["pass_mark"],
        "short_by": max(grid["pass_mark"] - grid["total"], 0),
    }


def _category(row: dict, cutoffs: list[int], total: int) -> dict:
    state = {True: "met", False: "failed", None: "unknown"}[row["eligible"]]
    return {
        **row,
        "name": category_name(row["id"], row["name"]),
        "state": state,
        "status": {True: _("Could be invited"), False: _("Not eligible"), None: _("Not known yet")}[row["eligible"]],
        "requirements": [_requirement(line) for line in row["requirements"]],
        "draws": len(cutoffs),
        "lowest": cutoffs[0] if cutoffs else None,
        "highest": cutoffs[-1] if cutoffs else None,
        "cleared": sum(1 for cutoff in cutoffs if cutoff <= total),
        "gap": cutoffs[0] - total if cutoffs and cutoffs[0] > total else 0,
    }


def _funds_short(funds: dict) -> int:
    required, available = funds.get("required_cad"), funds.get("available_cad")
    if required is None or available is None or funds.get("exempt_with_job_offer"):
        return 0
    return max(required - available, 0)
