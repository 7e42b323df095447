"""Every CRS rule set, oldest first, and the lookup from a day to the set in force.

Adding an era: write ``rules/rYYYY_MM_DD.py`` (usually ``previous.RULE_SET.replace(...)``), add it
to ``RULE_SETS`` here, and add golden cases on both sides of its date.
"""

from datetime import date

from crs.dated import in_force

from ..rule_set import RuleSet
from . import r2015_01_01, r2016_11_19, r2017_06_06, r2020_10_27, r2022_11_16, r2025_03_25

RULE_SETS: tuple[RuleSet, ...] = tuple(
    module.RULE_SET for module in (r2015_01_01, r2016_11_19, r2017_06_06, r2020_10_27, r2022_11_16, r2025_03_25)
)
FIRST_DAY = RULE_SETS[0].effective_from


def rule_set_for(day: date) -> RuleSet:
    """The rule set in force on ``day`` (a date on or after 2015-01-01)."""
    rule_set, before_the_crs = in_force(RULE_SETS, day)
    if before_the_crs:
        raise ValueError(f"the CRS started on {FIRST_DAY.isoformat()}; got {day.isoformat()}")
    return rule_set
