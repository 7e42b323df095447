"""Pages of the calculator.  Function-based views: the whole control flow is visible.

The wizard is one URL per step (GET shows the kept answers, a valid POST keeps them and redirects
to the next step, an invalid one answers 200 with the errors). The live score panel is a separate
endpoint that scores the kept answers plus the step being edited and writes nothing.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from crs.scoring.dates import parse_date
from crs.scoring.language_tests import ABILITIES

from . import eligibility_views, extra_answers, occupation_views, share, wizard
from .expired import expired_rows
from .selectors import breakdown_for, current_rule_set, job_offer_eras
from .verdict import toc, verdict_context

SCORE_PREFIXES = {"first": "languages", "second": "languages", "spouse": "partner"}
MAX_TOTAL = 1200


def home(request: HttpRequest) -> HttpResponse:
    answers = wizard.load(request.session)
    return render(request, "calculator/home.html", {"has_answers": bool(answers)})


@require_http_methods(["GET", "HEAD", "POST"])
def step(request: HttpRequest, slug: str) -> HttpResponse:
    current = wizard.BY_SLUG.get(slug)
    if current is None:
        raise Http404("No such step")
    answers = wizard.load(request.session)
    if not wizard.is_reachable(slug, answers):
        return redirect(_first_incomplete_url(answers))
    form_kwargs = _form_kwargs(slug, answers)
    if request.method == "POST":
        form = current.form_class(request.POST, **form_kwargs)
        if form.is_valid():
            answers = wizard.save_step(request.session, slug, form.answers())
            occupation_views.forget_job_offer_pick(request.session, slug)
            following = wizard.next_step(slug, answers)
            return redirect(_step_url(following.slug) if following else reverse("calculator:result"))
    else:
        initial = {**answers.get(slug, {}), **occupation_views.job_offer_pick(request.session, slug)}
        form = current.form_class(initial=initial, **form_kwargs)
    context = {
        "step": current,
        "form": form,
        "progress": _progress(slug, answers),
        "previous": wizard.previous_step(slug, answers),
        "panel": _panel(wizard.answers_to_profile(answers)),
        "warnings": form.warnings if form.is_bound else _saved_warnings(slug, answers),
    }
    if slug == "additional":
        context["job_offer_eras"] = job_offer_eras(wizard.answers_to_profile(answers))
    return render(request, "calculator/step.html", context)


@require_POST
def preview(request: HttpRequest) -> HttpResponse:
    """The score panel for the kept answers plus the valid fields of the step being edited.

    Reads the session and never writes it: the form's own fields are validated one by one and
    anything invalid or half-filled is left out.
    """
    answers = wizard.load(request.session)
    slug = request.POST.get("wizard_step", "")
    current = wizard.BY_SLUG.get(slug)
    if current is not None:
        form = current.form_class(request.POST, **_form_kwargs(slug, answers))
        form.is_valid()
        answers[slug] = {**answers.get(slug, {}), **form.answers()}
    panel = _panel(wizard.answers_to_profile(answers), previous_total=request.POST.get("previous_total"))
    return render(request, "calculator/_panel.html", {"panel": panel})


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
    form = wizard.BY_SLUG[slug].form_class(initial=initial, **_form_kwargs(slug, answers))
    response = render(
        request,
        "calculator/step.html#scores",
        {"form": form, "prefix": prefix, "score_fields": [form[f"{prefix}_{a}"] for a in ABILITIES]},
    )
    patch_vary_headers(response, ("HX-Request",))
    return response


def result(request: HttpRequest) -> HttpResponse:
    answers = wizard.load(request.session)
    if wizard.first_incomplete(answers) is not None:
        return redirect(_first_incomplete_url(answers))
    profile = wizard.answers_to_profile(answers)
    breakdown = breakdown_for(profile)
    context = {
        "breakdown": breakdown,
        "rule_set": current_rule_set(breakdown),
        "profile": profile,
        "expired": expired_rows(profile, breakdown),
        "progress": _progress("result", answers),
    }
    if breakdown is not None:
        born = parse_date(answers.get("you", {}).get("date_of_birth"))
        extra = extra_answers.load(request.session)
        context.update(verdict_context(profile=profile, breakdown=breakdown, extra=extra, total=breakdown["total"]))
        context.update(toc=toc(eligibility=True), eligibility_url=reverse("calculator:eligibility"))
        rounds = context["standing"]  # read once: the plan and the categories compare with the same rounds
        context.update(share.plan_context(profile, breakdown=breakdown, date_of_birth=born, verdict=context["verdict"]))
        context.update(
            eligibility_views.summary(
                profile,
                breakdown,
                extra,
                rounds.recent_cutoffs(eligibility_views.CATEGORY_MONTHS),
            )
        )
    return render(request, "calculator/result.html", context)


@require_POST
def start_over(request: HttpRequest) -> HttpResponse:
    """Forget everything this visitor told us: the answers, the scenarios (their copies of the
    answers carry the date of birth) and the eligibility answers (funds, children). ``flush``
    deletes the session's row and issues a new key, so nothing is left for the session's 30 days.
    The share links this browser made are remembered in their own cookie, not here, so it can
    still delete them."""
    request.session.flush()
    return redirect(_step_url(wizard.STEPS[0].slug))


# --- helpers -----------------------------------------------------------------------------------


def _step_url(slug: str) -> str:
    return reverse("calculator:step", args=[slug])


def _first_incomplete_url(answers: dict) -> str:
    missing = wizard.first_incomplete(answers)
    return _step_url(missing.slug) if missing else reverse("calculator:result")


def _form_kwargs(slug: str, answers: dict) -> dict:
    if slug == "additional":
        return {"with_spouse": wizard.scored_with_spouse(answers)}
    return {}


def _progress(slug: str, answers: dict) -> list[dict]:
    """The steps that apply, each with its URL when it can be visited, for the step list."""
    items = [
        {
            "title": item.title,
            "url": _step_url(item.slug) if wizard.is_reachable(item.slug, answers) else None,
            "current": item.slug == slug,
            "done": item.slug in answers,
        }
        for item in wizard.applicable_steps(answers)
    ]
    complete = wizard.first_incomplete(answers) is None
    from django.utils.translation import gettext

    items.append(
        {
            "title": gettext("Result"),
            "url": reverse("calculator:result") if complete else None,
            "current": slug == "result",
            "done": False,
        }
    )
    return items


def _panel(profile: dict, previous_total: str | None = None) -> dict:
    breakdown = breakdown_for(profile)
    delta = None
    if breakdown is not None and previous_total is not None:
        text = str(previous_total).strip()
        if text.isascii() and text.isdigit() and len(text) <= 4 and int(text) <= MAX_TOTAL:
            delta = breakdown["total"] - int(text)
    return {"breakdown": breakdown, "delta": delta, "expired": expired_rows(profile, breakdown)}


def _saved_warnings(slug: str, answers: dict) -> list:
    if slug in ("languages", "partner"):
        return wizard.answer_warnings({slug: answers.get(slug, {})})
    return []
