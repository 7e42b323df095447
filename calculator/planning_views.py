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
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe

from crs.partner_swap import compare
from crs.projection import project, when_to_act
from crs.scoring import ProfileError

from . import eligibility_views, extra_answers, planning_answers, wizard
from .eligibility_text import PROGRAM_SHORT
from .projection_chart import projection_chart
from .projection_text import LINE_NAMES, SECTION_NAMES, event_label, event_text, signed
from .rounds import latest_cutoffs
from .selectors import breakdown_for

NEXT_PAGES = {"partner": "calculator:partner", "projection": "calculator:projection"}
# Extra eligibility answers that describe the household, not the principal: they hold either way.
HOUSEHOLD_KEYS = ("outside_quebec", "settlement_funds_cad", "dependent_children", "relative_in_canada")


@require_http_methods(["GET", "HEAD", "POST"])
def planning_questions(request: HttpRequest) -> HttpResponse:
    answers = wizard.load(request.session)
    profile = wizard.session_profile(request)
    if profile is None or breakdown_for(profile) is None:
        return redirect(wizard.start_url(request))
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
        request, "calculator/planning_questions.html", {"form": form, "next": following, "with_partner": with_partner}
    )


@require_safe
def partner(request: HttpRequest) -> HttpResponse:
    profile = wizard.session_profile(request)
    if profile is None or (principal := breakdown_for(profile)) is None:
        return redirect(wizard.start_url(request))
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
    return render(request, "calculator/partner.html", context)


@require_safe
def projection(request: HttpRequest) -> HttpResponse:
    answers = wizard.load(request.session)
    profile = wizard.session_profile(request)
    if profile is None or (today := breakdown_for(profile)) is None:
        return redirect(wizard.start_url(request))
    kept = planning_answers.load(request.session)
    dates = planning_answers.dates(kept, answers)
    context = {"breakdown": today, "dates": dates, "projection": None, "problem": None}
    try:
        series = project(profile, dates, start=today["effective_date"])
    except ProfileError as error:
        context["problem"] = error.field
        return render(request, "calculator/projection.html", context)
    (cutoff,) = latest_cutoffs([(profile, today, extra_answers.load(request.session))])
    labels = [event_label(event) for event in series.events]
    context.update(
        {
            "projection": series,
            "cutoff": cutoff,
            "chart": projection_chart(series, cutoff=cutoff.cutoff if cutoff else None, labels=labels),
            "events": [
                {"event": event, "label": label, "text": event_text(event), "points": signed(event.points)}
                for event, label in zip(series.events, labels, strict=True)
            ],
            "rows": [
                {"point": point, "events": [event_text(event) for event in point.events]} for point in series.points
            ],
            "verdict": when_to_act(series.points, cutoff.cutoff) if cutoff else None,
            "lowest": min(series.points, key=lambda point: point.total),
            "last": series.points[-1],
            "asked": bool(kept),
        }
    )
    return render(request, "calculator/projection.html", context)


# --- helpers -----------------------------------------------------------------------------------


def comparison_context(profile: dict, comparison, extra: dict, *, read=None) -> dict:
    """Both ways side by side: the lines, who brings which points, eligibility and the rounds each
    can enter (``read``: the standing and rounds already read, as on the share page)."""
    household = {key: value for key, value in extra.items() if key in HOUSEHOLD_KEYS}
    you_cut, partner_cut = latest_cutoffs(
        [(profile, comparison.principal, extra), (comparison.swapped_profile, comparison.partner, household)],
        read=read,
    )
    you_programs = eligibility_views.assess(profile, comparison.principal, extra, cutoffs={})
    partner_programs = eligibility_views.assess(comparison.swapped_profile, comparison.partner, household, cutoffs={})
    sides = [
        _side(_("You as principal applicant"), comparison.principal, you_programs, you_cut),
        _side(_("Your spouse or partner as principal applicant"), comparison.partner, partner_programs, partner_cut),
    ]
    better = {"principal": sides[0], "partner": sides[1]}.get(comparison.better)
    sections = []
    for section in ("core", "spouse", "transferability", "additional"):
        lines = [
            {
                "name": LINE_NAMES.get((line.section, line.key), line.key),
                "principal": line.principal,
                "partner": line.partner,
                "difference": signed(line.difference),
                "moves": line.difference,
            }
            for line in comparison.lines
            if line.section == section
        ]
        sections.append(
            {
                "name": SECTION_NAMES[section],
                "lines": lines,
                "principal": comparison.principal[section]["subtotal"],
                "partner": comparison.partner[section]["subtotal"],
                "difference": signed(
                    comparison.partner[section]["subtotal"] - comparison.principal[section]["subtotal"]
                ),
            }
        )
    return {
        "comparison": comparison,
        "sides": sides,
        "sections": sections,
        "better": better,
        "better_is_partner": comparison.better == "partner",
        "margin": abs(comparison.difference),
        "total_difference": signed(comparison.difference),
    }


def _side(title, breakdown: dict, programs: dict | None, cutoff) -> dict:
    eligible = programs["any_program"] if programs else None
    return {
        "title": title,
        "breakdown": breakdown,
        "total": breakdown["total"],
        "programs": programs["programs"] if programs else [],
        "eligible": eligible,
        "eligible_names": [str(PROGRAM_SHORT[key]) for key in programs["eligible_programs"]] if programs else [],
        "cutoff": cutoff,
        "gap": cutoff.cutoff - breakdown["total"] if cutoff else None,
    }
