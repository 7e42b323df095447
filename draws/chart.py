"""Geometry of the trend chart, drawn on the server as SVG (no JavaScript).

Pure arithmetic from a `Standing`: positions in a fixed viewBox, the template
(templates/draws/standing.html#trend_chart) only prints them.  Colours are
SVG presentation attributes (CSP forbids inline styles), each at least 3:1
against white (WCAG 1.4.11 for graphics), and every series has a text label
in the legend and a row in the table beside the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crs.vocabulary import MAX_SCORE

WIDTH, HEIGHT = 720, 340
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 36
COLOURS = {
    "general": "#1f4e79",
    "cec": "#b3121f",
    "french": "#5b2c83",
    "healthcare": "#0f6b3a",
    "stem": "#8a4b00",
    "trades": "#6b5a00",
    "transport": "#00607a",
    "agriculture": "#3f6b00",
    "education": "#a0166b",
}
FALLBACK_COLOUR = "#444444"


@dataclass(frozen=True)
class ChartSeries:
    category: str
    label: str
    colour: str
    path: str  # "x,y x,y …" for a <polyline>
    dots: tuple[tuple[float, float, str], ...]  # (x, y, tooltip)


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    series: tuple[ChartSeries, ...]
    score_y: float
    y_ticks: tuple[tuple[float, int], ...]
    x_ticks: tuple[tuple[float, str], ...]
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    lowest: int
    highest: int

    @property
    def empty(self) -> bool:
        return not self.series


@dataclass(frozen=True)
class Frame:
    """A plot of CRS points over days: where a day and a score fall, and the ticks of both axes.

    Shared by the trend chart here and the month-by-month projection (calculator), so both read
    the same way: the score axis padded and rounded to 25 (50 past a 200-point range), a tick at
    every January and July."""

    height: int
    top: int
    start: date
    end: date
    low: int
    high: int
    step: int

    def x(self, day: date) -> float:
        span = max((self.end - self.start).days, 1)
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - self.start).days / span, 1)

    def y(self, value: int) -> float:
        plot_h = self.height - self.top - BOTTOM
        return round(self.top + plot_h * (self.high - value) / max(self.high - self.low, 1), 1)

    @property
    def y_ticks(self) -> tuple[tuple[float, int], ...]:
        return tuple((self.y(value), value) for value in range(self.low, self.high + 1, self.step))

    @property
    def x_ticks(self) -> tuple[tuple[float, str], ...]:
        ticks = []
        year, month = self.start.year, (self.start.month - 1) // 6 * 6 + 1
        while True:
            month += 6
            if month > 12:
                year, month = year + 1, month - 12
            tick = date(year, month, 1)
            if tick > self.end:
                return tuple(ticks)
            ticks.append((self.x(tick), f"{tick:%Y-%m}"))

    @property
    def plot(self) -> dict[str, int]:
        """The plot area's edges, as the charts' dataclasses name them."""
        return {
            "plot_left": LEFT,
            "plot_right": WIDTH - RIGHT,
            "plot_top": self.top,
            "plot_bottom": self.height - BOTTOM,
        }


def score_frame(values: list[int], start: date, end: date, *, height: int = HEIGHT, top: int = TOP) -> Frame:
    """The frame for ``values`` (the points to show) from ``start`` to ``end``."""
    step = 25 if max(values) - min(values) <= 200 else 50
    low = max(0, (min(values) - 5) // step * step)
    high = min(MAX_SCORE, -(-(max(values) + 5) // step) * step)
    return Frame(height=height, top=top, start=start, end=end, low=low, high=high, step=step)


def trend_chart(standing) -> Chart:
    cutoffs = [point.cutoff for series in standing.trend for point in series.points]
    values = [*cutoffs, standing.score] if cutoffs else [standing.score - 50, standing.score + 50]
    frame = score_frame(values, standing.trend_since, standing.today)
    x, y = frame.x, frame.y
    series = tuple(
        ChartSeries(
            category=trend.category,
            label=trend.label,  # lazy: a chart kept for a version of the data serves every language
            colour=COLOURS.get(trend.category, FALLBACK_COLOUR),
            path=" ".join(f"{x(p.date)},{y(p.cutoff)}" for p in trend.points),
            dots=tuple((x(p.date), y(p.cutoff), f"#{p.number} {p.date:%Y-%m-%d}: {p.cutoff}") for p in trend.points),
        )
        for trend in standing.trend
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        series=series,
        score_y=y(max(frame.low, min(frame.high, standing.score))),
        y_ticks=frame.y_ticks,
        x_ticks=frame.x_ticks,
        **frame.plot,
        lowest=frame.low,
        highest=frame.high,
    )
