"""Occupations found by job title, in English or French, accents and capitals as typed."""

from __future__ import annotations

import datetime as dt

import pytest

from crs.occupations import category_lists, fold, occupation_index


def codes(query: str) -> list[str]:
    return [match.occupation.code for match in occupation_index().search(query)]


def test_every_unit_group_is_loaded_with_its_teer():
    index = occupation_index()
    assert len(index.occupations) == 516
    assert index.get("31301").teer == 1
    assert index.get("72200").teer == 2
    assert index.get("00012").major_group_00


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("infirmière", "31301"),
        ("INFIRMIERE", "31301"),
        ("registered nurse", "31301"),
        ("Infirmier auxiliaire", "32101"),
        ("software developer", "21232"),
        ("électricien", "72200"),
        ("electricien", "72200"),
        ("camionneur", "73300"),
    ],
)
def test_a_job_title_finds_its_unit_group_among_the_first_matches(typed, code):
    assert code in codes(typed)[:5]


def test_the_words_typed_may_be_word_beginnings_in_any_order():
    assert "31301" in codes("nurse regis")
    assert codes("nurse zzzz") == []


def test_one_match_per_unit_group_and_at_most_the_limit():
    found = codes("technicien")
    assert len(found) == len(set(found)) == 10
    assert len(occupation_index().search("technicien", limit=3)) == 3


def test_a_single_letter_finds_nothing():
    assert codes("e") == []
    assert codes("  ") == []


def test_a_title_equal_to_the_query_comes_first():
    assert codes("Registered nurse")[0] == "31301"


def test_folding_drops_case_accents_ligatures_and_punctuation():
    assert fold("Cœur d’Infirmière AUTORISÉE") == "coeur d infirmiere autorisee"


def test_category_lists_are_those_in_force_on_the_day():
    on = dt.date(2026, 11, 21)
    assert category_lists("31301", on) == ("healthcare",)
    assert category_lists("72200", on) == ("trades",)
    assert category_lists("21231", on) == ()
    assert category_lists("21231", dt.date(2024, 1, 15)) == ("stem",)
    assert category_lists("31301", dt.date(2020, 1, 1)) == ()
