"""The feed's hand-typed fields, each shape that occurs in the real data."""

from datetime import UTC, date, datetime

import pytest

from draws.feed import FeedError, category_for, number_sequence, parse_feed_datetime, parse_round, read_feed

from .conftest import FEED, SUPPLEMENT


def at(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 11, 2025 at 14:55:49 UTC", at(2025, 10, 11, 14, 55, 49)),
        ("June 4, 2026 at 14:49:51 UTC", at(2026, 6, 4, 14, 49, 51)),
        ("June 19, 2023 06:41:05 UTC", at(2023, 6, 19, 6, 41, 5)),  # no "at"
        ("May 31, 2024 at12:48:30 UTC", at(2024, 5, 31, 12, 48, 30)),  # glued "at"
        ("December 12, 2022, at 10:48:12 UTC", at(2022, 12, 12, 10, 48, 12)),
        ("March 05, 2025 at 05:10:48", at(2025, 3, 5, 5, 10, 48)),  # no UTC
        ("May 26 2025 at 12:28:38 UTC", at(2025, 5, 26, 12, 28, 38)),  # no comma
        ("March 02. 2024 at 01:58:34 UTC", at(2024, 3, 2, 1, 58, 34)),  # full stop
        ("January 9, 2019 at 7:35:09 UTC", at(2019, 1, 9, 7, 35, 9)),  # one-digit hour
        ("July 3rd 2026 at 21:35:13 UTC", at(2026, 7, 3, 21, 35, 13)),  # ordinal
        ("April 12th, 2026 at 04:32:26 UTC", at(2026, 4, 12, 4, 32, 26)),
        ("May 21, 2026 at  12:14:09 UTC", at(2026, 5, 21, 12, 14, 9)),  # doubled spaces
        ("April 13, 2026  at 23:10:05 UTC", at(2026, 4, 13, 23, 10, 5)),
        ("September 30, 2023 at 04:22:17 AM UTC", at(2023, 9, 30, 4, 22, 17)),
        ("June 22, 2021 at 20:19:59 PM UTC", at(2021, 6, 22, 20, 19, 59)),  # PM after 24-hour
        ("October 25, 2023 at 15:48:39 AM UTC", at(2023, 10, 25, 15, 48, 39)),
        ("July 04, 2023 at 19:36:18 UTC ", at(2023, 7, 4, 19, 36, 18)),
        (" January 17, 2018 at 12:33:00 UTC", at(2018, 1, 17, 12, 33)),
        ("May 19,2022 06:48:41 UTC", at(2022, 5, 19, 6, 48, 41)),
        ("January 23, 2025 at 2025-01-23 15:30:04 UTC", at(2025, 1, 23, 15, 30, 4)),
        ("September 01, 2026 at 23:05:13 UTC", at(2026, 9, 1, 23, 5, 13)),
    ],
)
def test_every_hand_typed_timestamp_shape_in_the_feed_parses(text, expected):
    assert parse_feed_datetime(text) == expected


def test_a_missing_year_is_inferred_from_the_draw_date_as_for_draw_208():
    assert parse_feed_datetime("October 7 at 16:38:21 UTC", reference=date(2021, 10, 27)) == at(2021, 10, 7, 16, 38, 21)
    # A December tie-break for a January draw belongs to the year before.
    assert parse_feed_datetime("December 20 at 10:00:00 UTC", reference=date(2022, 1, 5)) == at(2021, 12, 20, 10)


def test_empty_tie_break_is_none_and_nonsense_is_an_error():
    assert parse_feed_datetime("") is None
    with pytest.raises(FeedError):
        parse_feed_datetime("sometime in spring")
    with pytest.raises(FeedError):
        parse_feed_datetime("February 30, 2024 at 10:00:00 UTC")


def test_lettered_numbers_sort_between_their_neighbours():
    assert number_sequence("91") < number_sequence("91a") < number_sequence("91b") < number_sequence("92")
    with pytest.raises(FeedError):
        number_sequence("9 1")


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("No Program Specified", "general"),
        ("General", "general"),
        ("Canadian Experience Class", "cec"),
        ("Provincial Nominee Program", "pnp"),
        ("Federal Skilled Trades", "trades"),
        ("Federal Skilled Worker", "other"),
        ("French language proficiency (Version 1)", "french"),
        ("French-Language proficiency 2026-Version 2", "french"),
        ("Healthcare occupations (Version 1)", "healthcare"),
        ("Healthcare and social services occupations (Version 2)", "healthcare"),
        ("Healthcare and Social Services Occupations, 2026-Version 3", "healthcare"),
        ("STEM occupations (Version 1)", "stem"),
        ("Trade occupations (Version 1)", "trades"),
        ("Trades Occupations, 2026-Version 3", "trades"),
        ("Transport occupations (Version 1)", "transport"),
        ("Transport Occupations, 2026-Version 2", "transport"),
        ("Agriculture and agri-food occupations (Version 1)", "agriculture"),
        ("Education occupations (Version 1)", "education"),
        ("Physicians with Canadian Work Experience, 2026-Version 1", "other"),
        ("Senior managers with Canadian Work Experience, 2026-Version 1", "other"),
        ("Skilled Military Recruits, 2026-Version 1", "other"),
        ("Healthcare occupations (2023-1)", "healthcare"),  # the name before IRCC renamed it
        ("Information systems occupations", "other"),  # "system" is not STEM
    ],
)
def test_every_published_draw_name_has_a_stable_category(name, category):
    assert category_for(name) == category


def test_the_real_feed_reads_whole_with_its_odd_numbers_and_pool_snapshots():
    rounds, pools = read_feed(FEED)
    assert len(rounds) == 435
    numbers = {r.number for r in rounds}
    assert {"91a", "91b"} <= numbers and "91" not in numbers
    assert len(pools) == 122  # distinct as-of dates with non-zero counts (pool_distribution.csv)
    draw_208 = next(r for r in rounds if r.number == "208")
    assert draw_208.tie_break == at(2021, 10, 7, 16, 38, 21)
    supplement, supplement_pools = read_feed(SUPPLEMENT)
    assert len(supplement) == 10 and {"tie_break"} & supplement[0].missing == set()
    assert supplement[0].missing == {"drawn_at", "programs"}
    assert len(supplement_pools) == 3


def test_every_known_category_name_in_the_bundled_feed_maps_outside_other_except_the_niche_ones():
    rounds = read_feed(FEED)[0] + read_feed(SUPPLEMENT)[0]
    others = {r.name for r in rounds if r.category == "other"}
    assert others == {
        "Federal Skilled Worker",
        "Physicians with Canadian Work Experience, 2026-Version 1",
        "Senior managers with Canadian Work Experience, 2026-Version 1",
        "Skilled Military Recruits, 2026-Version 1",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drawCRS": "1300"}, "drawCRS 1300 is outside 0-1200"),
        ({"drawSize": "0"}, "drawSize 0 must be more than 0"),
        ({"drawSize": "lots"}, "drawSize"),
        ({"drawDate": "yesterday"}, "drawDate"),
        ({"drawNumber": "#5"}, "draw number"),
        ({"drawName": ""}, "drawName is missing"),
    ],
)
def test_a_bad_round_is_rejected_with_its_number_and_field(change, message):
    row = {"drawNumber": "5", "drawDate": "2015-03-20", "drawName": "General", "drawSize": "1,620", "drawCRS": "481"}
    row.update(change)
    with pytest.raises(FeedError, match=message):
        parse_round(row)
