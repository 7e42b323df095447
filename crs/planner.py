"""The improvement plan: what a person could change, and what each change is worth.

Nothing here knows a point value. Each candidate action is a patch to a COPY of the profile (whole
top-level keys replaced); the patched profile is re-scored by the engine and the action is kept only
if the total goes up. So the plan can never disagree with the breakdown, under any rule set.

Pure Python, no Django: the web layer turns an action's ``id`` and ``params`` into words
(``calculator/results/plan_text.py``), so the planner stays usable from the CLI and the benchmarks.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from .scoring import score
from .scoring.dates import parse_date
from .scoring.engine import Breakdown, LevelsByAbility
from .scoring.language_tests import LANGUAGE_TESTS, score_range, to_clb
from .vocabulary import ABILITIES, CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS

FIRST_LANGUAGE_TARGETS = (7, 8, 9, 10)
FRENCH_TARGETS = (7, 9)  # NCLC 7 earns the French bonus; 9 adds the top second-language points
ENGLISH_SECOND_TARGETS = (5, 7, 9)  # CLB 5 is the English level that lifts the French bonus
SPOUSE_LANGUAGE_TARGETS = (5, 7, 9)
FURTHER_EDUCATION = ("two_or_more", "masters")
CANADIAN_EDUCATION_TARGETS = ("one_or_two_year", "three_year_plus")
SPOUSE_EDUCATION_TARGETS = ("bachelors", "masters")
CANADIAN_WORK_LIMIT = 5
FOREIGN_WORK_LIMIT = 3
AGE_CLOCK_BIRTHDAYS = 5

Profile = Mapping[str, Any]  # the profile format (docs/profile-format.md)
Day = date | str | None  # a scoring day as ``score`` takes it


@dataclass(frozen=True)
class Action:
    """One thing to do. ``change`` is the profile patch (top-level keys → new values)."""

    id: str
    params: dict[str, Any]
    change: Profile
    total: int
    gain: int
    band: object = None
    draws_cleared: int | None = None  # recent draws of the category the new total would clear
    draws_recent: int | None = None  # how many recent draws there were
    pathway: bool = False  # a route to take (a nomination), not a tweak to an answer


@dataclass(frozen=True)
class Birthday:
    """One step of the age clock."""

    date: date
    age: int
    total: int
    lost: int  # points lost on this birthday (vs the day before)


def plan(
    profile: Profile,
    *,
    effective_date: Day = None,
    current: Breakdown | None = None,
    cutoffs: Mapping[str, Sequence[int]] | None = None,
    category: str | None = None,
    band: Callable[[int], object] | None = None,
) -> list[Action]:
    """Every candidate action that would raise the score, best first (ties keep candidate order).

    ``current`` is the engine's breakdown of ``profile`` on ``effective_date`` when the caller has
    it already (the page shows it), so the plan starts from the very total shown; without it the
    profile is scored here. ``cutoffs`` is ``{category: [recent cut-off scores]}``; with
    ``category`` each action says how many of those draws the new total would clear. ``band`` maps
    a total to its band.
    """
    if current is None:
        current = score(profile, effective_date=effective_date)
    base = current["total"]
    cuts = list(cutoffs.get(category, ())) if cutoffs is not None and category is not None else None
    actions = []
    for action_id, params, change, pathway in _candidates(profile, current, effective_date):
        changed = copy.deepcopy(dict(profile))
        changed.update(copy.deepcopy(change))
        total = score(changed, effective_date=effective_date)["total"]
        if total <= base:
            continue
        actions.append(
            Action(
                id=action_id,
                params=params,
                change=change,
                total=total,
                gain=total - base,
                band=band(total) if band is not None else None,
                draws_cleared=_cleared(cuts, total),
                draws_recent=len(cuts) if cuts is not None else None,
                pathway=pathway,
            )
        )
    actions.sort(key=lambda action: -action.gain)
    return actions


def age_clock(profile: Profile, *, date_of_birth: date | str, effective_date: Day = None) -> list[Birthday]:
    """The next birthdays and the points each one costs, until age earns nothing or 5 birthdays.

    The profile holds only the age; the date of birth (never stored) gives the dates. Each birthday
    is scored under the same rules as today, so the clock shows the effect of age alone. A person
    born on 29 February completes a year on 1 March in other years.
    """
    born = date_of_birth if isinstance(date_of_birth, date) else parse_date(date_of_birth)
    if born is None:
        raise ValueError(f"date_of_birth must be YYYY-MM-DD; got {date_of_birth!r}")
    current = score(profile, effective_date=effective_date)
    today = date.fromisoformat(current["effective_date"])
    previous_total = current["total"]
    age_points = current["core"]["age"]
    clock: list[Birthday] = []
    year = today.year
    while len(clock) < AGE_CLOCK_BIRTHDAYS and age_points > 0:
        birthday = _anniversary(born, year)
        year += 1
        if birthday <= today:
            continue
        age = birthday.year - born.year
        changed = {**profile, "age": age}
        breakdown = score(changed, effective_date=effective_date)
        age_points = breakdown["core"]["age"]
        clock.append(
            Birthday(
                date=birthday,
                age=age,
                total=breakdown["total"],
                lost=previous_total - breakdown["total"],
            )
        )
        previous_total = breakdown["total"]
    return clock


# --- candidates ------------------------------------------------------------------------------


Candidate = tuple[str, dict[str, Any], Profile, bool]  # (id, params, change, pathway)


def _candidates(profile: Profile, current: Breakdown, effective_date: Day) -> Iterator[Candidate]:
    """(id, params, change, pathway) for every action worth scoring, in display order for ties."""
    get = profile.get
    first = get("first_language")
    first_clb = current["clb"]["first"]
    yield from _first_language(first, first_clb)
    yield from _second_language(first_clb, current["clb"]["second"])

    years = _int(get("canadian_work_years"))
    if years < CANADIAN_WORK_LIMIT:
        yield "canadian_work", {"years": years + 1, "from": years}, {"canadian_work_years": years + 1}, False
    foreign = _int(get("foreign_work_years"))
    # One year at a time, but 1 → 2 years changes nothing; offer the first year count that scores.
    for more in range(foreign + 1, FOREIGN_WORK_LIMIT + 1):
        change = {"foreign_work_years": more}
        if more == FOREIGN_WORK_LIMIT or _total({**profile, **change}, effective_date) > current["total"]:
            yield "foreign_work", {"years": more, "from": foreign}, change, False
            break

    education = get("education") or EDUCATION_LEVELS[0]
    for level in FURTHER_EDUCATION:
        if _rank(EDUCATION_LEVELS, level) > _rank(EDUCATION_LEVELS, education):
            yield "education", {"education": level}, {"education": level}, False
    canadian = get("canadian_education") or CANADIAN_EDUCATION_LEVELS[0]
    for level in CANADIAN_EDUCATION_TARGETS:
        if _rank(CANADIAN_EDUCATION_LEVELS, level) > _rank(CANADIAN_EDUCATION_LEVELS, canadian):
            yield "canadian_education", {"canadian_education": level}, {"canadian_education": level}, False

    if current["with_spouse"]:
        spouse_clb = current["clb"]["spouse"]
        weakest = min(spouse_clb[a] for a in ABILITIES) if spouse_clb else 0
        language = spouse_clb["language"] if spouse_clb else "english"
        for target in SPOUSE_LANGUAGE_TARGETS:
            if weakest < target:
                levels = {a: max(target, spouse_clb[a]) if spouse_clb else target for a in ABILITIES}
                yield (
                    "spouse_language",
                    {"clb": target, "language": language},
                    {"spouse_language": {"language": language, "clb": levels}},
                    False,
                )
        spouse_education = get("spouse_education") or EDUCATION_LEVELS[0]
        for level in SPOUSE_EDUCATION_TARGETS:
            if _rank(EDUCATION_LEVELS, level) > _rank(EDUCATION_LEVELS, spouse_education):
                yield "spouse_education", {"education": level}, {"spouse_education": level}, False
        spouse_years = _int(get("spouse_canadian_work_years"))
        if spouse_years < CANADIAN_WORK_LIMIT:
            yield (
                "spouse_canadian_work",
                {"years": spouse_years + 1, "from": spouse_years},
                {"spouse_canadian_work_years": spouse_years + 1},
                False,
            )
        yield "spouse_not_accompanying", {}, {"spouse_accompanying": False}, False

    if not get("provincial_nomination"):
        yield "provincial_nomination", {}, {"provincial_nomination": True}, True


def _first_language(first: object, first_clb: LevelsByAbility | None) -> Iterator[Candidate]:
    """Raise the weakest ability, or all four, to each next CLB threshold, in the person's test."""
    if first_clb is None:
        for target in FIRST_LANGUAGE_TARGETS:
            levels = dict.fromkeys(ABILITIES, target)
            yield (
                "first_language_all",
                _clb_params("english", target, levels, {}),
                {"first_language": {"language": "english", "clb": levels}},
                False,
            )
        return
    language = first_clb["language"]
    levels = {a: first_clb[a] for a in ABILITIES}
    weakest_ability = min(ABILITIES, key=lambda a: levels[a])  # first of the tied, in chart order
    for target in FIRST_LANGUAGE_TARGETS:
        below = [a for a in ABILITIES if levels[a] < target]
        if not below:
            continue
        if len(below) > 1:  # with one ability below, "the weakest" and "all four" are the same change
            one = {**levels, weakest_ability: target}
            change = _language_change(first, language, one, [weakest_ability], target)
            if change is not None:
                yield (
                    "first_language_one",
                    {**_clb_params(language, target, one, change), "ability": weakest_ability},
                    change,
                    False,
                )
        raised = {a: max(levels[a], target) for a in ABILITIES}
        change = _language_change(first, language, raised, below, target)
        if change is not None:
            yield "first_language_all", _clb_params(language, target, raised, change), change, False


