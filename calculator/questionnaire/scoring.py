"""Scoring what the questionnaire knows (never computing points itself).

Every number shown comes from one ``score()`` call on a profile (conventions: one engine call feeds
every place that shows points).
"""

from __future__ import annotations

from datetime import date, timedelta

from crs.scoring import RULE_SETS, ProfileError, score

_MAX_DROPS = 8


def breakdown_for(profile: dict, *, effective_date: date | str | None = None) -> dict | None:
    """The engine's breakdown of ``profile``; a part it rejects is left out rather than failing.

    Returns None when the profile cannot be scored at all (no age yet). A live preview is built from
    half-filled answers, so this never raises for the user's input.
    """
    profile = dict(profile)
    for _ in range(_MAX_DROPS):
        if "age" not in profile:
            return None
        try:
            return score(profile, effective_date=effective_date)
        except ProfileError as error:
            key = (error.field or "").split(".")[0]
            if key not in profile or key == "age":
                return None
            del profile[key]
    return None


EXAMPLE_OFFERS = {
    "skilled": {"teer": 1, "major_group_00": False, "qualifying": True},
    "major_group_00": {"teer": 0, "major_group_00": True, "qualifying": True},
}


def job_offer_eras(profile: dict) -> list[dict]:
    """What a job offer earned under each rule set since 2016-11-19, newest first, eras merged where equal.

    Each row: {"start": date, "end": date|None, "points": {"skilled", "major_group_00"[, "yours"]}}.
    Every number is the engine's: the offer is scored on the first day of each era. The launch era
    (2015) is left out: it needed an LMIA-supported offer, which the questions here do not
    separate from LMIA-exempt ones.
    """
    offers = dict(EXAMPLE_OFFERS)
    if profile.get("job_offer"):
        offers["yours"] = profile["job_offer"]
    base = {"age": 30}
    eras = []
    for index, rule_set in enumerate(RULE_SETS[1:], start=1):
        points = {}
        for key, offer in offers.items():
            breakdown = breakdown_for(dict(base, job_offer=offer), effective_date=rule_set.effective_from)
            points[key] = breakdown["additional"]["job_offer"] if breakdown else 0
        later = RULE_SETS[index + 1].effective_from - timedelta(days=1) if index + 1 < len(RULE_SETS) else None
        if eras and eras[-1]["points"] == points:
            eras[-1]["end"] = later
        else:
            eras.append({"start": rule_set.effective_from, "end": later, "points": points})
    return eras[::-1]
