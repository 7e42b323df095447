"""The latest cut-off of the rounds a person can enter, for the planning pages.

The rounds a person can enter are the verdict's (``calculator.results.verdict``: ``crs.rounds.draw_types``
from the eligibility answers); of those, the type with the most points to spare on its newest round
is the one the projection draws across its chart and the partner page compares each partner with.
The rounds are read once (``draws.selectors.standing_and_rounds``) for any number of people, so the
partner page measures both partners against the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from calculator.results.verdict import verdict
from draws.selectors import Round, Standing, standing_and_rounds


@dataclass(frozen=True)
class LatestCutoff:
    category: str  # the draw type (crs.rounds.DRAW_TYPES)
    name: str  # the draw type, in the page's language
    number: str
    date: date
    cutoff: int


Case = tuple[Mapping[str, Any], Mapping[str, Any], Mapping[str, Any] | None]  # profile, breakdown, extra answers


def latest_cutoffs(
    cases: Sequence[Case], *, read: tuple[Standing, tuple[Round, ...]] | None = None
) -> list[LatestCutoff | None]:
    """For each (profile, breakdown, extra answers): the newest round of the draw type the person
    can enter with the most points to spare, or None when they can enter none (or none was held).

    ``read``: the standing and rounds a page has read already (the share page), so no query is made."""
    standing, rounds = read if read is not None else standing_and_rounds(score=0)
    found: list[LatestCutoff | None] = []
    for profile, breakdown, extra in cases:
        best = verdict(
            profile=dict(profile),
            breakdown=dict(breakdown),
            extra=dict(extra or {}),
            rounds=rounds,
            today=standing.today,
            total=breakdown["total"],
        ).best
        latest = best.latest if best is not None else None
        found.append(
            LatestCutoff(best.key, best.name, latest.number, latest.date, latest.cutoff)
            if best is not None and latest is not None
            else None
        )
    return found
