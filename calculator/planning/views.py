"""The planning pages: which partner should apply, the score month by month, and their questions.

Function-based views over the pure engines (``crs.partner_swap``, ``crs.projection``): every
number shown is a ``score()`` of a profile (the swapped one, or the one aged to a date). The
questions are optional and kept in the session (``planning_answers``); each page says what is
missing and links to them. Three queries at most: the session, then the rounds and the pool
(``rounds.latest_cutoffs`` reads them once for both partners).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from calculator.eligibility import extra_answers
from calculator.planning import answers as planning_answers
from calculator.planning.presenters import comparison_context, projection_context
from calculator.questionnaire import navigation, wizard
from calculator.questionnaire.scoring import breakdown_for
from crs.partner_swap import compare
from crs.projection import project
from crs.scoring import ProfileError

NEXT_PAGES = {"partner": "calculator:partner", "projection": "calculator:projection"}


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@navigation.with_complete_answers
def planning_questions(request: HttpRequest, answers: dict) -> HttpResponse:
    profile = wizard.answers_to_profile(answers)
    if breakdown_for(profile) is None:
        return redirect("calculator:result")
    with_partner = wizard.scored_with_spouse(answers)
    kept = planning_answers.load(request.session)
    following = request.POST.get("next") or request.GET.get("next")
    following = following if following in NEXT_PAGES else "projection"
    form_kwargs = {"with_partner": with_partner, "age": profile["age"]}
    if request.method == "POST":
        form = planning_answers.PlanningForm(request.POST, **form_kwargs)
        if form.is_valid():
            planning_answers.save(request.session, form.answers(), shown=list(form.fields))
            return redirect(reverse(NEXT_PAGES[following]))
    else:
        form = planning_answers.PlanningForm(initial=planning_answers.initial(kept, answers), **form_kwargs)
    return render(
        request,
        "calculator/planning/planning_questions.html",
        {"form": form, "next": following, "with_partner": with_partner},
    )


@never_cache
@require_safe
@navigation.with_complete_answers
def partner(request: HttpRequest, answers: dict) -> HttpResponse:
    profile = wizard.answers_to_profile(answers)
    if (principal := breakdown_for(profile)) is None:
        return redirect("calculator:result")
    context = {"breakdown": principal, "couple": principal["with_spouse"], "comparison": None}
    facts = planning_answers.partner_facts(planning_answers.load(request.session))
    if principal["with_spouse"] and facts is not None:
        try:
            comparison = compare(profile, facts, principal=principal)
        except ProfileError:
            comparison = None
        if comparison is not None:
            context.update(comparison_context(profile, comparison, extra_answers.load(request.session)))
    context["facts"] = facts
    return render(request, "calculator/planning/partner.html", context)


@never_cache
@require_safe
@navigation.with_complete_answers
def projection(request: HttpRequest, answers: dict) -> HttpResponse:
    profile = wizard.answers_to_profile(answers)
    if (today := breakdown_for(profile)) is None:
        return redirect("calculator:result")
    kept = planning_answers.load(request.session)
    dates = planning_answers.dates(kept, answers)
    context = {"breakdown": today, "dates": dates, "projection": None, "problem": None}
    try:
        series = project(profile, dates, start=today["effective_date"])
    except ProfileError as error:
        context["problem"] = error.field
        return render(request, "calculator/planning/projection.html", context)
    context.update(projection_context(profile, today, series, extra_answers.load(request.session), asked=bool(kept)))
    return render(request, "calculator/planning/projection.html", context)