def _second_language(first_clb: LevelsByAbility | None, second_clb: LevelsByAbility | None) -> Iterator[Candidate]:
    """A French test at NCLC 7+ (or, when French is first, an English test)."""
    if first_clb is None:
        return
    language = "english" if first_clb["language"] == "french" else "french"
    targets = ENGLISH_SECOND_TARGETS if language == "english" else FRENCH_TARGETS
    weakest = min(second_clb[a] for a in ABILITIES) if second_clb else 0
    for target in targets:
        if weakest < target:
            levels = {a: max(target, second_clb[a]) if second_clb else target for a in ABILITIES}
            change = {"second_language": {"language": language, "clb": levels}}
            yield "second_language", _clb_params(language, target, levels, {}), change, False


def _language_change(
    result: object, language: str, levels: Mapping[str, int], raised: Sequence[str], target: int
) -> Profile | None:
    """The new first-language result: raw scores stay raw (each raised ability at the test's
    minimum for ``target``), CLB levels stay levels."""
    if isinstance(result, Mapping) and "test" in result:
        test = result["test"]
        scores = dict(result.get("scores") or {})
        for ability in raised:
            needed = minimum_score(test, ability, target)
            if needed is None:
                return None
            scores[ability] = needed
        return {"first_language": {**result, "scores": scores}}
    return {"first_language": {"language": language, "clb": levels}}


