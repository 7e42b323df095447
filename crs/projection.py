"""The score month by month: the profile aged to each future date, and scored by the engine.

People ask "how will my score move?", and the answer depends only on dates they already know:
birthdays, the anniversaries of the job they hold now, the day each language result stops being
valid (two years after the test) and the day the ECA does (five years after it was issued). This
module turns those dates into a list of dated ``Event``s, each a patch of whole top-level profile
keys (like the planner's actions), and a profile on a day is the starting profile with every event
up to that day applied. Every point of the series is ``score()`` of that profile on that day: no
point value is known here, so the series can never disagree with the breakdown, under any rule set.

Decisions where the person's answers leave a gap (the page and the API say them too):
- Without a date of birth, age is aged conservatively: the next birthday is taken as the first day
  of next month, then every twelve months (the earliest a month-by-month reading allows).
- A year of work is counted on each anniversary of the day the current job started; only the
  count in the profile moves (5+ Canadian and 3+ foreign years score alike, so later anniversaries
  are not listed). The 10-year look-back window of old work is not modelled.
- A language result expires when ``crs.scoring.expiry`` says (two calendar years); when the first official
  language expires while the second is still valid, the second becomes the first (the one the
  person still holds). Results already expired on the first day stay as the result page scores them
  (it warns about them): the series starts from the score shown there.
- An ECA expires on its fifth anniversary; from then the education counted falls to what the
  Canadian credential shows (three years or more: a bachelor's; one or two years: a one-year
  credential; secondary: secondary), never above the education answered.
Pure Python (no Django): the page, ``POST /api/projection`` and ``crs_score --projection`` share it.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypedDict

from .scoring import ProfileError, score
from .scoring.dates import parse_date
from .scoring.engine import Breakdown
from .scoring.expiry import LANGUAGE_FIELDS, expires_on
from .scoring.rule_set import EDUCATION_LEVELS

HORIZON_MONTHS = 36
MAX_HORIZON_MONTHS = 60
LAST_START = date(9000, 1, 1)  # dates stop at 9999: leave room for the horizon and the anniversaries
ECA_VALID_YEARS = 5
LAST_SCORED_AGE = 45  # from 45 age earns nothing: later birthdays change nothing
WORK_CAPS = {"canadian_work_years": 5, "foreign_work_years": 3}
WORKING_IN = {"canada": "canadian_work_years", "abroad": "foreign_work_years"}
# What a Canadian credential proves when the ECA of a foreign one has expired.
CANADIAN_EDUCATION_PROVES = {
    "none": "less_than_secondary",
    "secondary": "secondary",
    "one_or_two_year": "one_year",
    "three_year_plus": "bachelors",
}


@dataclass(frozen=True)
class Dates:
    """What the person told about their dates, beside the profile (none of it is a profile key)."""

    date_of_birth: date | None = None
    working_in: str | None = None  # "canada" or "abroad": where the current job is
    working_since: date | None = None
    eca_issued: date | None = None


@dataclass(frozen=True)
class Event:
    """One dated change. ``change`` replaces whole top-level keys; ``points`` is what it moved the
    total by (the engine's difference with and without it, on its day)."""

    date: date
    kind: str  # "birthday", "canadian_work", "foreign_work", "language_expires", "eca_expires"
    params: dict[str, Any]  # what the text needs: {"age"}, {"years"}, {"result", "tested"} or {"issued"}
    change: Mapping[str, Any] = field(repr=False)
    points: int = 0


@dataclass(frozen=True)
class Point:
    date: date
    total: int
    breakdown: Breakdown = field(repr=False)
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Projection:
    start: date
    end: date
    points: tuple[Point, ...]
    events: tuple[Event, ...]
    age_from_date_of_birth: bool


@dataclass(frozen=True)
class WhenToAct:
    """``kind``: "reaches" (first point at or above the cut-off, now below), "falls" (at or above
    now; ``date`` is the last day before it drops below), "stays_above", or "never_reaches"."""

    kind: str
    date: date | None
    cutoff: int


def read_dates(values: Mapping[str, Any]) -> Dates:
    """``Dates`` from JSON-style values, or ProfileError naming the key (the API's and CLI's reader)."""
    found: dict[str, date] = {}
    for key, attribute in (
        ("date_of_birth", "date_of_birth"),
        ("working_since", "working_since"),
        ("eca_date", "eca_issued"),
    ):
        value = values.get(key)
        if value is None:
            continue
        day = value if isinstance(value, date) else parse_date(value)
        if day is None:
            raise ProfileError(key, f"dates are written YYYY-MM-DD, for example 2026-08-15; got {value!r}")
        found[attribute] = day
    working_in = values.get("working_in")
    if working_in is not None and working_in not in WORKING_IN:
        raise ProfileError("working_in", f"must be one of {', '.join(WORKING_IN)}, or null; got {working_in!r}")
    if (working_in is None) != ("working_since" not in found):
        missing = "working_since" if working_in is not None else "working_in"
        raise ProfileError(
            missing, "working_in and working_since go together: where the current job is, and since when"
        )
    return Dates(working_in=working_in, **found)


def project(
    profile: Mapping[str, Any], dates: Dates = Dates(), *, start: date | str | None = None, months: int = HORIZON_MONTHS
) -> Projection:
    """The score on ``start``, on the first day of each month up to ``months`` ahead, and on each
    day an event changes the profile; every point is ``score()`` of ``profile_on`` that day.

    ``start`` defaults to the profile's ``effective_date``, else today. Raises ProfileError for a
    profile the engine refuses or dates that contradict it (a date of birth giving another age).
    """
    if not 1 <= months <= MAX_HORIZON_MONTHS:
        raise ProfileError("months", f"must be a whole number from 1 to {MAX_HORIZON_MONTHS}; got {months!r}")
    today = score(profile, effective_date=start)  # validates the profile, and fixes the first day
    first_day = date.fromisoformat(today["effective_date"])  # the engine writes the day it scored as ISO
    if first_day > LAST_START:
        raise ProfileError("effective_date", f"must be before {LAST_START.isoformat()} to look years ahead")
    end = add_months(first_day, months)
    _check_dates(profile, dates, first_day)
    events = _dated_events(profile, dates, first_day, end)
    by_day: dict[date, list[Event]] = {}
    for event in events:
        by_day.setdefault(event.date, []).append(event)
    days = sorted({first_day, *month_starts(first_day, end), *by_day})
    points: list[Point] = []
    scored_events: list[Event] = []
    current = dict(profile)
    for day in days:
        total_before: int | None = None
        todays: list[Event] = []
        for event in by_day.get(day, ()):
            if total_before is None:
                total_before = score(current, effective_date=day)["total"]
            current = {**current, **event.change}
            after = score(current, effective_date=day)["total"]
            todays.append(_with_points(event, after - total_before))
            total_before = after
        breakdown = score(current, effective_date=day)
        scored_events.extend(todays)
        points.append(Point(date=day, total=breakdown["total"], breakdown=breakdown, events=tuple(todays)))
    return Projection(
        start=first_day,
        end=end,
        points=tuple(points),
        events=tuple(scored_events),
        age_from_date_of_birth=dates.date_of_birth is not None,
    )


def profile_on(profile: Mapping[str, Any], dates: Dates, day: date, *, start: date) -> dict[str, Any]:
    """The profile as it will be on ``day``: every event from ``start`` up to ``day`` applied."""
    aged = dict(profile)
    for event in _dated_events(profile, dates, start, day):
        aged.update(event.change)
    return aged


def when_to_act(points: Sequence[Point], cutoff: int) -> WhenToAct:
    """When the projected score meets the cut-off: see ``WhenToAct``. Points are in date order."""
    if not points:
        return WhenToAct("never_reaches", None, cutoff)
    if points[0].total >= cutoff:
        for earlier, point in zip(points, points[1:], strict=False):
            if point.total < cutoff:
                return WhenToAct("falls", point.date - timedelta(days=1) if point.date > earlier.date else None, cutoff)
        return WhenToAct("stays_above", None, cutoff)
    for point in points:
        if point.total >= cutoff:
            return WhenToAct("reaches", point.date, cutoff)
    return WhenToAct("never_reaches", None, cutoff)


# --- dates -------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (clamped to the month's end)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_starts(after: date, until: date) -> list[date]:
    """The first day of each month strictly after ``after`` and up to ``until``."""
    days: list[date] = []
    day = date(after.year, after.month, 1)
    while True:
        day = add_months(day, 1)
        if day > until:
            return days
        days.append(day)


def anniversary(origin: date, years: int) -> date:
    """``origin`` plus ``years`` years; 29 February falls on 1 March in a common year."""
    try:
        return origin.replace(year=origin.year + years)
    except ValueError:
        return date(origin.year + years, 3, 1)


def completed_years(origin: date, day: date) -> int:
    """Whole years from ``origin`` to ``day`` (the age on ``day`` of someone born on ``origin``)."""
    years = day.year - origin.year
    return years - (anniversary(origin, years) > day)


def assumed_birth(age: int, first_day: date) -> date:
    """A date of birth for someone ``age`` on ``first_day`` whose next birthday is the first day
    of next month: the earliest birthday a month-by-month reading allows (conservative)."""
    next_birthday = add_months(date(first_day.year, first_day.month, 1), 1)
    return anniversary(next_birthday, -(age + 1))


# --- events ------------------------------------------------------------------------------------


def _dated_events(profile: Mapping[str, Any], dates: Dates, first_day: date, until: date) -> list[Event]:
    """The events in (first_day, until], in date order (ties: birthday, work, language, ECA), each
    patch worked out from the profile as the events before it left it."""
    pending: list[tuple[date, int, str, dict[str, Any], object]] = []  # (day, order, kind, params, result)
    born = dates.date_of_birth or assumed_birth(profile["age"], first_day)
    age = completed_years(born, first_day)
    years = 1
    while True:
        day = anniversary(born, age + years)
        if day > until or age + years - 1 >= LAST_SCORED_AGE:
            break
        pending.append((day, 0, "birthday", {"age": age + years}, None))
        years += 1

    if dates.working_in is not None and dates.working_since is not None:
        key = WORKING_IN[dates.working_in]
        base = profile.get(key) or 0
        done = completed_years(dates.working_since, first_day) if dates.working_since <= first_day else 0
        more = 1
        while base + more <= WORK_CAPS[key]:
            day = anniversary(dates.working_since, done + more)
            if day > until:
                break
            if day > first_day:
                pending.append((day, 1, key, {"years": base + more}, None))
            more += 1

    for order, key in enumerate(LANGUAGE_FIELDS):
        result = profile.get(key)
        tested = parse_date(result.get("test_date")) if isinstance(result, Mapping) else None
        if tested is not None:
            day = expires_on(tested)  # the engine's own rule for when IRCC stops accepting a result
            if first_day < day <= until:
                pending.append((day, 2 + order, "language_expires", {"result": key, "tested": tested}, result))

    if dates.eca_issued is not None:
        day = anniversary(dates.eca_issued, ECA_VALID_YEARS)
        if first_day < day <= until:
            pending.append((day, 9, "eca_expires", {"issued": dates.eca_issued}, None))

    pending.sort(key=lambda item: (item[0], item[1]))
    current = dict(profile)
    events: list[Event] = []
    for day, _order, kind, params, result in pending:
        change = _change(current, kind, params, result)
        current.update(change)
        events.append(Event(date=day, kind=_kind(kind), params=params, change=change))
    return events


def _kind(kind: str) -> str:
    return {"canadian_work_years": "canadian_work", "foreign_work_years": "foreign_work"}.get(kind, kind)


def _change(current: Mapping[str, Any], kind: str, params: Mapping[str, Any], result: object) -> dict[str, Any]:
    if kind == "birthday":
        return {"age": params["age"]}
    if kind in WORK_CAPS:
        return {kind: params["years"]}
    if kind == "language_expires":
        # The expiring result is found where it now sits (a second language may have become first).
        if params["result"] != "spouse_language" and current.get("first_language") == result:
            return {"first_language": current.get("second_language"), "second_language": None}
        return {params["result"]: None} if current.get(params["result"]) == result else {}
    # eca_expires: the education a Canadian credential shows, never above the education answered
    answered = current.get("education") or EDUCATION_LEVELS[0]
    proven = CANADIAN_EDUCATION_PROVES.get(current.get("canadian_education") or "none", EDUCATION_LEVELS[0])
    return {"education": min(answered, proven, key=EDUCATION_LEVELS.index)}


def _with_points(event: Event, points: int) -> Event:
    return Event(date=event.date, kind=event.kind, params=event.params, change=event.change, points=points)


def _check_dates(profile: Mapping[str, Any], dates: Dates, first_day: date) -> None:
    born = dates.date_of_birth
    if born is not None:
        if born >= first_day:
            raise ProfileError("date_of_birth", f"must be before {first_day.isoformat()}; got {born.isoformat()}")
        years = completed_years(born, first_day)
        age = profile["age"]
        if min(max(years, 17), LAST_SCORED_AGE) != min(max(age, 17), LAST_SCORED_AGE):
            raise ProfileError(
                "date_of_birth",
                f"makes the applicant {years} on {first_day.isoformat()}, not {age} (the profile's age)",
            )
    if dates.working_since is not None and dates.working_since > first_day:
        raise ProfileError(
            "working_since", f"must be on or before {first_day.isoformat()}; got {dates.working_since.isoformat()}"
        )
    if dates.eca_issued is not None and dates.eca_issued > first_day:
        raise ProfileError(
            "eca_date", f"must be on or before {first_day.isoformat()}; got {dates.eca_issued.isoformat()}"
        )


# --- the JSON request and answer (POST /api/projection, crs_score --projection) -----------------

REQUEST_KEYS = ("profile", "date_of_birth", "working_in", "working_since", "eca_date", "months")


class EventJson(TypedDict):
    date: str
    kind: str
    params: dict[str, Any]  # dates as YYYY-MM-DD
    points: int


class PointJson(TypedDict):
    date: str
    total: int
    breakdown: Breakdown
    events: list[EventJson]


class ProjectionJson(TypedDict):
    """The answer of ``POST /api/projection`` (its schema: ``Projection`` in calculator/api/openapi.py)."""

    start: str
    end: str
    age_from_date_of_birth: bool
    points: list[PointJson]
    events: list[EventJson]


def project_request(body: object) -> ProjectionJson:
    """The JSON answer for ``{"profile": {...}, "date_of_birth": "YYYY-MM-DD", ...}``.

    The dates sit beside the profile, not in it, because the profile format is a contract that
    grows only by optional keys and a date of birth is not a scoring fact. ``start`` is the
    profile's ``effective_date`` (else today). Raises ProfileError; a profile's own error names
    its field under ``profile.``.
    """
    if not isinstance(body, Mapping):
        raise ProfileError("", "the request must be a JSON object with a profile and its dates")
    unknown = sorted(str(key) for key in body if key not in REQUEST_KEYS)
    if unknown:
        raise ProfileError(unknown[0], f'is not allowed beside "profile"; allowed: {", ".join(REQUEST_KEYS)}')
    profile = body.get("profile")
    if not isinstance(profile, dict):
        raise ProfileError("profile", "must be a JSON object: one profile in the profile format")
    months = body.get("months", HORIZON_MONTHS)
    if type(months) is not int:
        raise ProfileError("months", f"must be a whole number from 1 to {MAX_HORIZON_MONTHS}; got {months!r}")
    try:
        score(profile)
    except ProfileError as error:
        raise ProfileError(f"profile.{error.field}" if error.field else "profile", error.message) from None
    return as_json(project(profile, read_dates(body), months=months))


def as_json(projection: Projection) -> ProjectionJson:
    """Points (date, total, breakdown, the events of that day) and the events, JSON-safe."""
    return {
        "start": projection.start.isoformat(),
        "end": projection.end.isoformat(),
        "age_from_date_of_birth": projection.age_from_date_of_birth,
        "points": [
            {
                "date": point.date.isoformat(),
                "total": point.total,
                "breakdown": point.breakdown,
                "events": [_event_json(event) for event in point.events],
            }
            for point in projection.points
        ],
        "events": [_event_json(event) for event in projection.events],
    }


def _event_json(event: Event) -> EventJson:
    params = {key: value.isoformat() if isinstance(value, date) else value for key, value in event.params.items()}
    return {"date": event.date.isoformat(), "kind": event.kind, "params": params, "points": event.points}
