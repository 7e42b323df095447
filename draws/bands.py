"""Where a CRS score stands, in four bands.  Pure: no database.

The edges follow how recent rounds have fallen: general and CEC cut-offs
mostly in the 470s-500s, category draws often in the 450s-470s.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from crs.vocabulary import MAX_SCORE


@dataclass(frozen=True)
class Band:
    key: str
    lowest: int  # inclusive
    highest: int  # inclusive
    title: Promise
    meaning: Promise
    advice: Promise

    @property
    def range_label(self) -> str:
        return (
            f"{self.lowest}+"
            if self.highest >= MAX_SCORE
            else (f"{self.lowest}–{self.highest}" if self.lowest > 0 else f"< {self.highest + 1}")
        )


BANDS = (
    Band(
        "front",
        500,
        MAX_SCORE,
        _("Front of the pack"),
        _(
            "Scores of 500 and more have been high enough for most general and Canadian Experience Class rounds in recent years."
        ),
        _(
            "Create or update your Express Entry profile now and keep every document ready: an invitation gives you 60 days to apply."
        ),
    ),
    Band(
        "middle",
        470,
        499,
        _("Competitive middle"),
        _(
            "Many rounds, general and by category, have closed in this range, but not every one: it depends on the draw."
        ),
        _(
            "Enter the pool so you are counted in every draw, and look into provincial nominee programs: a nomination adds 600 points."
        ),
    ),
    Band(
        "strategic",
        450,
        469,
        _("Strategic zone"),
        _(
            "General rounds rarely reach this low, but targeted rounds (French, healthcare, trades and other categories) and provincial programs often do."
        ),
        _(
            "Check whether your occupation or French fits a category draw, and which provinces invite profiles like yours."
        ),
    ),
    Band(
        "building",
        0,
        449,
        _("Building zone"),
        _("Few rounds have closed below 450, apart from some small targeted ones and nominee draws."),
        _(
            "Work on raising the score: a higher language test result, French, more education or work experience, or a provincial nomination."
        ),
    ),
)


def band_for(score: int) -> Band:
    """The band a score falls in (scores above the maximum or below 0 are clamped)."""
    for band in BANDS:
        if score >= band.lowest:
            return band
    return BANDS[-1]
