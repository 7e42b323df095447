"""The questionnaire's pages: the home page, the steps, the live score panel, Start over.

Function-based views: the whole control flow is visible.

The wizard is one URL per step (GET shows the kept answers, a valid POST keeps them and redirects
to the next step, an invalid one answers 200 with the errors). The live score panel is a separate
endpoint that scores the kept answers plus the step being edited and writes nothing.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from calculator.occupations.presenters import forget_job_offer_pick, job_offer_pick
from calculator.questionnaire import navigation, presenters, wizard
from calculator.questionnaire.scoring import job_offer_eras
from calculator.scenarios import store as scenarios
from crs.vocabulary import ABILITIES

SCORE_PREFIXES = {"first": "languages", "second": "languages", "spouse": "partner"}


def home(request: HttpRequest) -> HttpResponse:
    answers = wizard.load(request.session)
    return render(request, "calculator/questionnaire/home.html", {"has_answers": bool(answers)})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def step(request: HttpRequest, slug: str) -> HttpResponse:
    current = wizard.BY_SLUG.get(slug)
    if current is None:
        raise Http404("No such step")
    answers = wizard.load(request.session)
    if not wizard.is_reachable(slug, answers):
        return redirect(navigation.first_incomplete_url(answers))
    if request.method == "POST":
        form = current.form(answers, request.POST)
        if form.is_valid():
            answers = wizard.save_step(request.session, slug, form.answers())
            forget_job_offer_pick(request.session, slug)
            following = wizard.next_step(slug, answers)
            return redirect(navigation.step_url(following.slug) if following else reverse("calculator:result"))
        panel = presenters.panel(wizard.answers_to_profile(_on_screen(answers, slug, form)), unsaved=True)
    else:
        initial = {**answers.get(slug, {}), **job_offer_pick(request.session, slug)}
        form = current.form(answers, initial=initial)
        panel = presenters.panel(wizard.answers_to_profile(answers))
    context = {
        "step": current,
        "form": form,
        "progress": navigation.progress(slug, answers),
        "previous": wizard.previous_step(slug, answers),
        "panel": panel,
        "warnings": form.warnings if form.is_bound else _saved_warnings(slug, answers),
    }
    if slug == "additional":
        context["job_offer_eras"] = job_offer_eras(wizard.answers_to_profile(answers))
    return render(request, "calculator/questionnaire/step.html", context)


@never_cache
@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """The score panel for the kept answers (a scenario's, from the scenario editor) with the step
    being edited as it is on screen, and the level each typed language score gives.

    Reads the session and never writes it: the form's own fields are validated one by one and
    anything invalid or half-filled counts as unanswered, never as the kept answer it replaces (the
    panel matches the fields on screen, and says when they are not saved yet).
    """
    answers = wizard.load(request.session)
    scenario_id = request.POST.get("scenario_id", "")
    if scenario_id:  # the scenario editor: a scenario's answers instead of the wizard's
        valid = scenario_id.isascii() and scenario_id.isdigit() and len(scenario_id) <= 6
        scenario = scenarios.get(request.session, int(scenario_id)) if valid else None
        answers = scenario["answers"] if scenario else {}
    slug = request.POST.get("wizard_step", "")
    current = wizard.BY_SLUG.get(slug)
    unsaved, levels = False, {}
    if current is not None:
        form = current.form(answers, request.POST)
        form.is_valid()
        on_screen = _on_screen(answers, slug, form)
        unsaved = any(on_screen[slug].get(name) != answers.get(slug, {}).get(name) for name in form.fields)
        answers, levels = on_screen, form.score_levels()
    panel = presenters.panel(
        wizard.answers_to_profile(answers), previous_total=request.POST.get("previous_total"), unsaved=unsaved
    )
    return render(request, "calculator/questionnaire/_preview.html", {"panel": panel, "levels": levels})


@never_cache
@require_safe
def language_scores(request: HttpRequest, prefix: str) -> HttpResponse:
    """The four score fields for the chosen test (htmx swaps them in when the test changes)."""
    slug = SCORE_PREFIXES.get(prefix)
    if slug is None:
        raise Http404("No such language result")
    answers = wizard.load(request.session)
    names = [f"{prefix}_{name}" for name in ("test", *ABILITIES)]
    if prefix == "second":
        names.append("first_test")
    initial = {name: request.GET.get(name, "")[:16] for name in names}
    form = wizard.BY_SLUG[slug].form(answers, initial=initial)
    response = render(
        request,
        "calculator/questionnaire/_step_form.html#scores",
        {"form": form, "prefix": prefix, "score_fields": [form[f"{prefix}_{a}"] for a in ABILITIES]},
    )
    patch_vary_headers(response, ("HX-Request",))
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def start_over(request: HttpRequest) -> HttpResponse:
    """Ask first (a page of its own, so it works without JavaScript); clear only on a confirmed POST.

    Clearing forgets everything this visitor told us: the answers, the scenarios (their copies of
    the answers carry the date of birth) and the eligibility answers (funds, children). ``flush``
    deletes the session's row and issues a new key, so nothing is left for the session's 30 days.
    The share links this browser made are remembered in their own cookie, not here, so it can
    still delete them."""
    if request.method != "POST":
        return render(
            request, "calculator/questionnaire/start_over.html", {"has_answers": bool(wizard.load(request.session))}
        )
    if request.POST.get("confirm") != "yes":
        return redirect("calculator:start_over")
    request.session.flush()
    return redirect(navigation.step_url(wizard.STEPS[0].slug))


# --- helpers -----------------------------------------------------------------------------------


def _on_screen(answers: dict, slug: str, form) -> dict:
    """The kept answers with step ``slug`` as its (validated) form shows it: the form's questions
    take the values on screen, an invalid one counts as unanswered (never the kept value it
    replaced), and answers the form does not ask about (or sets aside) stay as kept."""
    shown = {name: value for name, value in form.answers().items() if name in form.fields}
    kept = {
        name: value for name, value in answers.get(slug, {}).items() if name not in shown and name not in form.errors
    }
    return {**answers, slug: {**kept, **shown}}


def _saved_warnings(slug: str, answers: dict) -> list:
    return wizard.answer_warnings(answers, slug=slug)
