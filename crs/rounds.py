"""Which kinds of rounds of invitations a person can be invited in (pure Python, no Django).

A round of invitations invites only the candidates it targets (eligibility.md sections 0 and 5):

* a **general** round ("No Program Specified") anyone eligible for FSW, CEC or FST;
* a **program** round (Canadian Experience Class, Federal Skilled Worker, Federal Skilled Trades)
  only those eligible for that program;
* a **Provincial Nominee** round only nominees (still eligible for one of the three programs);
* a **category** round (French-language proficiency, each occupation category, physicians, senior
  managers, researchers, skilled military recruits) only those meeting the category's criteria on
  top of a program.

Comparing a score with rounds the person cannot enter says nothing about their chances (a
francophone at 432 "clears 0 of 7" CEC rounds but 11 of 11 French ones), so the pages compare a
score with the rounds of the person's own types only, decided here once.

Each type is ``True`` (can be invited), ``False`` (cannot) or ``None`` (not known until the
eligibility questions are answered), read from the eligibility engine's answer
(``crs.eligibility.assess_breakdown``) and the profile's nomination.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crs.vocabulary import CATEGORY_IDS

PROGRAM_TYPES = ("cec", "fsw", "fst")
CATEGORY_TYPES = CATEGORY_IDS  # every category the eligibility rules have used
# Every draw type, in the order the pages list them: the broad rounds first.
DRAW_TYPES = ("general", *PROGRAM_TYPES, "pnp", *CATEGORY_TYPES)
OTHER = "other"  # a published round name no type fits: nobody is counted as able to enter it

# Why a person can enter no round yet.
NO_PROGRAM = "no_program"  # meets none of FSW, CEC, FST: cannot enter the pool
NOT_KNOWN = "not_known"  # program eligibility waits on unanswered eligibility questions
NO_ROUNDS = "no_rounds"  # can enter some types, but none held in the period compared

# A draws-app category → the draw type, where the published name does not need reading.
_BY_CATEGORY = {
    "general": "general",
    "cec": "cec",
    "pnp": "pnp",
    "french": "french",
    "healthcare": "healthcare",
    "stem": "stem",
    "transport": "transport",
    "agriculture": "agriculture",
    "education": "education",
}
# Published name patterns for the categories that group several draw types ("trades" holds the
# Federal Skilled Trades program rounds and the trade-occupation category rounds; "other" holds
# FSW program rounds and the narrow 2026 categories). Tried in order on the lower-cased name.
_BY_NAME = (
    (r"^federal skilled trades", "fst"),
    (r"^federal skilled worker", "fsw"),
    (r"physician", "physicians"),
    (r"senior manager", "senior_managers"),
    (r"researcher", "researchers"),
    (r"military", "military"),
    (r"trade", "trades"),
)


@dataclass(frozen=True)
class DrawTypes:
    """The answer for one person: each draw type's state, and why none can be entered."""

    states: Mapping[str, bool | None]  # every type of DRAW_TYPES

    @property
    def eligible(self) -> tuple[str, ...]:
        return tuple(key for key in DRAW_TYPES if self.states[key] is True)

    @property
    def unknown(self) -> tuple[str, ...]:
        return tuple(key for key in DRAW_TYPES if self.states[key] is None)

    @property
    def excluded(self) -> tuple[str, ...]:
        return tuple(key for key in DRAW_TYPES if self.states[key] is False)

    @property
    def reason(self) -> str | None:
        """None when some type can be entered; else NO_PROGRAM or NOT_KNOWN."""
        if self.eligible:
            return None
        return NOT_KNOWN if self.states["general"] is None else NO_PROGRAM


def draw_types(profile: Mapping[str, Any], eligibility: Mapping[str, Any] | None) -> DrawTypes:
    """The draw types ``profile`` can be invited in.

    ``eligibility`` is ``crs.eligibility.assess_breakdown(profile, breakdown, extra)``'s answer (its
    program and category states already say "not known" for unanswered questions), or None when
    there is none: then every type but a nominee's is "not known".
    """
    if eligibility is None:
        states: dict[str, bool | None] = dict.fromkeys(DRAW_TYPES)
        if not profile.get("provincial_nomination"):
            states["pnp"] = False
        return DrawTypes(states)
    in_pool = eligibility["any_program"]
    states = {"general": in_pool}
    for program in PROGRAM_TYPES:
        states[program] = eligibility[program]["eligible"]
    states["pnp"] = in_pool if profile.get("provincial_nomination") else False
    by_id = {row["id"]: row["eligible"] for row in eligibility.get("categories", ())}
    for category in CATEGORY_TYPES:
        states[category] = by_id.get(category, False)  # not a category on that date: no such rounds
    return DrawTypes(states)


def round_type(category: str, name: str) -> str:
    """The draw type of a published round (``draws`` category plus the name as published)."""
    if category in _BY_CATEGORY:
        return _BY_CATEGORY[category]
    key = " ".join(name.split()).lower()
    for pattern, kind in _BY_NAME:
        if re.search(pattern, key):
            return kind
    return OTHER


# How far below the latest cut-off of the person's best type each band starts: the published bands
# (500+, 470-499, 450-469, under 450) measured from 500, the score general rounds have needed.
BAND_MARGINS = (("front", 0), ("middle", -30), ("strategic", -50))


def band_key(score: int, cutoff: int) -> str:
    """The band of ``score`` against the latest cut-off of the rounds the person can enter."""
    for key, margin in BAND_MARGINS:
        if score - cutoff >= margin:
            return key
    return "building"
