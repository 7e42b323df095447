"""Scenarios: "what if" copies of the answers, edited with the wizard's own step forms and compared
side by side with the answers they came from.

Every column is one ``score()`` call (``breakdown_for``) plus the eligibility engine on that
breakdown; nothing here computes points. The wizard's answers are read, never written.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from calculator.eligibility import extra_answers
from calculator.questionnaire import navigation, wizard
from calculator.questionnaire.presenters import panel
from calculator.questionnaire.scoring import breakdown_for
from calculator.saved import owned_links
from calculator.saved.services import RESULTS_RATE, saved_result_create
from calculator.scenarios import presenters
from calculator.scenarios import store as scenarios
from calculator.scenarios.forms import ScenarioNameForm
from crs.scoring import ProfileError
from throttle.decorators import ratelimit


@never_cache
@require_safe
@navigation.with_complete_answers
def scenario_list(request: HttpRequest, base: dict) -> HttpResponse:
    extra = extra_answers.load(request.session)
    context = presenters.comparison_context(base, extra, scenarios.load(request.session))
    context.update(
        can_add=len(context["columns"]) < scenarios.MAX_SCENARIOS,
        max_scenarios=scenarios.MAX_SCENARIOS,
        answers_version=wizard.answers_version(base),
        scenario_name_form=ScenarioNameForm(where="new-scenario"),
    )
    return render(request, "calculator/scenarios/scenarios.html", context)


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
    profile = wizard.answers_to_profile(answers)
    breakdown = breakdown_for(profile)
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
        "panel": panel(profile, breakdown=breakdown),
        "warnings": form.warnings if form.is_bound else [],
        # The name as typed when the page comes back with errors (it is saved either way), else as kept.
        "scenario_name_form": ScenarioNameForm(
            request.POST if "name" in request.POST else None, where="scenario", initial={"name": scenario["name"]}
        ),
    }
    return render(request, "calculator/scenarios/scenario_step.html", context)


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
    return render(request, "calculator/questionnaire/stale_answers.html", status=409)


# --- helpers -----------------------------------------------------------------------------------


def _scenario_id(text: str) -> int | None:
    text = str(text).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None


def _next_url(scenario: dict) -> str:
    missing = wizard.first_incomplete(scenario["answers"])
    if missing is not None:
        return reverse("calculator:scenario_step", kwargs={"scenario_id": scenario["id"], "slug": missing.slug})
    return reverse("calculator:scenarios") + f"#scenario-{scenario['id']}"
