"""Dated rule tables for eligibility, chosen by the day an assessment is made.

Each table carries the date it took effect and its source, mirroring the scoring engine's
``rules/<date>.py`` design: a rule change is a new dated entry plus its tests, never an
``if date > ...`` in the evaluation code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol, TypeVar


class Dated(Protocol):
    @property
    def effective(self) -> dt.date: ...


T = TypeVar("T", bound=Dated)


def in_force(tables: Sequence[T], on: dt.date) -> tuple[T, bool]:
    """Return the newest table in force on ``on`` and whether ``on`` predates them all.

    Dates before the oldest table fall back to the oldest one (flagged), because refusing to
    answer helps nobody and the caller can warn.
    """
    ordered = sorted(tables, key=lambda t: t.effective)
    chosen = ordered[0]
    for table in ordered:
        if table.effective <= on:
            chosen = table
    return chosen, on < ordered[0].effective
