"""Approved Express Entry language tests and their score → CLB/NCLC charts.

Charts are IRCC's equivalency tables as transcribed in crs-rules.md §F ([L1] IRCC language-test page
via three copies, [L2] Pearson for PTE Core, [L3] for TCF Canada). A score maps to the highest level
whose minimum it reaches. Below the lowest published row is 0, except where a test publishes levels
under CLB 4 (CELPIP reports 1–3 as such; PTE Core publishes a CLB 3 row): those keep their level,
which still earns 0 CRS points. Levels above 10 count as 10, because the CRS grid stops at "CLB 10 or
more".

TEF Canada (§F4, corrected 2026-12-02): since its scoring changed (2019, 2023-12-11) the attestation
prints a score out of 699 and an « Équivalence ancien score » column. For Express Entry IRCC asks for
the ancien column, whatever the test date, and reads it with one table; the /699 charts belong to
other programs. So the test date never picks a scale here, and a number above an ability's ancien
maximum (but within 699) is refused with words that name the column to copy: converting it silently
would score a person on a chart IRCC does not use for them.

Each chart is expanded once, at import, into a list indexed by score (IELTS by half-band), so
converting a score is a bounds check and one index: the engine converts four scores per result.
"""

from collections.abc import Mapping

from .errors import ProfileError

ABILITIES = ("reading", "writing", "listening", "speaking")


class LanguageTest:
    """Form metadata: what a test is called and which official language it proves."""

    __slots__ = ("code", "label", "language")

    def __init__(self, code: str, label: str, language: str) -> None:
        self.code = code
        self.label = label
        self.language = language

    def __repr__(self) -> str:
        return f"LanguageTest({self.code!r})"


LANGUAGE_TESTS = {
    "IELTS": LanguageTest("IELTS", "IELTS General Training", "english"),
    "CELPIP": LanguageTest("CELPIP", "CELPIP-General", "english"),
    "PTE_CORE": LanguageTest("PTE_CORE", "PTE Core", "english"),
    "TEF": LanguageTest("TEF", "TEF Canada", "french"),
    "TCF": LanguageTest("TCF", "TCF Canada", "french"),
}


class Scale:
    """One ability of one test edition: allowed scores and the level each reaches."""

    __slots__ = (
        "minimum",
        "maximum",
        "step",
        "allows_m",
        "description",
        "above_top",
        "_factor",
        "_lo",
        "_hi",
        "_clb",
    )

    def __init__(
        self,
        label: str,
        minimum: float,
        maximum: float,
        step: float,
        minimums: Mapping[int, float],
        allows_m: bool = False,
        above_top: int | None = None,
    ) -> None:
        self.minimum, self.maximum, self.step, self.allows_m = minimum, maximum, step, allows_m
        self.above_top = above_top
        self._factor = factor = 2 if step == 0.5 else 1
        self._lo, self._hi = int(minimum * factor), int(maximum * factor)
        steps = "in steps of 0.5" if step == 0.5 else "in whole numbers"
        m = ', or "M"' if allows_m else ""
        self.description = f"{label} scores go from {minimum} to {maximum} {steps}{m}"
        by_level = sorted(minimums.items(), reverse=True)
        self._clb = [
            min(10, next((level for level, low in by_level if i / factor >= low), 0))
            for i in range(self._lo, self._hi + 1)
        ]

    def looks_like_new_scale(self, score: object) -> bool:
        """True for a TEF Canada number above the ancien column's maximum but within the /699 scale:
        the person copied the wrong column of the attestation."""
        if self.above_top is None or isinstance(score, bool) or not isinstance(score, int | float):
            return False
        return self.maximum < score <= self.above_top

    def problem(self, score: object) -> str:
        """Why ``score`` is refused, in the engine's fixed English (the API and CLI show it)."""
        if self.looks_like_new_scale(score):
            return (
                f"{score!r} is above {self.maximum}: it looks like the score out of {self.above_top}. For Express "
                f"Entry, enter the « Équivalence ancien score » column of the TEF Canada attestation "
                f"(0 to {self.maximum} for this ability)"
            )
        return f"{self.description}; got {score!r}"

    def clb(self, score: object) -> int | None:
        """The level for ``score``, or None when the score is not one this test gives."""
        if isinstance(score, bool):  # JSON true is not a score
            return None
        if isinstance(score, int):
            index = score * self._factor
        elif isinstance(score, float):
            scaled = score * self._factor
            if not scaled.is_integer():
                return None
            index = int(scaled)
        elif self.allows_m and score == "M":
            return 0
        else:
            return None
        if self._lo <= index <= self._hi:
            return self._clb[index - self._lo]
        return None


