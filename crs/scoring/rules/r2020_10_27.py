"""CRS from 2020-10-27: French bonus raised 15 → 25 and 30 → 50.

IRCC's news release is dated 2020-10-27; BAL, Envoy and jpier say points were awarded from
2020-10-20. We follow the IRCC release (crs-rules.md §G, §I #11; Medium confidence).
"""

from datetime import date

from . import r2017_06_06 as previous

SOURCE = (
    "IRCC news release 2020-10-27, copied at https://worktocanada.com/en/points-supplementaires-dans-entree-express"
)

RULE_SET = previous.RULE_SET.replace(
    id="2020-10-27",
    effective_from=date(2020, 10, 27),
    source=SOURCE,
    french=(25, 50),
)
