"""Properties over generated profiles: caps hold, more never scores less, a PR spouse is no spouse."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from crs.scoring import score
from crs.scoring.rule_set import CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS, MARITAL_STATUSES

ABILITIES = ("reading", "writing", "listening", "speaking")
YEAR_FIELDS = ("canadian_work_years", "foreign_work_years", "spouse_canadian_work_years")
LANGUAGE_FIELDS = ("first_language", "second_language", "spouse_language")

levels = st.fixed_dictionaries({ability: st.integers(0, 10) for ability in ABILITIES})
days = st.dates(date(2015, 1, 1), date(2027, 12, 31))
job_offers = st.one_of(
    st.none(),
    st.builds(
        lambda teer, top, qualifying: {"teer": teer, "major_group_00": top and teer == 0, "qualifying": qualifying},
        st.integers(0, 5),
        st.booleans(),
        st.booleans(),
    ),
)


@st.composite
def profiles(draw):
    first_language = draw(st.sampled_from(("english", "french")))
    second_language = "french" if first_language == "english" else "english"
    profile = {
        "marital_status": draw(st.sampled_from(MARITAL_STATUSES)),
        "spouse_citizen_or_pr": draw(st.booleans()),
        "spouse_accompanying": draw(st.booleans()),
        "age": draw(st.integers(0, 70)),
        "education": draw(st.sampled_from(EDUCATION_LEVELS)),
        "canadian_education": draw(st.sampled_from(CANADIAN_EDUCATION_LEVELS)),
        "first_language": draw(st.none() | levels.map(lambda clb: {"language": first_language, "clb": clb})),
        "certificate_of_qualification": draw(st.booleans()),
        "job_offer": draw(job_offers),
        "provincial_nomination": draw(st.booleans()),
        "sibling_in_canada": draw(st.booleans()),
        "spouse_sibling_in_canada": draw(st.booleans()),
        "spouse_education": draw(st.sampled_from(EDUCATION_LEVELS)),
        "spouse_language": draw(st.none() | levels.map(lambda clb: {"language": "english", "clb": clb})),
    }
    if profile["first_language"] is not None:
        profile["second_language"] = draw(st.none() | levels.map(lambda clb: {"language": second_language, "clb": clb}))
    for field in YEAR_FIELDS:
        profile[field] = draw(st.integers(0, 8))
    return profile


_NOT_POINTS = {"rules": str, "effective_date": str, "with_spouse": bool}


def _all_ints(breakdown):
    """Every number of points in the breakdown is an int: never a bool, a float or None."""
    for key, value in breakdown.items():
        if key in ("clb", "warnings"):
            continue
        if key in _NOT_POINTS:
            if type(value) is not _NOT_POINTS[key]:
                return False
        elif isinstance(value, dict):
            if not _all_ints(value):
                return False
        elif type(value) is not int:
            return False
    return True


def test_all_ints_refuses_a_bool_a_float_or_a_missing_value_among_the_points():
    breakdown = score({"age": 30}, effective_date="2026-08-15")
    assert _all_ints(breakdown)
    for wrong in (True, 12.0, None, "12"):
        assert not _all_ints({**breakdown, "core": {**breakdown["core"], "age": wrong}})
    assert not _all_ints({**breakdown, "with_spouse": 0})


@settings(max_examples=400)
@given(profiles(), days)
def test_every_cap_holds_and_sections_add_up(profile, day):
    result = score(profile, effective_date=day)
    core, spouse, transfer, extra = result["core"], result["spouse"], result["transferability"], result["additional"]
    with_spouse = result["with_spouse"]
    assert 0 <= result["total"] <= 1200
    assert result["total"] == core["subtotal"] + spouse["subtotal"] + transfer["subtotal"] + extra["subtotal"]
    assert core["subtotal"] <= (460 if with_spouse else 500)
    assert core["subtotal"] == sum(
        core[k] for k in ("age", "education", "first_language", "second_language", "canadian_work")
    )
    assert core["first_language"] == sum(core["first_language_by_ability"].values())
    assert core["second_language"] <= (22 if with_spouse else 24)
    assert spouse["subtotal"] <= 40 and (with_spouse or spouse["subtotal"] == 0)
    assert transfer["education_subtotal"] == min(
        50, transfer["education_language"] + transfer["education_canadian_work"]
    )
    assert transfer["foreign_subtotal"] == min(50, transfer["foreign_language"] + transfer["foreign_canadian_work"])
    assert transfer["certificate_subtotal"] <= 50
    assert transfer["subtotal"] == min(
        100, transfer["education_subtotal"] + transfer["foreign_subtotal"] + transfer["certificate_subtotal"]
    )
    assert extra["subtotal"] == min(600, extra["uncapped"])
    assert extra["uncapped"] == sum(
        extra[k] for k in ("provincial_nomination", "job_offer", "canadian_education", "french", "sibling")
    )
    assert _all_ints(result)


@settings(max_examples=300)
@given(profiles(), days, st.sampled_from(LANGUAGE_FIELDS), st.sampled_from(ABILITIES))
def test_raising_a_language_ability_never_lowers_the_total(profile, day, field, ability):
    result = profile.get(field)
    if result is None or result["clb"][ability] == 10:
        return
    raised = {**profile, field: {**result, "clb": {**result["clb"], ability: result["clb"][ability] + 1}}}
    assert score(raised, effective_date=day)["total"] >= score(profile, effective_date=day)["total"]


@settings(max_examples=300)
@given(profiles(), days, st.sampled_from(YEAR_FIELDS))
def test_more_years_of_work_never_lower_the_total(profile, day, field):
    raised = {**profile, field: profile[field] + 1}
    assert score(raised, effective_date=day)["total"] >= score(profile, effective_date=day)["total"]


@settings(max_examples=300)
@given(profiles(), days, st.sampled_from(("education", "spouse_education")))
def test_a_higher_education_level_never_lowers_the_total(profile, day, field):
    level = EDUCATION_LEVELS.index(profile[field])
    if level == len(EDUCATION_LEVELS) - 1:
        return
    raised = {**profile, field: EDUCATION_LEVELS[level + 1]}
    assert score(raised, effective_date=day)["total"] >= score(profile, effective_date=day)["total"]


@settings(max_examples=300)
@given(profiles(), days, st.sampled_from(("pr", "not_accompanying")))
def test_a_pr_or_staying_spouse_scores_exactly_as_single(profile, day, why):
    married = {
        **profile,
        "marital_status": "married",
        "spouse_citizen_or_pr": why == "pr",
        "spouse_accompanying": why == "pr",
    }
    single = {**profile, "marital_status": "single"}
    result = score(married, effective_date=day)
    assert result["with_spouse"] is False
    assert result == score(single, effective_date=day)


def test_two_or_more_credentials_sit_between_bachelors_and_masters():
    points = [
        score({"age": 30, "education": level}, effective_date="2026-08-15")["core"]["education"]
        for level in ("bachelors", "two_or_more", "masters")
    ]
    assert points == [120, 128, 135]


def test_bachelors_is_in_the_lower_transferability_tier():
    clb9 = {"language": "english", "clb": dict.fromkeys(ABILITIES, 9)}
    tiers = [
        score({"age": 30, "education": level, "first_language": clb9}, effective_date="2026-08-15")["transferability"][
            "education_language"
        ]
        for level in ("bachelors", "two_or_more")
    ]
    assert tiers == [25, 50]
