"""CRS from 2017-06-06 (Ministerial Instructions Amending the Express Entry system 2017-1).

Adds 15 for a brother or sister in Canada (the candidate's or the accompanying spouse's) and a
French bonus: NCLC 7+ on all four French abilities earns 15, or 30 when all four English abilities
are also CLB 5+. Sources: crs-rules.md §G [S4].
"""

from datetime import date

from . import r2016_11_19 as previous

SOURCE = (
    "Ministerial Instructions Amending the Express Entry system 2017-1, "
    "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/"
    "policies-operational-instructions-agreements/ministerial-instructions/"
    "express-entry-application-management-system/amending-express-entry-system-2017.html; "
    "https://www.cicnews.com/2017/06/new-changes-express-entry-comprehensive-ranking-system-now-in-effect-069211.html"
)

RULE_SET = previous.RULE_SET.replace(
    id="2017-06-06",
    effective_from=date(2017, 6, 6),
    source=SOURCE,
    sibling=15,
    french=(15, 30),
)
