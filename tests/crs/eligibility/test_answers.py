"""Extra answers: validated, unknown keys refused, errors name the field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crs.eligibility import EXTRA_FIELDS, EXTRA_KEYS, ProfileError

from .support import answered, run, single


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("outside_quebec", "yes"),
        ("settlement_funds_cad", -1),
        ("settlement_funds_cad", 12.5),
        ("dependent_children", True),
        ("occupation_noc", "ABCDE"),
        ("occupation_noc", 72200),
        ("occupation_category", "cooking"),
        ("not_a_question", 1),
    ],
)
def test_a_bad_extra_answer_raises_profile_error_naming_it(key, value):
    with pytest.raises(ProfileError) as error:
        run(single(), {key: value})
    assert error.value.field == key


def test_extra_must_be_an_object():
    with pytest.raises(ProfileError) as error:
        run(single(), ["outside_quebec"])  # type: ignore[arg-type]
    assert error.value.field == "extra"


def test_null_answers_count_as_unanswered():
    assert run(single(), {"outside_quebec": None})["fsw"]["eligible"] is None


def test_every_field_has_a_unique_key():
    assert len(EXTRA_KEYS) == len(EXTRA_FIELDS)


def test_every_key_the_result_asks_for_is_a_documented_extra_answer():
    result = run(single(canadian_work_years=1), {})
    assert result["missing"]
    assert set(result["missing"]) <= EXTRA_KEYS


_bools = st.one_of(st.none(), st.booleans())
_months = st.one_of(st.none(), st.integers(0, 120))


@settings(max_examples=60, deadline=None)
@given(
    quebec=_bools,
    funds=st.one_of(st.none(), st.integers(0, 60000)),
    children=st.one_of(st.none(), st.integers(0, 6)),
    continuous=_months,
    cec_high=_months,
    cec_low=_months,
    canadian_years=st.integers(0, 6),
    relative=_bools,
)
def test_a_program_is_eligible_exactly_when_every_requirement_is_met_and_open_ones_name_keys(
    quebec, funds, children, continuous, cec_high, cec_low, canadian_years, relative
):
    extra = answered(
        outside_quebec=quebec,
        settlement_funds_cad=funds,
        dependent_children=children,
        skilled_continuous_months_last_10_years=continuous,
        canadian_months_teer_0_1_last_3_years=cec_high,
        canadian_months_teer_2_3_last_3_years=cec_low,
        relative_in_canada=relative,
    )
    result = run(single(canadian_work_years=canadian_years), extra)
    assert json.loads(json.dumps(result)) == result
    for program in ("fsw", "cec", "fst"):
        states = [r["met"] for r in result[program]["requirements"]]
        expected = False if False in states else (None if None in states else True)
        assert result[program]["eligible"] is expected
        for line in result[program]["requirements"]:
            if line["met"] is None:  # an open requirement always says which answers settle it
                assert line["needs"] and set(line["needs"]) <= EXTRA_KEYS
