"""Reads of the draw history: where a score stands against recent rounds and
the pool, the list of rounds, and how current they are.

Everything here is computed from one version of the draw data (`DrawData`):
`draw_history()` reads the version (one small query) and, when this process
has not seen that version yet, its payload (one more).  What is computed from
a version (a score's standing, its chart) is kept with it, so it is worked out
once per version and score, not per request; an import or an admin edit makes
a new version, so nothing is ever stale, whichever server reads it.
"""

from __future__ import annotations

import calendar
import statistics
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache

from django.db import connections, router
from django.utils import timezone

from draws.chart import trend_chart

from .bands import Band, band_for
from .models import Category, Draw, DrawData, PoolBand, PoolSnapshot
from .names import published_name
from .payload import build_payload

WINDOWS = (6, 12)  # months of recent rounds compared
TREND_MONTHS = 24
READ_MONTHS = max(TREND_MONTHS, *WINDOWS)  # how far back standing() reads rounds
# Left out of the chart (kept in the tables): PNP cut-offs carry the 600
# nomination points and "other" holds tiny niche rounds (physicians: 169),
# either would squash every other line into a strip.
UNCHARTED = frozenset({Category.PNP, Category.OTHER})
STALE_DAYS = 30  # newest round older than this: the pages say recent rounds may be missing
STANDINGS_KEPT = 2048  # per version: every score of a day, with room


@dataclass(frozen=True)
class Round:
    """One round as the public pages show it."""

    number: str
    date: date
    name: str
    category: str
    invitations: int
    cutoff: int

    @property
    def display_name(self) -> str:
        return published_name(self.name, self.category)


@dataclass(frozen=True)
class Currency:
    """How current the rounds are: the newest one loaded, and when IRCC's feed was last read."""

    newest_number: str | None
    newest_date: date | None
    checked_at: datetime | None
    today: date

    @property
    def days_old(self) -> int | None:
        return (self.today - self.newest_date).days if self.newest_date else None

    @property
    def stale(self) -> bool:
        return self.newest_date is None or self.days_old > STALE_DAYS


@dataclass(frozen=True)
class CategoryStats:
    category: str
    label: str
    count: int
    lowest: int
    median: float
    highest: int
    cleared: int  # rounds whose cut-off is at or below the score

    @property
    def includes_nomination(self) -> bool:
        return self.category == Category.PNP


@dataclass(frozen=True)
class RecentWindow:
    months: int
    since: date  # exclusive
    until: date  # inclusive
    categories: tuple[CategoryStats, ...]
    first_round: date | None = None  # the rounds really covered: the oldest and newest in the window
    last_round: date | None = None

    @property
    def gap_days(self) -> int:
        """Days between the window's newest round and its end (0 when it ends on a round day)."""
        return (self.until - self.last_round).days if self.last_round else (self.until - self.since).days

    @property
    def stale(self) -> bool:
        return self.gap_days > STALE_DAYS

    @property
    def count(self) -> int:
        return sum(stats.count for stats in self.categories)

    @property
    def cleared(self) -> int:
        return sum(stats.cleared for stats in self.categories)


@dataclass(frozen=True)
class TrendPoint:
    number: str
    date: date
    cutoff: int


@dataclass(frozen=True)
class TrendSeries:
    category: str
    label: str
    points: tuple[TrendPoint, ...]  # oldest first


@dataclass(frozen=True)
class PoolRank:
    as_of: date
    total: int
    ahead: int  # about how many candidates score higher
    share_ahead: float  # 0..1 of the pool

    @property
    def percent_ahead(self) -> float:
        return round(self.share_ahead * 100, 1)


@dataclass(frozen=True)
class Standing:
    score: int
    today: date
    band: Band
    windows: tuple[RecentWindow, ...]  # 6 then 12 months
    trend: tuple[TrendSeries, ...]  # charted categories, TREND_MONTHS back
    trend_since: date
    pool_rank: PoolRank | None
    latest_draw_date: date | None  # newest round in the compared period
    rows: tuple = field(repr=False)  # (number, date, category, cutoff), the last READ_MONTHS, oldest first
    currency: Currency | None = None
    version: str | None = None  # of the draw data it was computed from (None: read from the tables)

    def recent_cutoffs(self, months: int) -> dict[str, list[int]]:
        """`recent_cutoffs(months=...)` from the rounds already read, without another query
        (the result and share pages compare the plan and the categories with the same rounds)."""
        if months > READ_MONTHS:
            return recent_cutoffs(months=months, today=self.today)
        since = months_before(self.today, months)
        return _by_category((category, cutoff) for _number, day, category, cutoff in self.rows if day > since)

    @cached_property
    def chart(self):
        """Drawn once per standing, and a standing is kept per version of the data."""
        return trend_chart(self)


