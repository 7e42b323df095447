"""Category-based selection rule sets, loaded from ``data/categories.json``.

The criteria and NOC lists live in a data file (eligibility.md section 9: "load the lists from a
data file built from [C7]/[C8], not from code"); this module only gives them types and dates.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "categories.json"


@dataclass(frozen=True)
class OccupationList:
    id: str
    codes: frozenset[str]
    complete: bool  # False: only some codes are known, so an unlisted code needs review
    source: str


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    kind: str  # "french", "occupation" or "military"
    occupations: OccupationList | None = None
    months: int = 0
    continuous: bool = False
    in_canada: bool = False
    nclc: int = 7


@dataclass(frozen=True)
class CategoryRules:
    effective_from: dt.date
    source: str
    categories: tuple[Category, ...]


@cache
def category_rules() -> tuple[CategoryRules, ...]:
    """All category rule sets, oldest first (read once per process)."""
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    lists = {
        key: OccupationList(key, frozenset(v["codes"]), v["complete"], v["source"]) for key, v in raw["lists"].items()
    }
    return tuple(
        CategoryRules(
            effective_from=dt.date.fromisoformat(era["effective"]),
            source=era["source"],
            categories=tuple(_category(c, lists) for c in era["categories"]),
        )
        for era in raw["rule_sets"]
    )


def _category(raw: dict[str, Any], lists: dict[str, OccupationList]) -> Category:
    return Category(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        occupations=lists[raw["list"]] if "list" in raw else None,
        months=raw.get("months", 0),
        continuous=raw.get("continuous", False),
        in_canada=raw.get("in_canada", False),
        nclc=raw.get("nclc", 7),
    )
