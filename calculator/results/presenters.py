"""What the result page and a share link show beside the breakdown: the verdict, the plan, the
eligibility summary, every part read from one ``score()`` breakdown and one read of the rounds.

A view loads the answers, calls ``result_context`` (or ``plan_context``) and renders: nothing here
reads the request, so the result page and the share page build the same sections the same way.
"""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from calculator.eligibility.presenters import CATEGORY_MONTHS, engine_answer, programs_and_categories
from calculator.results.expired import expired_rows
from calculator.results.plan_text import plan_rows
from calculator.results.verdict import toc, verdict_context
from crs.planner import age_clock, plan


def result_context(profile: dict, breakdown: dict | None, extra: dict, *, date_of_birth: date | None) -> dict:
    """The result page's sections for ``profile``, scored as ``breakdown`` (None: not scorable yet).

    The eligibility engine is asked once (the verdict and the summary both read its answer), and
    the rounds are read once (the plan and the categories compare with the same rounds)."""
    context: dict = {"breakdown": breakdown, "expired": expired_rows(profile, breakdown)}
    if breakdown is None:
        return context
    assessed = engine_answer(profile, breakdown, extra)
    found = verdict_context(
        profile=profile, breakdown=breakdown, extra=extra, total=breakdown["total"], eligibility=assessed
    )
    del found["read"]  # only the share page measures a second person against the same rounds
    context.update(found)
    context.update(toc=toc(eligibility=True), eligibility_url=reverse("calculator:eligibility"))
    rounds = context["standing"]
    context.update(plan_context(profile, breakdown=breakdown, date_of_birth=date_of_birth, verdict=context["verdict"]))
    context["eligibility"] = programs_and_categories(
        profile, breakdown, extra, rounds.recent_cutoffs(CATEGORY_MONTHS), assessed=assessed
    )
    return context


def plan_context(profile, *, breakdown: dict, verdict, date_of_birth=None) -> dict:
    """What the plan partial needs: the ranked actions in words, the draws compared, the age clock.

    ``breakdown`` is the engine's breakdown the page shows for ``profile``: the plan starts from its
    total and scores each change under the same rules (its effective date). ``verdict``
    (calculator.results.verdict) gives the draws compared, the rounds of the person's own types, and the
    bands, measured the way its summary measures them."""
    cutoffs, category = verdict.cutoffs, "yours"
    total, effective_date = breakdown["total"], breakdown["effective_date"]
    actions = plan(
        profile,
        effective_date=effective_date,
        current=breakdown,
        cutoffs=cutoffs,
        category=category,
        band=verdict.band_at,
    )
    clock = []
    if date_of_birth is not None:
        clock = age_clock(profile, date_of_birth=date_of_birth, effective_date=effective_date)
    return {
        "plan_rows": plan_rows([a for a in actions if not a.pathway], profile),
        "plan_pathways": plan_rows([a for a in actions if a.pathway], profile),
        "plan_total": total,
        "plan_band": verdict.band_at(total),
        "plan_category": verdict.plan_label,
        "plan_draws": len(cutoffs.get(category, ())),
        "plan_cleared": sum(1 for cutoff in cutoffs.get(category, ()) if cutoff <= total),
        "age_clock": clock,
    }
