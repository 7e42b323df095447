"""The one lookup from a day to the table in force, shared by every dated rule in ``crs``.

CRS grids (``crs.scoring.rules``), program rules, settlement-funds tables and category rounds
(``crs.eligibility.rules``) are all lists of tables that each say the day they took effect
(``effective_from``). A rule change is a new dated table plus its tests, never an ``if day > ...``
in the code that reads it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar


class Dated(Protocol):
    @property
    def effective_from(self) -> dt.date: ...


T = TypeVar("T", bound=Dated)


def in_force(tables: Sequence[T], day: dt.date) -> tuple[T, bool]:
    """The newest of ``tables`` (oldest first) in force on ``day``, and whether ``day`` predates them all.

    A day before the oldest table gets the oldest one, flagged: the caller decides whether that is
    an error (scoring: the CRS did not exist) or a warning (eligibility: rules older than we hold).
    """
    index = bisect_right(tables, day, key=_start) - 1
    return tables[max(index, 0)], index < 0


def _start(table: Dated) -> dt.date:
    return table.effective_from
