"""What a share link shows: the result as it was saved (never a recomputation of it), today's
score beside it when the rules or the answers' scoring have changed, the verdict and the plan from
the result presenters, and the partner comparison the link may carry."""

from __future__ import annotations

from calculator.models import SavedResult
from calculator.planning import answers as planning_answers
from calculator.planning.presenters import comparison_context
from calculator.results.expired import expired_rows
from calculator.results.presenters import plan_context
from calculator.results.verdict import toc, verdict_context
from crs.partner_swap import compare
from crs.scoring import ProfileError, score


def shared_result_context(saved: SavedResult, *, partner_param: str | None) -> dict:
    """The share page's sections for ``saved``; ``partner_param``: the link's ``?partner=``."""
    today = _today(saved.profile)
    standing_part = verdict_context(
        profile=saved.profile, breakdown=saved.breakdown, extra=saved.eligibility_answers, total=saved.total
    )
    comparison = _partner_comparison(saved, partner_param, standing_part.pop("read"))
    return {
        "saved": saved,
        "breakdown": saved.breakdown,
        "today": today,
        "rules_changed": today is not None and today["rules"] != saved.rules,
        "score_changed": today is None or today["total"] != saved.total,
        "expired": expired_rows(saved.profile, today or saved.breakdown),
        **plan_context(saved.profile, breakdown=today or saved.breakdown, verdict=standing_part["verdict"]),
        "toc": toc(eligibility=False),
        **standing_part,
        **comparison,
    }


def _partner_comparison(saved, param: str | None, read) -> dict:
    """The partner comparison a share link carries, from the saved answers and breakdown."""
    facts = planning_answers.facts_from_param(param)
    if facts is None or not saved.breakdown.get("with_spouse"):
        return {}
    try:
        comparison = compare(saved.profile, facts, principal=saved.breakdown)
    except ProfileError:
        return {}
    return comparison_context(saved.profile, comparison, saved.eligibility_answers or {}, read=read)


def _today(profile):
    try:
        return score(profile)
    except ProfileError:
        return None


def _today(profile: dict) -> dict | None:
    try:
        return score(profile)
    except ProfileError:
        return None
