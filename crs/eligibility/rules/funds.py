"""Settlement funds tables (FSW and FST), one per yearly IRCC update.

IRCC publishes half of the low-income cut-off by family size each year. Amounts and dates:
eligibility.md section 4 ([N5]); the 2025 table is High confidence (six copies agree), earlier ones
Medium. The date is the day the table was published (2021: the update deadline, no publication
day found; 2024: akcanada's 2024-05-28, careerbrick says 2024-06-03).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class FundsTable:
    """CAD required for families of 1 to 7, plus the amount for each extra member."""

    effective_from: dt.date
    source: str
    by_family_size: tuple[int, int, int, int, int, int, int]
    each_additional: int

    def required(self, family_size: int) -> int:
        if family_size <= 7:
            return self.by_family_size[family_size - 1]
        return self.by_family_size[6] + (family_size - 7) * self.each_additional


FUNDS_TABLES: list[FundsTable] = [
    FundsTable(
        dt.date(2021, 7, 15),
        "IRCC proof of funds, 2021 update (treknation.ca, maplenews.org)",
        (13213, 16449, 20222, 24553, 27847, 31407, 34967),
        3560,
    ),
    FundsTable(
        dt.date(2022, 5, 11),
        "IRCC proof of funds, 2022 update (canapprove.ae, mesidor.ca)",
        (13310, 16570, 20371, 24733, 28052, 31638, 35224),
        3586,
    ),
    FundsTable(
        dt.date(2023, 4, 25),
        "IRCC proof of funds, 2023 update (makehomecanada.com, canadaimmigration.news)",
        (13757, 17127, 21055, 25564, 28994, 32700, 36407),
        3706,
    ),
    FundsTable(
        dt.date(2024, 5, 28),
        "IRCC proof of funds, 2024 update (akcanada.com, royalcanadianimmigration.com)",
        (14690, 18288, 22483, 27297, 30690, 34917, 38875),
        3958,
    ),
    FundsTable(
        dt.date(2025, 7, 7),
        "IRCC proof of funds, published 2025-07-07 (nairametrics, careerbrick, maplenews, "
        "businesstoday and three more copies agree); no 2026 table found",
        (15263, 19001, 23360, 28362, 32168, 36280, 40392),
        4112,
    ),
]