def _clb_params(language: str, target: int, levels: Mapping[str, int], change: Profile) -> dict[str, Any]:
    """What the action means in test scores: the person's own test if we know it, else every
    approved test of that language (TEF Canada on its ancien column)."""
    params = {"clb": target, "language": language, "levels": levels}
    new = change.get("first_language") if change else None
    if new is not None and "test" in new:
        params["test"] = new["test"]
        params["scores"] = new["scores"]
        return params
    equivalents = {}
    for code, meta in LANGUAGE_TESTS.items():
        if meta.language != language:
            continue
        needed = {a: minimum_score(code, a, target) for a in ABILITIES}
        if None not in needed.values():
            equivalents[code] = needed
    params["equivalents"] = equivalents
    return params


# --- helpers ---------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def minimum_score(test: str, ability: str, clb: int) -> float | int | None:
    """The lowest raw score on ``test`` that reaches ``clb`` for ``ability``, read from the test's
    chart in ``language_tests`` (never a table of our own; TEF Canada on its ancien column, the one
    Express Entry reads); None if the test cannot reach it."""
    low, high, step = score_range(test, ability)
    factor = 2 if step == 0.5 else 1
    for index in range(int(low * factor), int(high * factor) + 1):
        value = index / factor if factor == 2 else index
        if to_clb(test, ability, value) >= clb:
            return value
    return None


def _anniversary(born: date, year: int) -> date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


def _cleared(cuts: Sequence[int] | None, total: int) -> int | None:
    if cuts is None:
        return None
    return sum(1 for cutoff in cuts if total >= cutoff)


def _total(profile: Profile, effective_date: Day) -> int:
    return score(profile, effective_date=effective_date)["total"]


def _rank(levels: Sequence[str], value: str) -> int:
    try:
        return levels.index(value)
    except ValueError:
        return -1


def _int(value: object) -> int:
    return value if type(value) is int and value > 0 else 0
