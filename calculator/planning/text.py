"""Words for the projection's events and the partner comparison's lines.

The engines return ids and parameters (they are pure Python); this is where they become
translatable sentences, as ``plan_text`` does for the planner's actions.
"""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

LANGUAGE_RESULTS = {
    "first_language": gettext_lazy("your first official language test results expire"),
    "second_language": gettext_lazy("your second official language test results expire"),
    "spouse_language": gettext_lazy("your spouse or partner’s language test results expire"),
}

LINE_NAMES = {
    ("core", "age"): gettext_lazy("Age"),
    ("core", "education"): gettext_lazy("Level of education"),
    ("core", "first_language"): gettext_lazy("First official language"),
    ("core", "second_language"): gettext_lazy("Second official language"),
    ("core", "canadian_work"): gettext_lazy("Canadian work experience"),
    ("spouse", "education"): gettext_lazy("Spouse: level of education"),
    ("spouse", "language"): gettext_lazy("Spouse: first official language"),
    ("spouse", "canadian_work"): gettext_lazy("Spouse: Canadian work experience"),
    ("transferability", "education_language"): gettext_lazy("Education and official language"),
    ("transferability", "education_canadian_work"): gettext_lazy("Education and Canadian work"),
    ("transferability", "foreign_language"): gettext_lazy("Foreign work and official language"),
    ("transferability", "foreign_canadian_work"): gettext_lazy("Foreign work and Canadian work"),
    ("transferability", "certificate_language"): gettext_lazy("Certificate of qualification and official language"),
    ("additional", "provincial_nomination"): gettext_lazy("Provincial or territorial nomination"),
    ("additional", "job_offer"): gettext_lazy("Arranged employment"),
    ("additional", "canadian_education"): gettext_lazy("Post-secondary education in Canada"),
    ("additional", "french"): gettext_lazy("French-language skills"),
    ("additional", "sibling"): gettext_lazy("Brother or sister in Canada"),
}
SECTION_NAMES = {
    "core": gettext_lazy("Core / human capital"),
    "spouse": gettext_lazy("Spouse or common-law partner factors"),
    "transferability": gettext_lazy("Skill transferability (maximum 100)"),
    "additional": gettext_lazy("Additional points (maximum 600)"),
}


def signed(points: int) -> str:
    """+13, −5 (a true minus sign), 0."""
    if points > 0:
        return f"+{points}"
    return f"\u2212{-points}" if points < 0 else "0"


def event_text(event) -> str:
    """What happens on the day, without the date: "you turn 31", "test results expire…"."""
    p = event.params
    if event.kind == "birthday":
        return _("you turn %(age)s") % {"age": p["age"]}
    if event.kind == "canadian_work":
        return ngettext("%(years)d year of Canadian work", "%(years)d years of Canadian work", p["years"]) % {
            "years": p["years"]
        }
    if event.kind == "foreign_work":
        return ngettext("%(years)d year of foreign work", "%(years)d years of foreign work", p["years"]) % {
            "years": p["years"]
        }
    if event.kind == "language_expires":
        text = str(LANGUAGE_RESULTS[p["result"]])
        return _("%(what)s, unless you retake the test") % {"what": text} if event.points < 0 else text
    if event.points < 0:
        return _("your Educational Credential Assessment (ECA) expires, unless you renew it")
    return _("your Educational Credential Assessment (ECA) expires")


def event_label(event) -> str:
    """ "2027-03-14: you turn 31, −5"."""
    return _("%(date)s: %(what)s, %(points)s") % {
        "date": date_format(event.date, "Y-m-d"),
        "what": event_text(event),
        "points": signed(event.points),
    }
