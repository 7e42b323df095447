"""The result page: the score, what it means against the rounds the person can enter, and the plan."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from calculator.eligibility import extra_answers
from calculator.questionnaire import navigation, wizard
from calculator.questionnaire.scoring import breakdown_for
from calculator.results.presenters import result_context
from calculator.scenarios.forms import ScenarioNameForm
from crs.scoring.dates import parse_date


@never_cache
@navigation.with_complete_answers
def result(request: HttpRequest, answers: dict) -> HttpResponse:
    profile = wizard.answers_to_profile(answers)
    context = result_context(
        profile,
        breakdown_for(profile),
        extra_answers.load(request.session),
        date_of_birth=parse_date(answers.get("you", {}).get("date_of_birth")),
    )
    context.update(
        progress=navigation.progress("result", answers),
        answers_version=wizard.answers_version(answers),
        scenario_name_form=ScenarioNameForm(where="try-change"),
    )
    return render(request, "calculator/results/result.html", context)
