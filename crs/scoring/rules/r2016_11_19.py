"""CRS from 2016-11-19 (Ministerial Instructions 2016-1, Canada Gazette Part I, 2016-11-12).

Job offer 600 → 200 for NOC Major Group 00 and 50 for other NOC 0, A or B offers (certain
LMIA-exempt offers now qualify); Canadian study credentials added: 15 for one or two years, 30 for
three or more years or a master's, professional or doctoral degree. The MI also made explicit that
master's and doctoral degrees take the top transferability tier — already how the launch tables
read, so those tables are unchanged. Sources: crs-rules.md §G [S3].
"""

from datetime import date

from . import r2015_01_01 as previous

SOURCE = (
    "Ministerial Instructions 2016-1 (Canada Gazette Part I, 2016-11-12); archived MI "
    "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/"
    "policies-operational-instructions-agreements/ministerial-instructions/"
    "express-entry-application-management-system/30-may-2015-18-november-2016.html"
)

JOB_OFFER = {"major_group_00": 200, "skilled": 50}
CANADIAN_EDUCATION = (0, 0, 15, 30)  # none, secondary, one_or_two_year, three_year_plus

RULE_SET = previous.RULE_SET.replace(
    id="2016-11-19",
    effective_from=date(2016, 11, 19),
    source=SOURCE,
    job_offer=JOB_OFFER,
    canadian_education=CANADIAN_EDUCATION,
)
