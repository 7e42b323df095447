"""One lookup from a day to the table in force, for every dated list of rules."""

import datetime as dt
from dataclasses import dataclass

import pytest

from crs.dated import in_force
from crs.eligibility.rules.categories import category_rules
from crs.eligibility.rules.funds import FUNDS_TABLES
from crs.eligibility.rules.programs import PROGRAM_RULES
from crs.scoring import RULE_SETS


@dataclass(frozen=True)
class Table:
    effective_from: dt.date


TABLES = (Table(dt.date(2020, 1, 1)), Table(dt.date(2022, 6, 1)), Table(dt.date(2024, 3, 15)))


@pytest.mark.parametrize(
    "day, index, before_all",
    [
        (dt.date(2019, 12, 31), 0, True),
        (dt.date(2020, 1, 1), 0, False),
        (dt.date(2022, 5, 31), 0, False),
        (dt.date(2022, 6, 1), 1, False),
        (dt.date(2024, 3, 14), 1, False),
        (dt.date(2024, 3, 15), 2, False),
        (dt.date(2099, 1, 1), 2, False),
    ],
)
def test_the_newest_table_on_or_before_the_day_is_in_force(day, index, before_all):
    assert in_force(TABLES, day) == (TABLES[index], before_all)


@pytest.mark.parametrize(
    "tables",
    [RULE_SETS, PROGRAM_RULES, FUNDS_TABLES, category_rules()],
    ids=["crs", "programs", "funds", "categories"],
)
def test_every_dated_list_is_oldest_first_without_two_tables_on_one_day(tables):
    starts = [table.effective_from for table in tables]
    assert starts == sorted(set(starts))
