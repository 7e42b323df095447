"""Share links: save a result, show it at /r/<id>/, start a new wizard session from it.

The share page is unprefixed (a link sent to someone must not pin a language), so it renders in
the viewer's language (LocaleMiddleware reads the cookie or Accept-Language); the switcher's links
add ``?lang=`` (calculator/context_processors.py), which the view honours. It shows what was saved, never a recomputation of it; today's score is shown beside
it only when it differs.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET, require_POST

from calculator.api import RESULTS_RATE
from crs.planner import plan
from crs.scoring import ProfileError, score
from draws.bands import band_for
from draws.selectors import recent_cutoffs, standing
from throttle.decorators import ratelimit

from .plan_text import category_name, plan_rows
from .selectors import saved_result_get
from .services import saved_result_create
from .verdict import toc, verdict_context

RECENT_MONTHS = 6
STANDING_TEMPLATE = "draws/standing.html#standing"


@require_GET
def shared_result(request: HttpRequest, public_id: str) -> HttpResponse:
    saved = saved_result_get(public_id=public_id)
    _use_requested_language(request)
    url = request.build_absolute_uri(reverse("shared_result", args=[saved.public_id]))
    today = _today(saved.profile)
    standing_part = verdict_context(
        profile=saved.profile, breakdown=saved.breakdown, extra=saved.eligibility_answers, total=saved.total
    )
    context = {
        "saved": saved,
        "breakdown": saved.breakdown,
        "share_url": url,
        "today": today,
        "rules_changed": today is not None and today["rules"] != saved.rules,
        "score_changed": today is None or today["total"] != saved.total,
        **plan_context(
            saved.profile,
            breakdown=today or saved.breakdown,
            verdict=standing_part["verdict"],
        ),
        "toc": toc(eligibility=False),
        **standing_part,
    }
    response = render(request, "calculator/shared_result.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_POST
def shared_result_start(request: HttpRequest, public_id: str) -> HttpResponse:
    """Copy the saved answers into this visitor's wizard session; the saved result is untouched."""
    saved = saved_result_get(public_id=public_id)
    from . import wizard

    wizard.load_profile(request, profile=saved.profile)
    return redirect(wizard.start_url(request))


@require_POST
@ratelimit(rate=RESULTS_RATE, scope="saved-results")
def share_create(request: HttpRequest) -> HttpResponse:
    """Save the current wizard answers; the link is shown in place (htmx) or on the share page."""
    from . import wizard

    profile = wizard.session_profile(request)
    if profile is None:
        return redirect(wizard.start_url(request))
    from . import extra_answers

    try:
        saved = saved_result_create(profile=profile, eligibility_answers=extra_answers.load(request.session))
    except ProfileError:
        return redirect(wizard.start_url(request))
    if request.htmx:
        url = request.build_absolute_uri(reverse("shared_result", args=[saved.public_id]))
        return render(request, "calculator/_share.html#share-link", {"share_url": url, "saved": saved})
    return redirect("shared_result", public_id=saved.public_id, permanent=False)


def plan_context(profile, *, breakdown: dict, date_of_birth=None, cutoffs=None, verdict=None) -> dict:
    """What the plan partial needs: the ranked actions in words, the draws compared, the age clock.

    ``breakdown`` is the engine's breakdown the page shows for ``profile``: the plan starts from its
    total and scores each change under the same rules (its effective date). ``cutoffs``: the last
    RECENT_MONTHS of rounds by category, when the page has read them already
    (``Standing.recent_cutoffs``); otherwise they are read here. With ``verdict``
    (calculator.verdict) the draws compared are the rounds of the person's own types, and the bands
    are measured the way its summary measures them."""
    band = band_for
    if verdict is not None:
        cutoffs, category, band = verdict.cutoffs, "yours", verdict.band_at
    elif cutoffs is None:
        cutoffs = _recent_cutoffs()
    total, effective_date = breakdown["total"], breakdown["effective_date"]
    if verdict is None:
        category = _category(profile, cutoffs)
    actions = plan(
        profile, effective_date=effective_date, current=breakdown, cutoffs=cutoffs, category=category, band=band
    )
    clock = []
    if date_of_birth is not None:
        from crs.planner import age_clock

        clock = age_clock(profile, date_of_birth=date_of_birth, effective_date=effective_date)
    return {
        "plan_rows": plan_rows([a for a in actions if not a.pathway]),
        "plan_pathways": plan_rows([a for a in actions if a.pathway]),
        "plan_total": total,
        "plan_band": band(total),
        "plan_category": verdict.plan_label if verdict is not None else category_name(category),
        "plan_draws": len(cutoffs.get(category, ())) if category else 0,
        "plan_cleared": sum(1 for cutoff in cutoffs.get(category, ()) if cutoff <= total) if category else 0,
        "age_clock": clock,
    }


def _today(profile):
    try:
        return score(profile)
    except ProfileError:
        return None


def _use_requested_language(request: HttpRequest) -> None:
    language = request.GET.get("lang")
    if language in dict(settings.LANGUAGES):
        translation.activate(language)
        request.LANGUAGE_CODE = language


def _recent_cutoffs() -> dict:
    return recent_cutoffs(months=RECENT_MONTHS)


def standing_context(total: int) -> dict:
    """The draws app's standing partial and what it needs, for the result and share pages."""
    return {"standing": standing(score=total), "standing_template": STANDING_TEMPLATE}


def _category(profile, cutoffs) -> str | None:
    """The draws a person is compared with: Canadian Experience Class with a year of Canadian
    work, else all-program draws."""
    if (profile.get("canadian_work_years") or 0) >= 1 and cutoffs.get("cec"):
        return "cec"
    return "general" if cutoffs.get("general") else None
