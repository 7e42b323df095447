"""The eligibility page: which Express Entry programs and category rounds the wizard's answers
appear to qualify for, asking only the extra questions still open.

One ``score()`` call feeds it (through ``breakdown_for``), and the eligibility engine reads that
breakdown (``assess_breakdown``), so the page never scores twice or disagrees with the result page.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from calculator.eligibility import extra_answers, presenters
from calculator.questionnaire import navigation, wizard
from calculator.questionnaire.scoring import breakdown_for


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
@navigation.with_complete_answers
def eligibility(request: HttpRequest, answers: dict) -> HttpResponse:
    profile = wizard.answers_to_profile(answers)
    breakdown = breakdown_for(profile)
    if breakdown is None:
        return redirect(navigation.start_url(request))
    extra = extra_answers.load(request.session)
    result = presenters.programs_and_categories(profile, breakdown, extra)
    keys = _asked(result, extra)
    with_partner = profile.get("marital_status") in wizard.SPOUSE_STATUSES
    if request.method == "POST":
        form = extra_answers.ExtraAnswersForm(request.POST, keys=keys, with_partner=with_partner)
        if form.is_valid():
            extra_answers.save(request.session, form.answers(), keys=keys)
            return redirect(reverse("calculator:eligibility") + "#programs")
    else:
        form = extra_answers.ExtraAnswersForm(
            initial=extra_answers.initial(extra), keys=keys, with_partner=with_partner
        )
    context = {
        "breakdown": breakdown,
        "eligibility": result,
        "form": form,
        "unanswered": [key for key in result["missing"] if key not in extra],
    }
    return render(request, "calculator/eligibility/eligibility.html", context)


def _asked(result: dict | None, extra: dict) -> list[str]:
    """The questions to show: the ones still open, and the ones already answered (to change them)."""
    if result is None:
        return list(extra)
    return [*extra, *(key for key in result["missing"] if key not in extra)]