@dataclass(frozen=True)
class PoolData:
    as_of: date
    total: int
    bands: tuple[tuple[int, int, int], ...]  # (crs_min, crs_max, count), high to low


class VersionData:
    """One version of the draw data, and what this process computed from it."""

    def __init__(self, version: str | None, payload: dict):
        self.version = version
        self.rounds = tuple(
            Round(number, date.fromisoformat(day), name, category, invitations, cutoff)
            for number, day, name, category, invitations, cutoff in payload["rounds"]
        )
        pool = payload.get("pool")
        self.pool = (
            PoolData(date.fromisoformat(pool["as_of"]), pool["total"], tuple(tuple(band) for band in pool["bands"]))
            if pool
            else None
        )
        self.years = tuple(sorted({one.date.year for one in self.rounds}, reverse=True))
        newest = self.rounds[-1] if self.rounds else None  # the payload runs oldest first (date, number)
        self.newest = (newest.number, newest.date) if newest else (None, None)
        self.standing = lru_cache(maxsize=STANDINGS_KEPT)(self._standing)

    def _standing(self, score: int, today: date, checked_at: datetime | None) -> Standing:
        return _compute_standing(DrawHistory(self, checked_at), score=score, today=today)


@dataclass(frozen=True)
class DrawHistory:
    """The draw data as one request reads it: a version, and when IRCC's feed was last checked."""

    data: VersionData
    checked_at: datetime | None

    @property
    def version(self) -> str | None:
        return self.data.version

    @property
    def rounds(self) -> tuple[Round, ...]:
        return self.data.rounds

    @property
    def pool(self) -> PoolData | None:
        return self.data.pool

    @property
    def years(self) -> tuple[int, ...]:
        return self.data.years

    def currency(self, today: date) -> Currency:
        number, day = self.data.newest
        return Currency(newest_number=number, newest_date=day, checked_at=self.checked_at, today=today)

    def standing(self, score: int, today: date) -> Standing:
        if self.version is None:
            return _compute_standing(self, score=score, today=today)
        return self.data.standing(score, today, self.checked_at)


_held: VersionData | None = None


def draw_history() -> DrawHistory:
    """The current version of the draw data: one query when this process already holds it, two
    when it does not.  A database whose rounds were never written through `draws.services`
    (no version yet) is read from its tables at every call."""
    global _held
    row = _version_row()
    if row is None:
        return DrawHistory(VersionData(None, build_payload(Draw, PoolSnapshot, PoolBand)), None)
    version, checked_at = row
    held = _held
    if held is None or held.version != version:
        payload = DrawData.objects.filter(pk=1).values_list("payload", flat=True).first()
        if payload is None:
            return DrawHistory(VersionData(None, build_payload(Draw, PoolSnapshot, PoolBand)), checked_at)
        held = _held = VersionData(version, payload)  # one assignment: threads see the old or the new
    return DrawHistory(held, checked_at)


def _version_row() -> tuple[str, datetime | None] | None:
    """(version, checked_at) of the draw data, or None before the first write.

    Every page with rounds on it asks this first, so it is the SELECT written out (as the session
    read is, crs_site/sessions.py): a queryset spends about half a millisecond building the same
    statement.  The time is converted as the ORM would (SQLite keeps text)."""
    connection = connections[router.db_for_read(DrawData)]
    table = connection.ops.quote_name(DrawData._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(DrawData._meta.get_field(name).column) for name in ("version", "checked_at")
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {table} WHERE {connection.ops.quote_name(DrawData._meta.pk.column)} = %s", [1]
        )
        row = cursor.fetchone()
    if row is None:
        return None
    version, checked_at = row
    convert = getattr(connection.ops, "convert_datetimefield_value", None)
    if checked_at is not None and convert is not None:
        checked_at = convert(checked_at, None, connection)
    return version, checked_at


def standing(*, score: int, today: date | None = None) -> Standing:
    """Everything the "where a score stands" page shows: one query (the data's version) when
    this version and score were seen today, two at most otherwise."""
    return draw_history().standing(score, today or timezone.localdate())


