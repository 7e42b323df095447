"""CRS from 2022-11-16: NOC 2016 → NOC 2021 (TEER).

Points unchanged; job offers are now classed by TEER: 200 for TEER 0 Major Group 00, 50 for any
other TEER 0–3 offer (crs-rules.md §D, §G [S6]).
"""

from datetime import date

from ..job_offers import classify_teer
from . import r2020_10_27 as previous

SOURCE = (
    "IRCC, Federal skilled workers selection criteria: work experience, "
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
    "express-entry/eligibility/federal-skilled-workers/selection-criteria-work-experience.html"
)

RULE_SET = previous.RULE_SET.replace(
    id="2022-11-16",
    effective_from=date(2022, 11, 16),
    source=SOURCE,
    classify_job_offer=classify_teer,
)
