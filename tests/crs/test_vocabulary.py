"""The domain's words and limits come from one place, and the limits from the rule sets."""

import json

import pytest

from crs import vocabulary
from crs.eligibility.rules.categories import DATA
from crs.scoring import RULE_SETS, score


def test_the_highest_total_is_1200_under_every_rule_set():
    assert vocabulary.MAX_SCORE == 1200


@pytest.mark.parametrize("rule_set", RULE_SETS, ids=[rule_set.id for rule_set in RULE_SETS])
def test_section_maxima_are_read_from_the_rule_set(rule_set):
    single = vocabulary.section_maxima(rule_set, with_spouse=False)
    couple = vocabulary.section_maxima(rule_set, with_spouse=True)
    assert (single.core, single.spouse, single.transferability, single.additional) == (500, 0, 100, 600)
    assert (couple.core, couple.spouse, couple.transferability, couple.additional) == (460, 40, 100, 600)


def test_a_changed_grid_changes_the_maxima():
    newest = RULE_SETS[-1]
    older_age = newest.replace(age=(tuple(points - 10 for points in newest.age[0]), newest.age[1]))
    assert vocabulary.section_maxima(older_age, with_spouse=False).core == 490


def test_the_best_possible_profile_reaches_the_maxima():
    best = {"clb": dict.fromkeys(vocabulary.ABILITIES, 10)}
    profile = {
        "age": 25,
        "education": "doctoral",
        "first_language": {"language": "english", **best},
        "second_language": {"language": "french", **best},
        "canadian_work_years": 5,
        "foreign_work_years": 3,
        "provincial_nomination": True,
    }
    breakdown = score(profile, effective_date="2026-08-15")
    maxima = vocabulary.section_maxima(RULE_SETS[-1], with_spouse=False)
    assert breakdown["core"]["subtotal"] == maxima.core
    assert breakdown["transferability"]["subtotal"] == maxima.transferability
    assert breakdown["additional"]["subtotal"] == maxima.additional
    assert breakdown["total"] == vocabulary.MAX_SCORE


def test_every_category_of_the_rules_is_in_the_vocabulary():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    used = {category["id"] for era in data["rule_sets"] for category in era["categories"]}
    assert used == set(vocabulary.CATEGORY_IDS)


def test_the_sections_are_the_breakdowns():
    breakdown = score({"age": 30}, effective_date="2026-08-15")
    assert [key for key in breakdown if key in vocabulary.SECTIONS] == list(vocabulary.SECTIONS)
    assert sum(breakdown[section]["subtotal"] for section in vocabulary.SECTIONS) == breakdown["total"]
