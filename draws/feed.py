"""Reading IRCC's rounds-of-invitations feed (`ee_rounds_123_en.json`).

Plain functions, no database: the import command turns a file into
`RoundRecord`/`PoolRecord` values here, and `services.import_rounds` writes
them.  Every problem raises `FeedError` naming the round and the field, so a
bad file is rejected with a reason an admin can act on.

The feed is typed by hand at IRCC.  Dates and times come in more than a dozen
shapes (see the files in draws/data): ordinal days
("July 3rd 2026"), a missing or glued "at", a comma or full stop or nothing
after the day, a missing "UTC", a stray AM/PM after a 24-hour time, doubled
spaces, an ISO timestamp repeated after the date, and once (#208) no year.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from crs.vocabulary import MAX_SCORE

MONTHS = {
    name: number
    for number, name in enumerate(
        ("january february march april may june july august september october november december").split(),
        start=1,
    )
}

# Published draw names (as they are, or once were) → stable category.  A
# name not listed falls back to the keyword rules in `category_for`.
CATEGORY_BY_NAME = {
    "no program specified": "general",
    "general": "general",
    "canadian experience class": "cec",
    "provincial nominee program": "pnp",
    "federal skilled trades": "trades",
    "federal skilled worker": "other",
}
# Pattern → category, tried in order on names not in CATEGORY_BY_NAME, so
# renamed and versioned categories ("Healthcare occupations (Version 1)",
# "Healthcare and Social Services Occupations, 2026-Version 3") group together.
# Narrow 2026 categories (physicians, senior managers, military recruits) are
# "other" on purpose: their cut-offs (169, 223, 368…) say nothing about what
# a healthcare or general candidate needs.
CATEGORY_KEYWORDS = (
    ("french", "french"),
    ("healthcare", "healthcare"),
    (r"\bstem\b", "stem"),
    ("trade", "trades"),
    ("transport", "transport"),
    ("agricultur", "agriculture"),
    ("education", "education"),
)

# The 15 non-overlapping bands of the pool distribution: feed field → (min, max).
# dd3 (451-500) and dd9 (401-450) are the parents of dd4..dd8 and dd10..dd14;
# dd18 is the total.  The supplement omits the parents, so they are not used.
POOL_BANDS = {
    "dd1": (601, MAX_SCORE),
    "dd2": (501, 600),
    "dd4": (491, 500),
    "dd5": (481, 490),
    "dd6": (471, 480),
    "dd7": (461, 470),
    "dd8": (451, 460),
    "dd10": (441, 450),
    "dd11": (431, 440),
    "dd12": (421, 430),
    "dd13": (411, 420),
    "dd14": (401, 410),
    "dd15": (351, 400),
    "dd16": (301, 350),
    "dd17": (0, 300),
}
POOL_TOTAL_FIELD = "dd18"

# Optional feed fields → the model field they fill.
OPTIONAL_FIELDS = {
    "drawCutOff": "tie_break",
    "drawDateTime": "drawn_at",
    "drawText2": "programs",
    "drawDistributionAsOn": "pool_snapshot",
}

NUMBER_RE = re.compile(r"^(\d{1,5})([a-z]?)$")
ISO_IN_TEXT_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2}):(\d{2})")
# Month, day (ordinal suffix allowed), optional year; separators are any of
# ",", "." and spaces.  Then an optional time with optional "at" and AM/PM.
DATETIME_RE = re.compile(
    r"""^(?P<month>[a-z]+)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s,.]*
        (?:(?P<year>\d{4})[\s,.]*)?
        (?:(?:at)?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}):(?P<second>\d{2})
           \s*(?P<ampm>am|pm)?)?
        \s*(?:utc)?$""",
    re.VERBOSE,
)


class FeedError(ValueError):
    """The feed (or one round in it) cannot be read."""


@dataclass(frozen=True)
class RoundRecord:
    number: str
    date: date
    name: str
    category: str
    invitations: int
    cutoff: int
    tie_break: datetime | None
    drawn_at: datetime | None
    programs: str
    pool_as_of: date | None
    # Model fields whose feed field is absent from the row (the supplement
    # trims some): an import leaves what the database has for them.
    missing: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PoolRecord:
    as_of: date
    total: int
    bands: tuple[tuple[int, int, int], ...]  # (crs_min, crs_max, count), high to low


def number_sequence(number: str) -> int:
    """A sortable integer for a published draw number: 91 → 9100, 91a → 9101, 91b → 9102."""
    match = NUMBER_RE.match(number.strip().lower())
    if not match:
        raise FeedError(f"draw number {number!r} is not a number with an optional letter")
    digits, letter = match.groups()
    return int(digits) * 100 + (ord(letter) - ord("a") + 1 if letter else 0)


def category_for(name: str) -> str:
    """The stable category of a published draw name ("other" when none fits)."""
    key = " ".join(name.split()).lower()
    if key in CATEGORY_BY_NAME:
        return CATEGORY_BY_NAME[key]
    for keyword, category in CATEGORY_KEYWORDS:
        if re.search(keyword, key):
            return category
    return "other"


def parse_count(text: str | int) -> int:
    """ "19,705" → 19705."""
    if isinstance(text, int):
        return text
    cleaned = str(text).replace(",", "").replace(" ", "").strip()
    if not cleaned.isdigit():
        raise FeedError(f"{text!r} is not a whole number")
    return int(cleaned)


def parse_feed_date(text: str) -> date:
    """A date as the feed writes it: "2026-08-07" or "August 7, 2026"."""
    cleaned = " ".join(str(text).split())
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    moment = parse_feed_datetime(cleaned)
    if moment is None:
        raise FeedError(f"{text!r} is not a date")
    return moment.date()


def parse_feed_datetime(text: str | None, *, reference: date | None = None) -> datetime | None:
    """A hand-typed UTC timestamp → aware datetime; None for an empty field.

    Without a year (#208: "October 7 at 16:38:21 UTC") the year is inferred
    from `reference` (the draw date): the latest year that does not put the
    moment after the draw.  A 12-hour marker after a 24-hour time
    ("20:19:59 PM") is ignored.  Times are UTC; a missing "UTC" changes nothing.
    """
    if text is None:
        return None
    cleaned = " ".join(str(text).split()).lower()
    if not cleaned:
        return None
    iso = ISO_IN_TEXT_RE.search(cleaned)
    if iso:
        year, month, day, hour, minute, second = (int(part) for part in iso.groups())
        return _moment(text, year, month, day, hour, minute, second)
    match = DATETIME_RE.match(cleaned)
    if not match or match["month"] not in MONTHS:
        raise FeedError(f"{text!r} is not a date and time in any format the feed uses")
    month = MONTHS[match["month"]]
    day = int(match["day"])
    hour = int(match["hour"] or 0)
    minute = int(match["minute"] or 0)
    second = int(match["second"] or 0)
    if match["ampm"] and hour <= 12:
        hour = hour % 12 + (12 if match["ampm"] == "pm" else 0)
    if match["year"]:
        return _moment(text, int(match["year"]), month, day, hour, minute, second)
    if reference is None:
        raise FeedError(f"{text!r} has no year and there is no draw date to infer it from")
    moment = _moment(text, reference.year, month, day, hour, minute, second)
    if moment.date() > reference + timedelta(days=1):
        moment = _moment(text, reference.year - 1, month, day, hour, minute, second)
    return moment


def _moment(text, year, month, day, hour, minute, second) -> datetime:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError as error:
        raise FeedError(f"{text!r}: {error}") from None


def parse_round(row: dict) -> RoundRecord:
    """One element of the feed's `rounds` array.  Required: drawNumber,
    drawDate, drawName, drawSize, drawCRS; the rest may be missing (the
    supplement trims fields)."""
    if not isinstance(row, dict):
        raise FeedError("a round is not a JSON object")
    number = str(row.get("drawNumber", "")).strip()
    label = f"round {number or '(no number)'}"
    try:
        number_sequence(number)
        for field in ("drawDate", "drawName", "drawSize", "drawCRS"):
            if not str(row.get(field) or "").strip():
                raise FeedError(f"{field} is missing")
        draw_date = _field(row, "drawDate", parse_feed_date)
        name = " ".join(str(row["drawName"]).split())
        invitations = _field(row, "drawSize", parse_count)
        cutoff = _field(row, "drawCRS", parse_count)
        if invitations <= 0:
            raise FeedError(f"drawSize {invitations} must be more than 0")
        if not 0 <= cutoff <= MAX_SCORE:
            raise FeedError(f"drawCRS {cutoff} is outside 0-{MAX_SCORE}")
        tie_break = _field(row, "drawCutOff", lambda t: parse_feed_datetime(t, reference=draw_date))
        drawn_at = _field(row, "drawDateTime", lambda t: parse_feed_datetime(t, reference=draw_date))
        pool = parse_pool(row)
    except FeedError as error:
        raise FeedError(f"{label}: {error}") from None
    return RoundRecord(
        number=number,
        date=draw_date,
        name=name,
        category=category_for(name),
        invitations=invitations,
        cutoff=cutoff,
        tie_break=tie_break,
        drawn_at=drawn_at,
        programs=" ".join(str(row.get("drawText2") or "").split()),
        pool_as_of=pool.as_of if pool else None,
        missing=frozenset(model_field for feed_field, model_field in OPTIONAL_FIELDS.items() if feed_field not in row),
    )


def parse_pool(row: dict) -> PoolRecord | None:
    """The pool distribution a round carries; None when absent or all zero."""
    if not str(row.get("drawDistributionAsOn") or "").strip():
        return None
    counts = {}
    for field in (*POOL_BANDS, POOL_TOTAL_FIELD):
        counts[field] = _field(row, field, parse_count) if field in row else 0
    if not any(counts.values()):
        return None
    as_of = _field(row, "drawDistributionAsOn", parse_feed_date)
    return PoolRecord(
        as_of=as_of,
        total=counts[POOL_TOTAL_FIELD],
        bands=tuple((low, high, counts[field]) for field, (low, high) in POOL_BANDS.items()),
    )


def _field(row: dict, field: str, parse):
    try:
        return parse(row.get(field))
    except FeedError as error:
        raise FeedError(f"{field}: {error}") from None


def decode_feed(body: bytes) -> str:
    """The feed's bytes as text: UTF-8 (with or without a byte-order mark), else Windows-1252,
    which is what a file saved by hand on Windows usually is."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError:
        raise FeedError("the text is neither UTF-8 nor Windows-1252") from None


def parse_feed(text: str, label: str) -> tuple[list[RoundRecord], list[PoolRecord]]:
    """Every round and every distinct pool snapshot in one feed document; `label` (a path or a
    URL) starts every error message."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FeedError(f"{label}: not valid JSON, or cut short ({error})") from None
    rows = document.get("rounds") if isinstance(document, dict) else None
    if not isinstance(rows, list):
        raise FeedError(f"{label}: no 'rounds' list (is this IRCC's ee_rounds feed?)")
    rounds, pools = [], {}
    for row in rows:
        try:
            record = parse_round(row)
            pool = parse_pool(row)
        except FeedError as error:
            raise FeedError(f"{label}: {error}") from None
        rounds.append(record)
        if pool is not None:
            pools.setdefault(pool.as_of, pool)
    return rounds, list(pools.values())


def read_feed(path: str | Path) -> tuple[list[RoundRecord], list[PoolRecord]]:
    """Every round and every distinct pool snapshot in one feed file."""
    try:
        body = Path(path).read_bytes()
    except OSError as error:
        raise FeedError(f"{path}: cannot read ({error.strerror})") from None
    try:
        text = decode_feed(body)
    except FeedError as error:
        raise FeedError(f"{path}: {error}") from None
    return parse_feed(text, str(path))
