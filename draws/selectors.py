"""Reads of the draw history: where a score stands against recent rounds and
the pool.  Each public function makes a fixed number of queries, whatever
the number of draws, and does the arithmetic in Python."""

from __future__ import annotations

import calendar
import statistics
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Subquery
from django.utils import timezone

from .bands import Band, band_for
from .models import Category, Draw, PoolBand, PoolSnapshot

WINDOWS = (6, 12)  # months of recent rounds compared
TREND_MONTHS = 24
READ_MONTHS = max(TREND_MONTHS, *WINDOWS)  # how far back standing() reads rounds
# Left out of the chart (kept in the tables): PNP cut-offs carry the 600
# nomination points and "other" holds tiny niche rounds (physicians: 169),
# either would squash every other line into a strip.
UNCHARTED = frozenset({Category.PNP, Category.OTHER})


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

    def recent_cutoffs(self, months: int) -> dict[str, list[int]]:
        """`recent_cutoffs(months=...)` from the rounds already read, without another query
        (the result and share pages compare the plan and the categories with the same rounds)."""
        if months > READ_MONTHS:
            return recent_cutoffs(months=months, today=self.today)
        since = months_before(self.today, months)
        return _by_category((category, cutoff) for _number, day, category, cutoff in self.rows if day > since)

    @property
    def chart(self):
        from .chart import trend_chart

        return trend_chart(self)


def standing(*, score: int, today: date | None = None, rows=None) -> Standing:
    """Everything the "where a score stands" page shows: two queries (one when ``rows``, the
    last READ_MONTHS as (number, date, category, cutoff) oldest first, are given)."""
    today = today or timezone.localdate()
    if rows is None:
        rows = (
            Draw.objects.filter(date__gt=months_before(today, READ_MONTHS), date__lte=today)
            .order_by("date", "sequence")
            .values_list("number", "date", "category", "cutoff")
        )
    rows = list(rows)
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
        pool_rank=pool_rank(score=score),
        latest_draw_date=rows[-1][1] if rows else None,
        rows=tuple(rows),
    )


def recent_cutoffs(*, months: int = 6, today: date | None = None) -> dict[str, list[int]]:
    """Cut-offs of the rounds in the last `months`, by category, lowest first:
    one query, so a caller can count what many candidate scores would clear."""
    today = today or timezone.localdate()
    return _by_category(
        Draw.objects.filter(date__gt=months_before(today, months), date__lte=today).values_list("category", "cutoff")
    )


def _by_category(pairs) -> dict[str, list[int]]:
    """``{category: cut-offs, lowest first}`` of ``(category, cutoff)`` pairs."""
    cutoffs: dict[str, list[int]] = {}
    for category, cutoff in pairs:
        cutoffs.setdefault(category, []).append(cutoff)
    return {category: sorted(values) for category, values in cutoffs.items()}


def draws_cleared(*, score: int, category: str | None, months: int, today: date | None = None) -> tuple[int, int]:
    """(rounds the score would have cleared, rounds) in the last `months`, of
    one category or all (None).  At the cut-off counts as cleared: the
    tie-break rule then decides."""
    cutoffs = recent_cutoffs(months=months, today=today)
    chosen = cutoffs.get(category, []) if category else [c for values in cutoffs.values() for c in values]
    return sum(1 for cutoff in chosen if cutoff <= score), len(chosen)


def pool_rank(*, score: int) -> PoolRank | None:
    """About how many candidates in the latest pool distribution score higher.

    Bands are counted whole above the score; inside the score's own band the
    candidates are taken as spread evenly over its points, so the band's share
    above the score is (crs_max - score) / (crs_max - crs_min + 1).  One query.
    """
    latest = PoolSnapshot.objects.order_by("-as_of").values("pk")[:1]
    bands = list(PoolBand.objects.filter(snapshot=Subquery(latest)).select_related("snapshot"))
    if not bands:
        return None
    snapshot = bands[0].snapshot
    ahead = 0.0
    for band in bands:
        if band.crs_min > score:
            ahead += band.count
        elif band.crs_max > score:
            ahead += band.count * (band.crs_max - score) / (band.crs_max - band.crs_min + 1)
    total = snapshot.total or sum(band.count for band in bands)
    return PoolRank(
        as_of=snapshot.as_of,
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
    cutoffs = _by_category((category, cutoff) for _number, day, category, cutoff in rows if day > since)
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
    return RecentWindow(months=months, since=since, until=today, categories=categories)


@dataclass(frozen=True)
class Round:
    """One round as the pages that sort rounds by the person's draw types read it."""

    number: str
    date: date
    category: str
    name: str
    cutoff: int


def standing_and_rounds(*, score: int, today: date | None = None) -> tuple[Standing, tuple[Round, ...]]:
    """``standing()`` and the same rounds with their published names (which tell apart the draw
    types a category groups, crs.rounds.round_type): the rounds are read once, two queries."""
    today = today or timezone.localdate()
    rounds = tuple(
        Round(*row)
        for row in Draw.objects.filter(date__gt=months_before(today, READ_MONTHS), date__lte=today)
        .order_by("date", "sequence")
        .values_list("number", "date", "category", "name", "cutoff")
    )
    rows = [(r.number, r.date, r.category, r.cutoff) for r in rounds]
    return standing(score=score, today=today, rows=rows), rounds
