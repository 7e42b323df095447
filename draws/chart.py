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


def trend_chart(standing) -> Chart:
    cutoffs = [point.cutoff for series in standing.trend for point in series.points]
    low = min([*cutoffs, standing.score]) if cutoffs else standing.score - 50
    high = max([*cutoffs, standing.score]) if cutoffs else standing.score + 50
    step = 25 if high - low <= 200 else 50
    low = max(0, (low - 5) // step * step)
    high = min(1200, -(-(high + 5) // step) * step)
    start, end = standing.trend_since, standing.today
    span = max((end - start).days, 1)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return round(LEFT + plot_w * (day - start).days / span, 1)

    def y(value: int) -> float:
        return round(TOP + plot_h * (high - value) / max(high - low, 1), 1)

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
    x_ticks = []
    year, month = start.year, (start.month - 1) // 6 * 6 + 1
    while True:
        month += 6
        if month > 12:
            year, month = year + 1, month - 12
        tick = date(year, month, 1)
        if tick > end:
            break
        x_ticks.append((x(tick), f"{tick:%Y-%m}"))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        series=series,
        score_y=y(max(low, min(high, standing.score))),
        y_ticks=tuple((y(value), value) for value in range(low, high + 1, step)),
        x_ticks=tuple(x_ticks),
        plot_left=LEFT,
        plot_right=WIDTH - RIGHT,
        plot_top=TOP,
        plot_bottom=HEIGHT - BOTTOM,
        lowest=low,
        highest=high,
    )
