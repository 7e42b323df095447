"""The scenarios page's comparison: a column per set of answers (the wizard's, then each
scenario's), each one ``score()`` call and the eligibility engine on that breakdown, with what
differs from the wizard's answers marked."""

from __future__ import annotations

from django.utils.translation import gettext

from calculator.eligibility.presenters import programs_and_categories
from calculator.labels import SECTION_NAMES
from calculator.questionnaire import wizard
from calculator.questionnaire.scoring import breakdown_for
from calculator.scenarios import store as scenarios
from crs.vocabulary import SECTIONS
from draws.bands import band_for
from draws.names import max_score_text


def comparison_context(base: dict, extra: dict, items: list[dict]) -> dict:
    """The columns and rows of the comparison: ``base`` (the wizard's answers) first, then each
    scenario of ``items`` marked against it."""
    base_column = _column(base, extra, name=gettext("Your answers"))
    columns = [_column(item["answers"], extra, name=item["name"], scenario=item, base=base) for item in items]
    for column in columns:
        _compare(column, base_column)
    return {
        "base": base_column,
        "columns": columns,
        "all_columns": [base_column, *columns],
        "rows": _rows([base_column, *columns]),
    }


def _column(answers: dict, extra: dict, *, name: str, scenario: dict | None = None, base: dict | None = None) -> dict:
    missing = wizard.first_incomplete(answers)
    profile = wizard.answers_to_profile(answers)
    breakdown = breakdown_for(profile) if missing is None else None
    eligibility = programs_and_categories(profile, breakdown, extra) if breakdown else None
    return {
        "name": name,
        "scenario": scenario,
        "missing_step": missing,
        "breakdown": breakdown,
        "band": band_for(breakdown["total"]) if breakdown else None,
        "programs": _programs(eligibility),
        "changes": scenarios.changed_questions(base, answers) if base is not None else [],
    }


def _programs(eligibility: dict | None) -> str:
    if eligibility is None:
        return ""
    if eligibility["eligible_names"]:
        return ", ".join(str(name) for name in eligibility["eligible_names"])
    return gettext("not known yet") if eligibility["any_program"] is None else gettext("none")


def _compare(column: dict, base: dict) -> None:
    """Mark what differs from the base column: points as signed differences, words as changed."""
    ours, theirs = column["breakdown"], base["breakdown"]
    column["delta"] = {}
    if ours and theirs:
        column["delta"]["total"] = ours["total"] - theirs["total"]
        for key in SECTIONS:
            column["delta"][key] = ours[key]["subtotal"] - theirs[key]["subtotal"]
    column["band_changed"] = bool(column["band"] and base["band"] and column["band"].key != base["band"].key)
    column["programs_changed"] = bool(ours) and column["programs"] != base["programs"]


def _rows(columns: list[dict]) -> list[dict]:
    """The point rows of the table: [{label, key, cells: [{value, delta}]}]."""
    rows = [
        {
            "label": gettext("Total (of %(max)s)") % {"max": max_score_text()},
            "key": "total",
            "cells": [
                {"value": c["breakdown"]["total"] if c["breakdown"] else None, "delta": c.get("delta", {}).get("total")}
                for c in columns
            ],
        }
    ]
    for key in SECTIONS:
        rows.append(
            {
                "label": SECTION_NAMES[key],
                "key": key,
                "cells": [
                    {
                        "value": c["breakdown"][key]["subtotal"] if c["breakdown"] else None,
                        "delta": c.get("delta", {}).get(key),
                    }
                    for c in columns
                ],
            }
        )
    return rows
