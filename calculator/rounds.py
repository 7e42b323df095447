"""The latest cut-off of the rounds a person can enter, for the planning pages.

One function, ``latest_cutoffs``, so the choice of rounds can be replaced in one place: for now it
picks the draw type the result page's plan compares with (``share._category``: Canadian Experience
Class rounds with a year of Canadian work, else all-program rounds) and reads the newest round of
that type. The rounds are read once (``draws.selectors.standing``) for any number of profiles, so
the partner page compares both partners with the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from draws.selectors import standing

from .plan_text import category_name
from .share import RECENT_MONTHS, _category


@dataclass(frozen=True)
class LatestCutoff:
    category: str
    name: str  # the draw type, in the page's language
    number: str
    date: date
    cutoff: int


def latest_cutoffs(profiles: Sequence[dict], *, today: date | None = None, rounds=None) -> list[LatestCutoff | None]:
    """For each profile, the newest round of the draw type it is compared with (None without one).

    ``rounds``: a ``Standing`` the page has read already (the share page), so no query is made."""
    if rounds is None:
        rounds = standing(score=0, today=today)
    recent = rounds.recent_cutoffs(RECENT_MONTHS)
    newest: dict[str, tuple] = {}
    for number, day, category, cutoff in rounds.rows:  # oldest first: the last one wins
        newest[category] = (number, day, cutoff)
    found = []
    for profile in profiles:
        category = _category(profile, recent)
        if category is None or category not in newest:
            found.append(None)
            continue
        number, day, cutoff = newest[category]
        found.append(LatestCutoff(category, str(category_name(category)), number, day, cutoff))
    return found
