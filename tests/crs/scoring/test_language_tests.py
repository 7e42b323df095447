"""Language-test metadata the forms read: languages, score ranges, TEF's dated scales."""

import pytest

from crs.scoring.language_tests import LANGUAGE_TESTS, score_range, to_clb


def test_each_test_proves_one_official_language():
    assert {code: test.language for code, test in LANGUAGE_TESTS.items()} == {
        "IELTS": "english",
        "CELPIP": "english",
        "PTE_CORE": "english",
        "TEF": "french",
        "TCF": "french",
    }
    assert [code for code, test in LANGUAGE_TESTS.items() if test.needs_test_date] == ["TEF"]


@pytest.mark.parametrize(
    "test, ability, test_date, expected",
    [
        ("IELTS", "reading", None, (0, 9, 0.5)),
        ("CELPIP", "speaking", None, (0, 12, 1)),
        ("PTE_CORE", "listening", None, (10, 90, 1)),
        ("TCF", "reading", None, (0, 699, 1)),
        ("TCF", "writing", None, (0, 20, 1)),
        ("TEF", "reading", "2019-09-30", (0, 300, 1)),
        ("TEF", "listening", "2019-09-30", (0, 360, 1)),
        ("TEF", "speaking", "2019-09-30", (0, 450, 1)),
        ("TEF", "speaking", "2019-10-01", (0, 699, 1)),
        ("TEF", "writing", "2024-01-01", (0, 699, 1)),
    ],
)
def test_score_range_gives_min_max_and_step(test, ability, test_date, expected):
    assert score_range(test, ability, test_date) == expected


@pytest.mark.parametrize("test_date, expected", [("2019-09-30", 7), ("2019-10-01", 4), ("2023-12-11", 0)])
def test_tef_speaking_310_depends_on_the_test_date(test_date, expected):
    assert to_clb("TEF", "speaking", 310, test_date) == expected


def test_whole_number_floats_are_accepted_for_whole_number_tests():
    assert to_clb("PTE_CORE", "reading", 60.0) == 7
