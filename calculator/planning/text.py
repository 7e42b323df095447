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
