"""Approved Express Entry language tests and their score → CLB/NCLC charts.

Charts are IRCC's equivalency tables as transcribed in crs-rules.md §F ([L1] IRCC language-test page
via three copies, [L2] Pearson for PTE Core, [L3] for TCF Canada). A score maps to the highest level
whose minimum it reaches. Below the lowest published row is 0, except where a test publishes levels
under CLB 4 (CELPIP reports 1–3 as such; PTE Core publishes a CLB 3 row): those keep their level,
which still earns 0 CRS points. Levels above 10 count as 10, because the CRS grid stops at "CLB 10 or
more". TEF Canada changed scale twice (2019-10-01, 2023-12-11), so it needs the test date: a speaking
score of 310 is NCLC 7 on the old /450 scale and below NCLC 4 on either 0–699 scale.

Each chart is expanded once, at import, into a list indexed by score (IELTS by half-band), so
converting a score is a bounds check and one index: the engine converts four scores per result.
"""

from datetime import date

from .dates import parse_date
from .errors import ProfileError

ABILITIES = ("reading", "writing", "listening", "speaking")

TEF_SCALE_2019 = date(2019, 10, 1)
TEF_SCALE_2023 = date(2023, 12, 11)


class LanguageTest:
    """Form metadata: what a test is called, which official language it proves, whether the
    scale depends on the test date."""

    __slots__ = ("code", "label", "language", "needs_test_date")

    def __init__(self, code, label, language, needs_test_date=False):
        self.code = code
        self.label = label
        self.language = language
        self.needs_test_date = needs_test_date

    def __repr__(self):
        return f"LanguageTest({self.code!r})"


LANGUAGE_TESTS = {
    "IELTS": LanguageTest("IELTS", "IELTS General Training", "english"),
    "CELPIP": LanguageTest("CELPIP", "CELPIP-General", "english"),
    "PTE_CORE": LanguageTest("PTE_CORE", "PTE Core", "english"),
    "TEF": LanguageTest("TEF", "TEF Canada", "french", needs_test_date=True),
    "TCF": LanguageTest("TCF", "TCF Canada", "french"),
}


class Scale:
    """One ability of one test edition: allowed scores and the level each reaches."""

    __slots__ = ("minimum", "maximum", "step", "allows_m", "description", "_factor", "_lo", "_hi", "_clb")

    def __init__(self, label, minimum, maximum, step, minimums, allows_m=False):
        self.minimum, self.maximum, self.step, self.allows_m = minimum, maximum, step, allows_m
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

    def clb(self, score):
        """The level for ``score``, or None when the score is not one this test gives."""
        kind = type(score)
        if kind is int:
            index = score * self._factor
        elif kind is float:
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


def _scales(label, minimum, maximum, step, rows, allows_m=False):
    """rows: {level: (reading, writing, listening, speaking) minimum scores}."""
    return {
        ability: Scale(
            f"{label} {ability}", minimum, maximum, step, {level: mins[i] for level, mins in rows.items()}, allows_m
        )
        for i, ability in enumerate(ABILITIES)
    }


def _same(*minimums):
    return {level: (low, low, low, low) for level, low in zip(range(10, 3, -1), minimums, strict=False)}


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
_TEF_2023 = _scales(
    "TEF Canada",
    0,
    699,
    1,
    {
        10: (546, 558, 546, 556),
        9: (503, 512, 503, 518),
        8: (462, 472, 462, 494),
        7: (434, 428, 434, 456),
        6: (393, 379, 393, 422),
        5: (352, 330, 352, 387),
        4: (306, 268, 306, 328),
    },
)
_TEF_2019 = _scales("TEF Canada", 0, 699, 1, _same(566, 533, 500, 450, 400, 350, 300))
_TEF_OLD_ROWS = {
    10: (263, 393, 316, 393),
    9: (248, 371, 298, 371),
    8: (233, 349, 280, 349),
    7: (207, 310, 249, 310),
    6: (181, 271, 217, 271),
    5: (151, 226, 181, 226),
    4: (121, 181, 145, 181),
}
_TEF_OLD = {
    ability: Scale(
        f"TEF Canada {ability} (before 2019-10-01)",
        0,
        top,
        1,
        {level: mins[i] for level, mins in _TEF_OLD_ROWS.items()},
    )
    for i, (ability, top) in enumerate(zip(ABILITIES, (300, 450, 360, 450), strict=False))
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

_UNDATED = {"IELTS": _IELTS, "CELPIP": _CELPIP, "PTE_CORE": _PTE_CORE, "TCF": _TCF}


def scales_for(test, test_date=None):
    """{ability: Scale} for ``test`` taken on ``test_date`` (a date; only TEF Canada uses it).

    Raises KeyError for an unknown test and ValueError for a TEF result without a date, so the
    caller can name the right field.
    """
    scales = _UNDATED.get(test)
    if scales is not None:
        return scales
    if test != "TEF":
        raise KeyError(test)
    if test_date is None:
        raise ValueError("TEF Canada changed its scale on 2019-10-01 and 2023-12-11, so the test date is needed")
    if test_date < TEF_SCALE_2019:
        return _TEF_OLD
    return _TEF_2019 if test_date < TEF_SCALE_2023 else _TEF_2023


def score_range(test, ability, test_date=None):
    """(minimum, maximum, step) of ``ability`` on ``test``, for form widgets."""
    scale = scales_for(test, parse_date(test_date) if isinstance(test_date, str) else test_date)[ability]
    return scale.minimum, scale.maximum, scale.step


def to_clb(test, ability, score, test_date=None):
    """The CLB/NCLC level (0–10) a raw ``score`` reaches; ProfileError for anything a test can't give."""
    if test not in LANGUAGE_TESTS:
        raise ProfileError("test", f"the test must be one of {', '.join(LANGUAGE_TESTS)}; got {test!r}")
    if ability not in ABILITIES:
        raise ProfileError("ability", f"the ability must be one of {', '.join(ABILITIES)}; got {ability!r}")
    if isinstance(test_date, str):
        day = parse_date(test_date)
        if day is None:
            raise ProfileError("test_date", f"dates are written YYYY-MM-DD; got {test_date!r}")
        test_date = day
    try:
        scale = scales_for(test, test_date)[ability]
    except ValueError as error:
        raise ProfileError("test_date", str(error)) from None
    clb = scale.clb(score)
    if clb is None:
        raise ProfileError(ability, f"{scale.description}; got {score!r}")
    return clb
