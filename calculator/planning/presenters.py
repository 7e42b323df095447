"""What the planning pages show: the partner comparison (as the partner page and a share link
carrying it show it: both ways side by side, who brings which points, the programs each way meets
and the rounds each can enter), and the score month by month."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from calculator.eligibility.presenters import programs_and_categories
from calculator.labels import LINE_NAMES, PROGRAM_SHORT, SECTION_NAMES
from calculator.planning.chart import projection_chart
from calculator.planning.rounds import latest_cutoffs
from calculator.planning.text import event_label, event_text, signed
from crs.projection import when_to_act
from crs.vocabulary import SECTIONS, maxima_of

# Extra eligibility answers that describe the household, not the principal: they hold either way.
HOUSEHOLD_KEYS = ("outside_quebec", "settlement_funds_cad", "dependent_children", "relative_in_canada")


def comparison_context(profile: dict, comparison, extra: dict, *, read=None) -> dict:
    """Both ways side by side: the lines, who brings which points, eligibility and the rounds each
    can enter (``read``: the standing and rounds already read, as on the share page)."""
    household = {key: value for key, value in extra.items() if key in HOUSEHOLD_KEYS}
    you_cut, partner_cut = latest_cutoffs(
        [(profile, comparison.principal, extra), (comparison.swapped_profile, comparison.partner, household)],
        read=read,
    )
    you_programs = programs_and_categories(profile, comparison.principal, extra, cutoffs={})
    partner_programs = programs_and_categories(comparison.swapped_profile, comparison.partner, household, cutoffs={})
    sides = [
        _side(_("You as principal applicant"), comparison.principal, you_programs, you_cut),
        _side(_("Your spouse or partner as principal applicant"), comparison.partner, partner_programs, partner_cut),
    ]
    better = {"principal": sides[0], "partner": sides[1]}.get(comparison.better)
    sections = []
    maxima = maxima_of(comparison.principal)  # the same rule set and column both ways
    for section in SECTIONS:
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
                "maximum": getattr(maxima, section),
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


def projection_context(profile: dict, today: dict, series, extra: dict, *, asked: bool) -> dict:
    """The month-by-month page for ``series`` (``crs.projection.project``): the chart, each event
    in words, the table's rows, and when to act against the latest cut-off of the person's rounds.
    ``asked``: the planning questions were answered (the page says so when they were not)."""
    (cutoff,) = latest_cutoffs([(profile, today, extra)])
    labels = [event_label(event) for event in series.events]
    return {
        "projection": series,
        "cutoff": cutoff,
        "chart": projection_chart(series, cutoff=cutoff.cutoff if cutoff else None, labels=labels),
        "events": [
            {"event": event, "label": label, "text": event_text(event), "points": signed(event.points)}
            for event, label in zip(series.events, labels, strict=True)
        ],
        "rows": [{"point": point, "events": [event_text(event) for event in point.events]} for point in series.points],
        "verdict": when_to_act(series.points, cutoff.cutoff) if cutoff else None,
        "lowest": min(series.points, key=lambda point: point.total),
        "last": series.points[-1],
        "asked": asked,
    }
