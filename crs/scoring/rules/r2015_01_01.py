"""CRS at Express Entry launch, 2015-01-01 → 2016-11-18.

Sections A–C are the grid IRCC still publishes (crs-rules.md §A–C). Section D had only two rows:
600 for a provincial nomination or for a qualifying (LMIA-supported) job offer in NOC 0, A or B.
No Canadian-study, sibling or French points yet (§G).

Sources: Ministerial Instructions of 2014-12-01, Canada Gazette Part I extra 10 (s.8 components,
1200 split); IRCC CRS criteria page
https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
as transcribed and audited 2026-07-31 / 2026-08-15 ([S1a], [S1b]); go4visa.com copy of the MI.
"""

from datetime import date

from ..job_offers import classify_noc2016
from ..rule_set import RuleSet

SOURCE = (
    "Ministerial Instructions respecting the Express Entry system, Canada Gazette Part I, "
    "2014-12-01 (https://gazette.gc.ca/rp-pr/p1/2014/2014-12-01-x1/html/extra1-eng.html); "
    "IRCC CRS criteria, https://www.canada.ca/en/immigration-refugees-citizenship/services/"
    "immigrate-canada/express-entry/check-score/crs-criteria.html"
)

# A1. Age in completed years, index 0..45 (45 means 45 or more). (single, with spouse)
_AGE_SINGLE_FROM_18 = (99, 105) + (110,) * 10 + (105, 99, 94, 88, 83, 77, 72, 66, 61, 55, 50, 39, 28, 17, 6, 0)
_AGE_SPOUSE_FROM_18 = (90, 95) + (100,) * 10 + (95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 35, 25, 15, 5, 0)
AGE = ((0,) * 18 + _AGE_SINGLE_FROM_18, (0,) * 18 + _AGE_SPOUSE_FROM_18)

# A2. By EDUCATION_LEVELS: less than secondary .. doctoral.
EDUCATION = ((0, 30, 90, 98, 120, 128, 135, 150), (0, 28, 84, 91, 112, 119, 126, 140))

# A3. Per ability, by CLB 0..10.
FIRST_LANGUAGE = (
    (0, 0, 0, 0, 6, 6, 9, 17, 23, 31, 34),
    (0, 0, 0, 0, 6, 6, 8, 16, 22, 29, 32),
)

# A4. Per ability, by CLB 0..10; same in both columns, but the sum is capped at 24 single / 22 with spouse.
_SECOND = (0, 0, 0, 0, 0, 1, 1, 3, 3, 6, 6)
SECOND_LANGUAGE = (_SECOND, _SECOND)
SECOND_LANGUAGE_CAP = (24, 22)

# A5. Years 0..5 (5 or more).
CANADIAN_WORK = ((0, 40, 53, 64, 72, 80), (0, 35, 46, 56, 63, 70))

# B. Spouse factors (with spouse only).
SPOUSE_EDUCATION = (0, 2, 6, 7, 8, 9, 10, 10)
SPOUSE_LANGUAGE = (0, 0, 0, 0, 0, 1, 1, 3, 3, 5, 5)
SPOUSE_CANADIAN_WORK = (0, 5, 7, 8, 9, 10)

# C. Skill transferability: tiers, then grids indexed [tier][tier].
# Education tier 0 = secondary or less, 1 = one credential of 1+ year (incl. bachelor's),
# 2 = two or more / master's / doctoral ([S1d] wording; MI 2016-11-19 clarification).
EDUCATION_TIER = (0, 0, 1, 1, 1, 2, 2, 2)
# First-language tier from the WEAKEST ability: 0 = under CLB 7, 1 = CLB 7+ all, 2 = CLB 9+ all.
LANGUAGE_TIER = (0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2)
CANADIAN_WORK_TIER = (0, 1, 2, 2, 2, 2)  # years 0..5: none, 1 year, 2+ years
FOREIGN_WORK_TIER = (0, 1, 1, 2)  # years 0..3: none, 1–2 years, 3+ years
_COMBINATION = ((0, 0, 0), (0, 13, 25), (0, 25, 50))
EDUCATION_LANGUAGE = _COMBINATION
EDUCATION_CANADIAN_WORK = _COMBINATION
FOREIGN_LANGUAGE = _COMBINATION
FOREIGN_CANADIAN_WORK = _COMBINATION
# Certificate of qualification by weakest CLB: 25 for CLB 5+ all, 50 for CLB 7+ all.
CERTIFICATE_LANGUAGE = (0, 0, 0, 0, 0, 25, 25, 50, 50, 50, 50)

# D. Additional points.
JOB_OFFER = {"major_group_00": 600, "skilled": 600}
CANADIAN_EDUCATION = (0, 0, 0, 0)  # by CANADIAN_EDUCATION_LEVELS; not scored before 2016-11-19

RULE_SET = RuleSet(
    id="2015-01-01",
    effective_from=date(2015, 1, 1),
    source=SOURCE,
    verified_on=date(2026, 7, 31),  # full audit of sections A–C against the IRCC page [S1b]
    age=AGE,
    education=EDUCATION,
    first_language=FIRST_LANGUAGE,
    second_language=SECOND_LANGUAGE,
    second_language_cap=SECOND_LANGUAGE_CAP,
    canadian_work=CANADIAN_WORK,
    spouse_education=SPOUSE_EDUCATION,
    spouse_language=SPOUSE_LANGUAGE,
    spouse_canadian_work=SPOUSE_CANADIAN_WORK,
    education_tier=EDUCATION_TIER,
    language_tier=LANGUAGE_TIER,
    canadian_work_tier=CANADIAN_WORK_TIER,
    foreign_work_tier=FOREIGN_WORK_TIER,
    education_language=EDUCATION_LANGUAGE,
    education_canadian_work=EDUCATION_CANADIAN_WORK,
    foreign_language=FOREIGN_LANGUAGE,
    foreign_canadian_work=FOREIGN_CANADIAN_WORK,
    certificate_language=CERTIFICATE_LANGUAGE,
    transferability_group_cap=50,
    transferability_cap=100,
    provincial_nomination=600,
    classify_job_offer=classify_noc2016,
    job_offer=JOB_OFFER,
    canadian_education=CANADIAN_EDUCATION,
    sibling=0,
    french_min_nclc=7,
    french_english_min_clb=5,
    french=(0, 0),  # (English not CLB 5+ on all four, English CLB 5+ on all four)
    additional_cap=600,
    unmodelled_changes=(),
)
