"""Language results past their two years, said in the page's language.

The engine judges expiry and counts the points at stake (``crs.scoring.expiry``); this module only
names each result for the live panel, the result page and the share page.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from crs.scoring.expiry import expired_results
from crs.scoring.language_tests import LANGUAGE_TESTS

RESULT_NAMES = {
    "first_language": _("Your first official language result"),
    "second_language": _("Your other official language result"),
    "spouse_language": _("Your spouse's or partner's language result"),
}


def expired_rows(profile: Mapping, breakdown: Mapping | None) -> list[dict]:
    """One row per expired result in ``profile`` on ``breakdown``'s date (none without a breakdown)."""
    if breakdown is None:
        return []
    rows = []
    for expired in expired_results(profile, breakdown):
        test = LANGUAGE_TESTS.get(profile[expired.field].get("test"))
        rows.append(
            {
                "field": expired.field,
                "name": RESULT_NAMES[expired.field],
                "test": test.label if test else None,
                "test_date": expired.test_date,
                "expired_on": expired.expired_on,
                "points": expired.points,
            }
        )
    return rows