def _scales(
    label: str,
    minimum: float,
    maximum: float,
    step: float,
    rows: Mapping[int, tuple[float, ...]],
    allows_m: bool = False,
) -> dict[str, Scale]:
    """rows: {level: (reading, writing, listening, speaking) minimum scores}."""
    return {
        ability: Scale(
            f"{label} {ability}", minimum, maximum, step, {level: mins[i] for level, mins in rows.items()}, allows_m
        )
        for i, ability in enumerate(ABILITIES)
    }


_IELTS = _scales(
    "IELTS",
    0,
    9,
    0.5,
    {
        10: (8.0, 7.5, 8.5, 7.5),
        9: (7.0, 7.0, 8.0, 7.0),
        8: (6.5, 6.5, 7.5, 6.5),
        7: (6.0, 6.0, 6.0, 6.0),
        6: (5.0, 5.5, 5.5, 5.5),
        5: (4.0, 5.0, 5.0, 5.0),
        4: (3.5, 4.0, 4.5, 4.0),
    },
)
# CELPIP level = CLB level (IRCC chart rows 4–10; 11 and 12 are CLB 10; 1–3 reported as is).
_CELPIP = _scales("CELPIP", 0, 12, 1, {level: (level,) * 4 for level in range(1, 11)}, allows_m=True)
_PTE_CORE = _scales(
    "PTE Core",
    10,
    90,
    1,
    {
        10: (88, 90, 89, 89),
        9: (78, 88, 82, 84),
        8: (69, 79, 71, 76),
        7: (60, 69, 60, 68),
        6: (51, 60, 50, 59),
        5: (42, 51, 39, 51),
        4: (33, 41, 28, 42),
        3: (24, 32, 18, 34),
    },
)
# TEF Canada: the attestation's « Équivalence ancien score » column, for every test date (§F4).
_TEF_ROWS = {
    10: (263, 393, 316, 393),
    9: (248, 371, 298, 371),
    8: (233, 349, 280, 349),
    7: (207, 310, 249, 310),
    6: (181, 271, 217, 271),
    5: (151, 226, 181, 226),
    4: (121, 181, 145, 181),
}
TEF_MAXIMUMS = {"reading": 300, "writing": 450, "listening": 360, "speaking": 450}
TEF_NEW_SCALE_TOP = 699
_TEF = {
    ability: Scale(
        f"TEF Canada {ability} (Équivalence ancien score)",
        0,
        TEF_MAXIMUMS[ability],
        1,
        {level: mins[i] for level, mins in _TEF_ROWS.items()},
        above_top=TEF_NEW_SCALE_TOP,
    )
    for i, ability in enumerate(ABILITIES)
}
_TCF_ROWS = {
    10: (549, 16, 549, 16),
    9: (524, 14, 523, 14),
    8: (499, 12, 503, 12),
    7: (453, 10, 458, 10),
    6: (406, 7, 398, 7),
    5: (375, 6, 369, 6),
    4: (342, 4, 331, 4),
}
_TCF = {
    ability: Scale(f"TCF Canada {ability}", 0, top, 1, {level: mins[i] for level, mins in _TCF_ROWS.items()})
    for i, (ability, top) in enumerate(zip(ABILITIES, (699, 20, 699, 20), strict=False))
}

_SCALES = {"IELTS": _IELTS, "CELPIP": _CELPIP, "PTE_CORE": _PTE_CORE, "TEF": _TEF, "TCF": _TCF}


def scales_for(test: str) -> dict[str, Scale]:
    """{ability: Scale} for ``test``; KeyError for an unknown test. No test's scale depends on its
    date (TEF Canada: the ancien column for every date, §F4)."""
    return _SCALES[test]


def score_range(test: str, ability: str) -> tuple[float, float, float]:
    """(minimum, maximum, step) of ``ability`` on ``test``, for form widgets."""
    scale = scales_for(test)[ability]
    return scale.minimum, scale.maximum, scale.step


def to_clb(test: str, ability: str, score: object) -> int:
    """The CLB/NCLC level (0–10) a raw ``score`` reaches; ProfileError for anything a test can't give."""
    if test not in LANGUAGE_TESTS:
        raise ProfileError("test", f"the test must be one of {', '.join(LANGUAGE_TESTS)}; got {test!r}")
    if ability not in ABILITIES:
        raise ProfileError("ability", f"the ability must be one of {', '.join(ABILITIES)}; got {ability!r}")
    scale = _SCALES[test][ability]
    clb = scale.clb(score)
    if clb is None:
        raise ProfileError(ability, scale.problem(score))
    return clb
