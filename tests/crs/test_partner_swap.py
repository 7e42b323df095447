"""Which partner should apply: both ways are the engine's scores of the two profiles."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crs import partner_swap
from crs.partner_swap import PartnerFacts, compare, swapped
from crs.scoring import ProfileError, score
from crs.scoring.rule_set import CANADIAN_EDUCATION_LEVELS
from tests.crs.scoring.test_properties import profiles

DAY = "2026-08-15"
COUPLE = {
    "marital_status": "married",
    "spouse_accompanying": True,
    "spouse_citizen_or_pr": False,
    "age": 40,
    "education": "secondary",
    "first_language": {"language": "english", "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 7}},
    "spouse_education": "masters",
    "spouse_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
    "spouse_canadian_work_years": 1,
}


def test_a_couple_where_the_partner_should_apply():
    # Hand-worked, 2025-03-25 rules, with a spouse.
    # You (40, secondary, CLB 7): age 45 + education 28 + language 4 × 16 = 137; your partner as
    # spouse: master's 10 + CLB 9 4 × 5 + 1 year in Canada 5 = 35; no transferability: 172.
    # Partner (29, master's, CLB 9, 1 year in Canada): 100 + 126 + 4 × 29 + 35 = 377; you as spouse:
    # secondary 2 + CLB 7 4 × 3 = 14; master's + CLB 9 = 50 and + 1 year in Canada = 25, capped at 50: 441.
    comparison = compare(COUPLE, PartnerFacts(age=29), effective_date=DAY)

    assert comparison.principal["total"] == 172
    assert comparison.partner["total"] == 441
    assert (comparison.better, comparison.difference) == ("partner", 269)
    lines = {(line.section, line.key): (line.principal, line.partner) for line in comparison.lines}
    assert lines[("core", "age")] == (45, 100)
    assert lines[("spouse", "language")] == (20, 12)
    assert lines[("transferability", "education_language")] == (0, 50)


def test_the_swap_moves_each_persons_answers_and_keeps_the_nomination():
    profile = {
        **COUPLE,
        "sibling_in_canada": True,
        "provincial_nomination": True,
        "second_language": {"language": "french", "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 7}},
        "job_offer": {"teer": 1},
    }
    facts = PartnerFacts(
        age=29, foreign_work_years=2, canadian_education="three_year_plus", certificate_of_qualification=True
    )
    other = swapped(profile, facts)
    assert other["spouse_language"] == profile["first_language"]
    assert other["first_language"] == profile["spouse_language"]
    assert other["spouse_education"] == "secondary" and other["education"] == "masters"
    assert other["spouse_sibling_in_canada"] is True and other["sibling_in_canada"] is False
    assert other["provincial_nomination"] is True
    assert "second_language" not in other and "job_offer" not in other
    assert (other["foreign_work_years"], other["canadian_education"], other["certificate_of_qualification"]) == (
        2,
        "three_year_plus",
        True,
    )


def test_a_single_person_has_no_partner_to_swap():
    with pytest.raises(ProfileError):
        compare({"age": 30}, PartnerFacts(age=30), effective_date=DAY)


def test_a_breakdown_line_that_is_not_points_is_refused_not_compared(monkeypatch):
    # The per-ability detail is a dict: were it no longer skipped, the page would show it as a number.
    monkeypatch.setattr(partner_swap, "SKIPPED", partner_swap.SKIPPED - {"first_language_by_ability"})
    with pytest.raises(TypeError, match="core.first_language_by_ability"):
        compare(COUPLE, PartnerFacts(age=29), effective_date=DAY)


def test_bad_partner_facts_name_their_field():
    with pytest.raises(ProfileError) as raised:
        swapped(COUPLE, PartnerFacts(age=29, canadian_education="phd"))
    assert raised.value.field == "partner.canadian_education"


facts = st.builds(
    PartnerFacts,
    age=st.integers(17, 60),
    foreign_work_years=st.integers(0, 5),
    canadian_education=st.sampled_from(CANADIAN_EDUCATION_LEVELS),
    certificate_of_qualification=st.booleans(),
)
days = st.dates(date(2016, 1, 1), date(2027, 12, 31))


@settings(max_examples=80, deadline=None)
@given(profiles(), facts, days)
def test_every_swap_total_is_the_score_of_the_swapped_profile(profile, partner, day):
    profile.update(marital_status="married", spouse_accompanying=True, spouse_citizen_or_pr=False)
    comparison = compare(profile, partner, effective_date=day)
    assert comparison.principal == score(profile, effective_date=day)
    assert comparison.partner == score(swapped(profile, partner), effective_date=day)
    assert comparison.difference == comparison.partner["total"] - comparison.principal["total"]
    for line in comparison.lines:
        assert line.principal == comparison.principal[line.section][line.key]
        assert line.partner == comparison.partner[line.section][line.key]