def _compute_standing(history: DrawHistory, *, score: int, today: date) -> Standing:
    start = months_before(today, READ_MONTHS)
    rows = [(one.number, one.date, one.category, one.cutoff) for one in history.rounds if start < one.date <= today]
    windows = tuple(_window(rows, score=score, months=months, today=today) for months in WINDOWS)
    labels = dict(Category.choices)
    trend_start = months_before(today, TREND_MONTHS)
    series: dict[str, list[TrendPoint]] = {}
    for number, day, category, cutoff in rows:
        if day > trend_start and category not in UNCHARTED:
            series.setdefault(category, []).append(TrendPoint(number, day, cutoff))
    trend = tuple(
        TrendSeries(category, labels.get(category, category), tuple(series[category]))
        for category in Category.values
        if category in series
    )
    return Standing(
        score=score,
        today=today,
        band=band_for(score),
        windows=windows,
        trend=trend,
        trend_since=trend_start,
        pool_rank=_pool_rank(history.pool, score),
        latest_draw_date=rows[-1][1] if rows else None,
        rows=tuple(rows),
        currency=history.currency(today),
        version=history.version,
    )


def recent_cutoffs(*, months: int = 6, today: date | None = None) -> dict[str, list[int]]:
    """Cut-offs of the rounds in the last `months`, by category, lowest first:
    one query, so a caller can count what many candidate scores would clear."""
    today = today or timezone.localdate()
    since = months_before(today, months)
    return _by_category((one.category, one.cutoff) for one in draw_history().rounds if since < one.date <= today)


def rounds_currency(*, today: date | None = None) -> Currency:
    """How current the rounds are, for a page that shows rounds but no standing."""
    return draw_history().currency(today or timezone.localdate())


def _by_category(pairs) -> dict[str, list[int]]:
    """``{category: cut-offs, lowest first}`` of ``(category, cutoff)`` pairs."""
    cutoffs: dict[str, list[int]] = {}
    for category, cutoff in pairs:
        cutoffs.setdefault(category, []).append(cutoff)
    return {category: sorted(values) for category, values in cutoffs.items()}


def pool_rank(*, score: int) -> PoolRank | None:
    """About how many candidates in the latest pool distribution score higher (see `_pool_rank`)."""
    return _pool_rank(draw_history().pool, score)


def _pool_rank(pool: PoolData | None, score: int) -> PoolRank | None:
    """Bands are counted whole above the score; inside the score's own band the
    candidates are taken as spread evenly over its points, so the band's share
    above the score is (crs_max - score) / (crs_max - crs_min + 1)."""
    if pool is None:
        return None
    ahead = 0.0
    for crs_min, crs_max, count in pool.bands:
        if crs_min > score:
            ahead += count
        elif crs_max > score:
            ahead += count * (crs_max - score) / (crs_max - crs_min + 1)
    total = pool.total or sum(count for _low, _high, count in pool.bands)
    return PoolRank(
        as_of=pool.as_of,
        total=total,
        ahead=round(ahead),
        share_ahead=ahead / total if total else 0.0,
    )


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to month end)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _window(rows, *, score: int, months: int, today: date) -> RecentWindow:
    since = months_before(today, months)
    inside = [(day, category, cutoff) for _number, day, category, cutoff in rows if day > since]
    cutoffs = _by_category((category, cutoff) for _day, category, cutoff in inside)
    labels = dict(Category.choices)
    categories = tuple(
        CategoryStats(
            category=category,
            label=labels.get(category, category),
            count=len(values),
            lowest=min(values),
            median=statistics.median(values),
            highest=max(values),
            cleared=sum(1 for cutoff in values if cutoff <= score),
        )
        for category in Category.values
        if (values := cutoffs.get(category))
    )
    return RecentWindow(
        months=months,
        since=since,
        until=today,
        categories=categories,
        first_round=inside[0][0] if inside else None,
        last_round=inside[-1][0] if inside else None,
    )


def standing_and_rounds(*, score: int, today: date | None = None) -> tuple[Standing, tuple[Round, ...]]:
    """``standing()`` and the rounds it compared (the last READ_MONTHS, oldest first), with their
    published names, which tell apart the draw types a category groups (crs.rounds.round_type):
    the same version of the draw data, so the same queries as ``standing()``."""
    today = today or timezone.localdate()
    history = draw_history()
    start = months_before(today, READ_MONTHS)
    return history.standing(score, today), tuple(one for one in history.rounds if start < one.date <= today)
