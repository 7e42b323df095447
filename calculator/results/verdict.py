"""The verdict the result and share pages open with: the rounds this person can enter, and how
their score has fared in those rounds only.

``crs.rounds.draw_types`` decides the draw types from the eligibility engine's answer; this module
puts the rounds already read for the standing (``draws.selectors.standing_and_rounds``) under
those types, so nothing here queries the database. Rounds of other types are listed apart and
never counted in "cleared"; the plan's "clears N of M" is given the same rounds (``cutoffs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext_lazy as _

from calculator.labels import ROUND_NAMES
from crs.eligibility import ProfileError, assess_breakdown
from crs.rounds import DRAW_TYPES, OTHER, band_key, draw_types, round_type
from draws.bands import BANDS, Band, band_for
from draws.selectors import WINDOWS, Round, months_before, standing_and_rounds

NOT_ASSESSED = object()  # no eligibility answer given: ask the engine

REASONS = {
    "no_program": _(
        "You meet none of the three programs (Federal Skilled Worker, Canadian Experience Class, Federal "
        "Skilled Trades), so you cannot enter the Express Entry pool yet: no round can invite you."
    ),
    "not_known": _(
        "Which rounds can invite you depends on whether you meet a program (Federal Skilled Worker, Canadian "
        "Experience Class, Federal Skilled Trades): answer the eligibility questions to find out."
    ),
}


@dataclass(frozen=True)
class TypeRow:
    """One draw type the person can enter, against its rounds."""

    key: str
    name: str
    latest: Round | None  # newest round of the type read (READ_MONTHS)
    windows: tuple[tuple[int, int, int], ...]  # (months, cleared, rounds)
    margin: int | None  # score minus the latest cut-off

    @property
    def above(self) -> bool:
        return self.margin is not None and self.margin >= 0

    @property
    def distance(self) -> int:
        return abs(self.margin or 0)


@dataclass(frozen=True)
class Verdict:
    total: int
    state: dict  # draw type → True / False / None
    reason: str | None  # why no round can invite, or None
    rows: tuple[TypeRow, ...]  # the types the person can enter
    windows: tuple[tuple[int, int, int], ...]  # (months, cleared, rounds) over those types
    apart: tuple[dict, ...]  # rounds of the last 12 months the person cannot (or may not) enter, by type
    best: TypeRow | None
    band: Band
    cutoffs: dict = field(repr=False)  # {"yours": cut-offs of the last 6 months of those types}

    @property
    def reason_text(self) -> str:
        return str(REASONS[self.reason]) if self.reason else ""

    @property
    def unknown_names(self) -> list[str]:
        return [str(ROUND_NAMES[key]) for key in DRAW_TYPES if self.state[key] is None]

    @property
    def plan_label(self) -> str:
        """The types whose rounds the plan's "clears N of M" counts (those held in its months)."""
        return ", ".join(row.name for row in self.rows if row.windows[0][2])

    def band_at(self, total: int) -> Band:
        """The band another total would be in, measured the same way (the plan's actions)."""
        return _band(self.best, total)


PLAN_MONTHS = WINDOWS[0]


def verdict(
    *,
    profile: dict,
    breakdown: dict,
    extra: dict | None,
    rounds: tuple[Round, ...],
    today: date,
    total: int,
    eligibility: dict | None | object = NOT_ASSESSED,
) -> Verdict:
    """The verdict for ``total`` (the score shown), from the rounds already read; ``eligibility``:
    the eligibility engine's answer for these answers (None: refused) when the page has it."""
    if eligibility is NOT_ASSESSED:
        eligibility = None
        try:
            eligibility = assess_breakdown(profile, breakdown, extra or {})
        except ProfileError:
            pass
    types = draw_types(profile, eligibility)
    typed = [(round_type(r.category, r.name), r) for r in rounds]
    starts = {months: months_before(today, months) for months in WINDOWS}
    rows = tuple(_row(key, [r for kind, r in typed if kind == key], total, starts) for key in types.eligible)
    yours = set(types.eligible)
    windows = tuple(
        (
            months,
            sum(1 for kind, r in typed if kind in yours and r.date > since and r.cutoff <= total),
            sum(1 for kind, r in typed if kind in yours and r.date > since),
        )
        for months, since in starts.items()
    )
    apart: dict[str, int] = {}
    for kind, r in typed:
        if kind not in yours and r.date > starts[WINDOWS[-1]]:
            apart[kind] = apart.get(kind, 0) + 1
    with_rounds = [row for row in rows if row.latest is not None]
    best = max(with_rounds, key=lambda row: row.margin) if with_rounds else None
    band = _band(best, total)
    recent = sorted(r.cutoff for kind, r in typed if kind in yours and r.date > starts[PLAN_MONTHS])
    return Verdict(
        total=total,
        state=dict(types.states),
        reason=types.reason,
        rows=rows,
        windows=windows,
        apart=tuple(
            {"key": key, "name": ROUND_NAMES[key], "count": apart[key], "unknown": types.states.get(key, False) is None}
            for key in (*DRAW_TYPES, OTHER)
            if key in apart
        ),
        best=best,
        band=band,
        cutoffs={"yours": recent},
    )


def _row(key: str, rounds: list[Round], total: int, starts: dict[int, date]) -> TypeRow:
    latest = rounds[-1] if rounds else None
    return TypeRow(
        key=key,
        name=str(ROUND_NAMES[key]),
        latest=latest,
        windows=tuple(
            (
                months,
                sum(1 for r in rounds if r.date > since and r.cutoff <= total),
                sum(1 for r in rounds if r.date > since),
            )
            for months, since in starts.items()
        ),
        margin=total - latest.cutoff if latest else None,
    )


def _band(best: TypeRow | None, total: int) -> Band:
    """The band measured from the best type's latest cut-off; without one, the score's own band."""
    if best is None or best.latest is None:
        return band_for(total)
    key = band_key(total, best.latest.cutoff)
    return next(band for band in BANDS if band.key == key)


def verdict_context(
    *, profile: dict, breakdown: dict, extra: dict | None, total: int, eligibility: dict | None | object = NOT_ASSESSED
) -> dict:
    """The standing and the verdict for a page showing ``total``: the rounds are read once."""
    standing, rounds = standing_and_rounds(score=total)
    found = verdict(
        profile=profile,
        breakdown=breakdown,
        extra=extra,
        rounds=rounds,
        today=standing.today,
        total=total,
        eligibility=eligibility,
    )
    return {
        "standing": standing,
        "verdict": found,
        "band_in_summary": True,
        "read": (standing, rounds),  # for another verdict on the same page (the partner comparison)
    }


def toc(*, eligibility: bool) -> list[tuple[str, str]]:
    """The in-page contents under the verdict: (anchor, title)."""
    items = [
        ("breakdown-heading", _("Breakdown")),
        ("standing-heading", _("Where you stand")),
        ("plan-heading", _("Plan")),
    ]
    if eligibility:
        items.append(("eligibility-summary-heading", _("Eligibility")))
    return items
