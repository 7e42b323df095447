"""The partner comparison, as the partner page and a share link carrying it show it: both ways
side by side, who brings which points, the programs each way meets and the rounds each can enter."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from calculator.eligibility.presenters import programs_and_categories
from calculator.labels import LINE_NAMES, PROGRAM_SHORT, SECTION_NAMES
from calculator.planning.rounds import latest_cutoffs
from calculator.planning.text import signed

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
