"""CRS from 2025-03-25 (current): arranged-employment points removed.

Announced 2024-12-17, described by IRCC as temporary; confirmed still removed on the CRS criteria
page read 2026-08-15 ([S1b]). A change reported for 2026-11-03 (high-wage occupation factor,
job-offer points for 186 listed NOC 2021 codes) has no published point values in any source we
hold (crs-rules.md §G.8), so dates from then on keep these tables and carry a warning instead.
"""

from datetime import date

from ..text import gettext_noop
from . import r2022_11_16 as previous

SOURCE = (
    "IRCC CRS criteria, https://www.canada.ca/en/immigration-refugees-citizenship/services/"
    "immigrate-canada/express-entry/check-score/crs-criteria.html (page details 2026-06-22, "
    "read 2026-08-15); https://matrixvisa.com/express-entry-points-for-job-offers-removed/"
)

JOB_OFFER = {"major_group_00": 0, "skilled": 0}

UNMODELLED_CHANGES = (
    (
        date(2026, 11, 3),
        gettext_noop(
            "effective date is on/after 2026-11-03: a reported change (high-wage occupation factor; "
            "job-offer points for listed occupations) is NOT modelled; 2025-03-25 rules applied"
        ),
        gettext_noop("job offer may score under the 2026-11-03 high-wage occupation rules (not modelled)"),
    ),
)

RULE_SET = previous.RULE_SET.replace(
    id="2025-03-25",
    effective_from=date(2025, 3, 25),
    source=SOURCE,
    verified_on=date(2026, 8, 15),
    job_offer=JOB_OFFER,
    unmodelled_changes=UNMODELLED_CHANGES,
)
