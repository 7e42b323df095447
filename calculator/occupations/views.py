"""Find an occupation by job title, for the questions that need one: the eligibility questions' NOC
code and the job offer's TEER.

Without JavaScript it is a page: a search form, a list of matches, and a "Use this occupation"
button that keeps the choice and goes back to the question. With htmx the same matches appear
under the question as the person types, and a small script fills the field in place.
"""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST, require_safe

from calculator.eligibility import extra_answers
from calculator.occupations.presenters import matches, remember_job_offer_pick
from crs.occupations import occupation_index

PURPOSES = ("noc", "teer")  # what the pick fills: the eligibility NOC code, or the job offer's TEER
MAX_QUERY = 100


class OccupationSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Job title, in English or French"),
        max_length=MAX_QUERY,
        required=False,
        help_text=_("For example: registered nurse, infirmière, electrician, software developer."),
    )
    purpose = forms.ChoiceField(choices=[(p, p) for p in PURPOSES], required=False)


@require_safe
def occupations(request: HttpRequest) -> HttpResponse:
    form = OccupationSearchForm(request.GET or None)
    query, purpose = "", "noc"
    if form.is_bound and form.is_valid():
        query, purpose = form.cleaned_data["q"], form.cleaned_data["purpose"] or "noc"
    context = {
        "form": form,
        "query": query,
        "purpose": purpose,
        "matches": matches(query),
        "inline": _inline(request),
        "back_url": _back_url(purpose),
    }
    template = "calculator/occupations/occupations.html"
    if request.htmx:  # under a question: the matches; on this page: the form (its errors) and the matches
        template += "#results" if context["inline"] else "#search"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@require_POST
def occupation_use(request: HttpRequest) -> HttpResponse:
    """Keep the picked occupation for its question and go back to it."""
    code, purpose = request.POST.get("code", ""), request.POST.get("purpose", "noc")
    occupation = occupation_index().get(code)
    if occupation is None or purpose not in PURPOSES:
        return redirect(reverse("calculator:occupations"))
    if purpose == "noc":
        extra_answers.save(request.session, {"occupation_noc": code}, keys=["occupation_noc"])
    else:
        remember_job_offer_pick(request.session, occupation)
    return redirect(_back_url(purpose))


def _inline(request: HttpRequest) -> bool:
    """Asked for by the finder under a question (its matches fill the field in place), not by the
    search page (whose matches are forms that keep the choice)."""
    return bool(request.htmx) and (request.htmx.target or "").startswith("occupation-results-")


def _back_url(purpose: str) -> str:
    if purpose == "teer":
        return reverse("calculator:step", args=["additional"]) + "#section-job-offer"
    return reverse("calculator:eligibility") + "#extra-occupation"
