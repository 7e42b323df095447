"""Every CRS rule set, oldest first, and the lookup from a day to the set in force.

Adding an era: write ``rules/rYYYY_MM_DD.py`` (usually ``previous.RULE_SET.replace(...)``), add it
to ``RULE_SETS`` here, and add golden cases on both sides of its date.
"""

from bisect import bisect_right
from functools import lru_cache

from . import r2015_01_01, r2016_11_19, r2017_06_06, r2020_10_27, r2022_11_16, r2025_03_25

RULE_SETS = tuple(
    module.RULE_SET for module in (r2015_01_01, r2016_11_19, r2017_06_06, r2020_10_27, r2022_11_16, r2025_03_25)
)
FIRST_DAY = RULE_SETS[0].effective_from
_STARTS = tuple(rule_set.effective_from for rule_set in RULE_SETS)


@lru_cache(maxsize=4096)
def rule_set_for(day):
    """The rule set in force on ``day`` (a date on or after 2015-01-01)."""
    if day < FIRST_DAY:
        raise ValueError(f"the CRS started on {FIRST_DAY.isoformat()}; got {day.isoformat()}")
    return RULE_SETS[bisect_right(_STARTS, day) - 1]
