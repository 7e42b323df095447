"""Language-test metadata the forms read, and TEF Canada read the way Express Entry reads it: the
attestation's « Équivalence ancien score » column with one table, whatever the test date (§F4)."""

import pytest

from crs.scoring import ProfileError, score
from crs.scoring.language_tests import ABILITIES, LANGUAGE_TESTS, TEF_MAXIMUMS, score_range, to_clb

# §F4's one table: the lowest ancien score of each NCLC row, (reading, writing, listening, speaking).
TEF_TABLE = {
    10: (263, 393, 316, 393),
    9: (248, 371, 298, 371),
    8: (233, 349, 280, 349),
    7: (207, 310, 249, 310),
    6: (181, 271, 217, 271),
    5: (151, 226, 181, 226),
    4: (121, 181, 145, 181),
}
# One test date in each of the periods the TEF's own scoring went through.
TEF_PERIODS = {"before 2019-10-01": "2019-09-30", "2019 to 2023": "2021-05-01", "from 2023-12-11": "2024-06-01"}


def test_each_test_proves_one_official_language():
    assert {code: test.language for code, test in LANGUAGE_TESTS.items()} == {
        "IELTS": "english",
        "CELPIP": "english",
        "PTE_CORE": "english",
        "TEF": "french",
        "TCF": "french",
    }


@pytest.mark.parametrize(
    "test, ability, expected",
    [
        ("IELTS", "reading", (0, 9, 0.5)),
        ("CELPIP", "speaking", (0, 12, 1)),
        ("PTE_CORE", "listening", (10, 90, 1)),
        ("TCF", "reading", (0, 699, 1)),
        ("TCF", "writing", (0, 20, 1)),
        ("TEF", "reading", (0, 300, 1)),
        ("TEF", "writing", (0, 450, 1)),
        ("TEF", "listening", (0, 360, 1)),
        ("TEF", "speaking", (0, 450, 1)),
    ],
)
def test_score_range_gives_min_max_and_step(test, ability, expected):
    assert score_range(test, ability) == expected


@pytest.mark.parametrize("level", sorted(TEF_TABLE))
@pytest.mark.parametrize("ability", ABILITIES)
def test_each_tef_row_starts_at_its_published_minimum(ability, level):
    lowest = TEF_TABLE[level][ABILITIES.index(ability)]
    assert to_clb("TEF", ability, lowest) == level
    assert to_clb("TEF", ability, lowest - 1) == (level - 1 if level > 4 else 0)


@pytest.mark.parametrize("ability", ABILITIES)
def test_the_ancien_maximum_is_nclc_10_and_zero_is_below_nclc_4(ability):
    assert to_clb("TEF", ability, TEF_MAXIMUMS[ability]) == 10
    assert to_clb("TEF", ability, 0) == 0


def _tef_profile(scores, test_date):
    return {
        "marital_status": "single",
        "age": 30,
        "education": "bachelors",
        "first_language": {"test": "TEF", "scores": scores, "test_date": test_date},
    }


@pytest.mark.parametrize("period", TEF_PERIODS)
def test_a_tef_result_of_every_period_is_read_with_the_one_table(period):
    """Speaking 310 is NCLC 7 whether the test was taken in 2018, 2021 or 2024."""
    scores = {"reading": 207, "writing": 392, "listening": 316, "speaking": 310}
    breakdown = score(_tef_profile(scores, TEF_PERIODS[period]), effective_date="2025-01-15")
    assert breakdown["clb"]["first"] == {
        "language": "french",
        "reading": 7,
        "writing": 9,
        "listening": 10,
        "speaking": 7,
    }


@pytest.mark.parametrize("period", TEF_PERIODS)
@pytest.mark.parametrize("ability", ABILITIES)
def test_a_score_out_of_699_is_refused_for_every_ability_and_named(ability, period):
    scores = dict.fromkeys(ABILITIES, 200)
    scores[ability] = TEF_MAXIMUMS[ability] + 1
    with pytest.raises(ProfileError) as raised:
        score(_tef_profile(scores, TEF_PERIODS[period]), effective_date="2025-01-15")
    assert raised.value.field == f"first_language.scores.{ability}"
    assert "out of 699" in raised.value.message
    assert "Équivalence ancien score" in raised.value.message
    assert f"0 to {TEF_MAXIMUMS[ability]}" in raised.value.message


@pytest.mark.parametrize("ability", ABILITIES)
def test_to_clb_refuses_a_699_score_with_the_column_to_copy(ability):
    with pytest.raises(ProfileError) as raised:
        to_clb("TEF", ability, 699)
    assert raised.value.field == ability
    assert "Équivalence ancien score" in raised.value.message


def test_a_number_beyond_699_is_simply_out_of_range():
    with pytest.raises(ProfileError) as raised:
        to_clb("TEF", "speaking", 700)
    assert "out of 699" not in raised.value.message
    assert "from 0 to 450" in raised.value.message


def test_whole_number_floats_are_accepted_for_whole_number_tests():
    assert to_clb("PTE_CORE", "reading", 60.0) == 7
