"""Occupations as the pages show them (code, TEER, the unit group in the page's language, the
category lists that include it today), and the job offer picked on the search page, kept in the
session until the step that asks it is saved."""

from __future__ import annotations

from django.utils import timezone, translation

from calculator.labels import category_name
from crs.occupations import Occupation, category_lists, occupation_index

JOB_OFFER_PICK = "crs_job_offer_pick"  # session: a job offer TEER picked, shown on the step's next GET


def remember_job_offer_pick(session, occupation: Occupation) -> None:
    """Keep the job offer answers the picked occupation gives, for the step that asks them."""
    session[JOB_OFFER_PICK] = {
        "has_job_offer": True,
        "job_teer": str(occupation.teer),
        "job_major_group_00": occupation.major_group_00,
    }


def job_offer_pick(session, slug: str) -> dict:
    """The job offer answers picked on the occupation page, shown on the step that asks them until
    that step is saved (a refresh still shows them)."""
    pick = session.get(JOB_OFFER_PICK) if slug == "additional" else None
    return pick if isinstance(pick, dict) else {}


def forget_job_offer_pick(session, slug: str) -> None:
    """The step was saved: its saved answers win from now on."""
    if slug == "additional":
        session.pop(JOB_OFFER_PICK, None)


def matches(query: str) -> list[dict]:
    """The matches as the templates show them: code, TEER, unit group title in the page's language,
    the title that matched, and the category-based selection lists that include the code today."""
    language = (translation.get_language() or "en").split("-")[0]
    today = timezone.localdate()
    return [
        {
            "code": match.occupation.code,
            "teer": match.occupation.teer,
            "major_group_00": match.occupation.major_group_00,
            "group": match.occupation.title(language),
            "title": match.title,
            "categories": [category_name(key) for key in category_lists(match.occupation.code, today)],
        }
        for match in occupation_index().search(query)
    ]


def describe(code: str | None) -> dict | None:
    """The occupation of a NOC code already answered, as ``matches`` shows one."""
    occupation = occupation_index().get(code or "")
    if occupation is None:
        return None
    language = (translation.get_language() or "en").split("-")[0]
    return {
        "code": occupation.code,
        "teer": occupation.teer,
        "group": occupation.title(language),
        "categories": [category_name(key) for key in category_lists(occupation.code, timezone.localdate())],
    }
