"""Scenarios: "what if" copies of the answers, edited with the wizard's own step forms and compared
side by side with the answers they came from.

Every column is one ``score()`` call (``breakdown_for``) plus the eligibility engine on that
breakdown; nothing here computes points. The wizard's answers are read, never written.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from calculator.eligibility import extra_answers
from calculator.eligibility.presenters import programs_and_categories
from calculator.labels import SECTION_NAMES
from calculator.questionnaire import navigation, wizard
from calculator.questionnaire.scoring import breakdown_for
from calculator.saved import owned_links
from calculator.saved.services import RESULTS_RATE, saved_result_create
from calculator.scenarios import store as scenarios
from calculator.scenarios.forms import ScenarioNameForm
from crs.scoring import ProfileError
from crs.vocabulary import MAX_SCORE, SECTIONS
from draws.bands import band_for
from throttle.decorators import ratelimit


@never_cache
@require_safe
@navigation.with_complete_answers
def scenario_list(request: HttpRequest, base: dict) -> HttpResponse:
    extra = extra_answers.load(request.session)
    base_column = _column(base, extra, name=gettext("Your answers"))
    columns = [
        _column(item["answers"], extra, name=item["name"], scenario=item, base=base)
        for item in scenarios.load(request.session)
    ]
    for column in columns:
        _compare(column, base_column)
    context = {
        "base": base_column,
        "columns": columns,
        "all_columns": [base_column, *columns],
        "rows": _rows([base_column, *columns]),
        "can_add": len(columns) < scenarios.MAX_SCENARIOS,
        "max_scenarios": scenarios.MAX_SCENARIOS,
        "answers_version": wizard.answers_version(base),
        "scenario_name_form": ScenarioNameForm(where="new-scenario"),
    }
    return render(request, "calculator/scenarios.html", context)


@require_POST
@navigation.with_complete_answers
def scenario_create(request: HttpRequest, base: dict) -> HttpResponse:
    """Copy the wizard's answers (or another scenario's, with ``copy_of``) into a new scenario."""
    source = base
    copy_of = _scenario_id(request.POST.get("copy_of", ""))
    if copy_of is None and not wizard.shows_current_answers(request):
        return stale_answers(request)
    if copy_of is not None:
        original = scenarios.get(request.session, copy_of)
        if original is not None:
            source = original["answers"]
    scenario = scenarios.create(request.session, answers=source, name=request.POST.get("name", "")[:200])
    if scenario is None:
        return redirect(reverse("calculator:scenarios") + "#scenarios-full")
    return redirect("calculator:scenario_step", scenario_id=scenario["id"], slug=wizard.STEPS[0].slug)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def scenario_step(request: HttpRequest, scenario_id: int, slug: str) -> HttpResponse:
    """One wizard step, shown and saved against the scenario's answers instead of the wizard's."""
    scenario = scenarios.get(request.session, scenario_id)
    current = wizard.BY_SLUG.get(slug)
    if scenario is None or current is None:
        raise Http404("No such scenario or step")
    answers = scenario["answers"]
    if not wizard.is_reachable(slug, answers):
        return redirect(_next_url(scenario))
    if request.method == "POST":
        form = current.form(answers, request.POST)
        if "name" in request.POST:
            scenarios.rename(request.session, scenario_id, request.POST["name"][:200])
        if form.is_valid():
            scenario = scenarios.save_step(request.session, scenario_id, slug, form.answers())
            following = wizard.next_step(slug, scenario["answers"])
            if request.POST.get("then") == "next" and following is not None:
                return redirect("calculator:scenario_step", scenario_id=scenario_id, slug=following.slug)
            return redirect(_next_url(scenario))
    else:
        form = current.form(answers, initial=answers.get(slug, {}))
    breakdown = breakdown_for(wizard.answers_to_profile(answers))
    context = {
        "scenario": scenario,
        "step": current,
        "form": form,
        "steps": [
            {
                "step": item,
                "current": item.slug == slug,
                "url": reverse("calculator:scenario_step", kwargs={"scenario_id": scenario_id, "slug": item.slug}),
            }
            for item in wizard.applicable_steps(answers)
            if wizard.is_reachable(item.slug, answers)
        ],
        "following": wizard.next_step(slug, answers),
        "breakdown": breakdown,
        "panel": {"breakdown": breakdown, "delta": None},
        "warnings": form.warnings if form.is_bound else [],
        # The name as typed when the page comes back with errors (it is saved either way), else as kept.
        "scenario_name_form": ScenarioNameForm(
            request.POST if "name" in request.POST else None, where="scenario", initial={"name": scenario["name"]}
        ),
    }
    return render(request, "calculator/scenario_step.html", context)


@require_POST
def scenario_delete(request: HttpRequest, scenario_id: int) -> HttpResponse:
    scenarios.delete(request.session, scenario_id)
    return redirect("calculator:scenarios")


@require_POST
@ratelimit(rate=RESULTS_RATE, scope="saved-results")
def scenario_share(request: HttpRequest, scenario_id: int) -> HttpResponse:
    """Save the scenario like a result and go to its share page (the scenario itself stays here)."""
    scenario = scenarios.get(request.session, scenario_id)
    if scenario is None:
        raise Http404("No such scenario")
    if wizard.first_incomplete(scenario["answers"]) is not None:
        return redirect(_next_url(scenario))
    try:
        saved = saved_result_create(profile=wizard.answers_to_profile(scenario["answers"]))
    except ProfileError:
        return redirect(_next_url(scenario))
    response = redirect("shared_result", public_id=saved.public_id)
    owned_links.remember(request, response, saved.public_id)
    return response


def stale_answers(request: HttpRequest) -> HttpResponse:
    """The refusal when a page's answers are not the session's any more (another tab changed them)."""
    return render(request, "calculator/stale_answers.html", status=409)


# --- helpers -----------------------------------------------------------------------------------


def _scenario_id(text: str) -> int | None:
    text = str(text).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


def _next_url(scenario: dict) -> str:
    missing = wizard.first_incomplete(scenario["answers"])
    if missing is not None:
        return reverse("calculator:scenario_step", kwargs={"scenario_id": scenario["id"], "slug": missing.slug})
    return reverse("calculator:scenarios") + f"#scenario-{scenario['id']}"


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
            "label": gettext("Total (of %(max)s)") % {"max": number_format(MAX_SCORE, force_grouping=True)},
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
