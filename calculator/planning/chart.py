"""Geometry of the month-by-month chart, drawn on the server as SVG (no JavaScript).

Pure arithmetic from a ``crs.projection.Projection``, like ``draws/chart.py`` for the trend chart:
positions in a fixed viewBox, which the template (templates/calculator/planning/projection.html) only
prints. The score is a step line (it changes only on event days), each event is a numbered marker
whose text is in the list and the table beside the chart, and the latest cut-off is a dashed line.
"""

from __future__ import annotations

from dataclasses import dataclass

from draws.chart import WIDTH, score_frame

HEIGHT, TOP = 320, 24  # the trend chart's frame, a little shorter, with room above for the markers
SCORE_COLOUR = "#1f4e79"
CUTOFF_COLOUR = "#b3121f"


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    number: int
    label: str


@dataclass(frozen=True)
class ProjectionChart:
    width: int
    height: int
    path: str  # "x,y x,y …" for a <polyline>: the score as a step line
    markers: tuple[Marker, ...]
    cutoff_y: float | None
    y_ticks: tuple[tuple[float, int], ...]
    x_ticks: tuple[tuple[float, str], ...]
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    lowest: int
    highest: int
    score_colour: str = SCORE_COLOUR
    cutoff_colour: str = CUTOFF_COLOUR


def projection_chart(projection, *, cutoff: int | None, labels: list[str]) -> ProjectionChart:
    """``labels``: one text per event of ``projection.events``, in order (numbered from 1)."""
    totals = [point.total for point in projection.points]
    values = [*totals, cutoff] if cutoff is not None else totals
    frame = score_frame(values, projection.start, projection.end, height=HEIGHT, top=TOP)
    x, y = frame.x, frame.y

    corners = []
    for index, point in enumerate(projection.points):
        if index:
            corners.append(f"{x(point.date)},{y(projection.points[index - 1].total)}")
        corners.append(f"{x(point.date)},{y(point.total)}")
    corners.append(f"{x(projection.end)},{y(projection.points[-1].total)}")

    markers = []
    for number, (event, label) in enumerate(zip(projection.events, labels, strict=True), start=1):
        total = next(point.total for point in projection.points if point.date == event.date)
        markers.append(Marker(x(event.date), y(total), number, label))

    return ProjectionChart(
        width=WIDTH,
        height=HEIGHT,
        path=" ".join(corners),
        markers=tuple(markers),
        cutoff_y=y(cutoff) if cutoff is not None else None,
        y_ticks=frame.y_ticks,
        x_ticks=frame.x_ticks,
        **frame.plot,
        lowest=frame.low,
        highest=frame.high,
    )
