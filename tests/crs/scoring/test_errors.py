"""Every kind of bad input gives ProfileError naming the field, never a KeyError/TypeError."""

from datetime import date

import pytest

from crs.scoring import ProfileError, score
from crs.scoring.language_tests import to_clb

BASE = {
    "marital_status": "single",
    "age": 30,
    "education": "bachelors",
    "first_language": {"test": "IELTS", "scores": {"reading": 7, "writing": 7, "listening": 8, "speaking": 7}},
}
IELTS = BASE["first_language"]
TEF = {
    "test": "TEF",
    "scores": {"reading": 250, "writing": 350, "listening": 300, "speaking": 350},
    "test_date": "2024-01-10",
}


def _with(**changes):
    profile = {**BASE, **changes}
    return {key: value for key, value in profile.items() if value is not ...}


BAD_PROFILES = [
    ("missing age", _with(age=...), "age"),
    ("age as words", _with(age="thirty"), "age"),
    ("age as bool", _with(age=True), "age"),
    ("age as float", _with(age=30.5), "age"),
    ("negative age", _with(age=-1), "age"),
    ("unknown education", _with(education="phd"), "education"),
    ("education as list", _with(education=["masters"]), "education"),
    ("unknown canadian education", _with(canadian_education="college"), "canadian_education"),
    ("unknown spouse education", _with(spouse_education="x"), "spouse_education"),
    ("unknown marital status", _with(marital_status="engaged"), "marital_status"),
    ("bool marital status", _with(marital_status=True), "marital_status"),
    ("negative Canadian work", _with(canadian_work_years=-1), "canadian_work_years"),
    ("bool foreign work", _with(foreign_work_years=True), "foreign_work_years"),
    ("fractional spouse work", _with(spouse_canadian_work_years=1.5), "spouse_canadian_work_years"),
    ("nomination as text", _with(provincial_nomination="yes"), "provincial_nomination"),
    ("sibling as int", _with(sibling_in_canada=1), "sibling_in_canada"),
    ("spouse PR as text", _with(spouse_citizen_or_pr="no"), "spouse_citizen_or_pr"),
    ("unknown profile key", _with(canadian_work_year=2), "canadian_work_year"),
    ("non-string profile key", {**BASE, 1: 2}, "1"),
    ("malformed effective date", _with(effective_date="2026/08/15"), "effective_date"),
    ("impossible effective date", _with(effective_date="2026-02-30"), "effective_date"),
    ("effective date before the CRS", _with(effective_date="2014-12-31"), "effective_date"),
    ("effective date as number", _with(effective_date=20260815), "effective_date"),
    (
        "IELTS off-step",
        _with(first_language={**IELTS, "scores": {**IELTS["scores"], "reading": 9.3}}),
        "first_language.scores.reading",
    ),
    (
        "IELTS above 9",
        _with(first_language={**IELTS, "scores": {**IELTS["scores"], "writing": 9.5}}),
        "first_language.scores.writing",
    ),
    (
        "IELTS score as text",
        _with(first_language={**IELTS, "scores": {**IELTS["scores"], "speaking": "7"}}),
        "first_language.scores.speaking",
    ),
    (
        "IELTS score as bool",
        _with(first_language={**IELTS, "scores": {**IELTS["scores"], "speaking": True}}),
        "first_language.scores.speaking",
    ),
    (
        "IELTS missing ability",
        _with(first_language={**IELTS, "scores": {"reading": 7, "writing": 7, "listening": 7}}),
        "first_language.scores",
    ),
    (
        "NaN score",
        _with(first_language={**IELTS, "scores": {**IELTS["scores"], "reading": float("nan")}}),
        "first_language.scores.reading",
    ),
    ("unknown test", _with(first_language={**IELTS, "test": "TOEFL"}), "first_language.test"),
    (
        "CELPIP 13",
        _with(first_language={"test": "CELPIP", "scores": dict.fromkeys(IELTS["scores"], 13)}),
        "first_language.scores.reading",
    ),
    (
        "PTE Core below 10",
        _with(first_language={"test": "PTE_CORE", "scores": dict.fromkeys(IELTS["scores"], 9)}),
        "first_language.scores.reading",
    ),
    ("TEF malformed test date", _with(first_language={**TEF, "test_date": "yesterday"}), "first_language.test_date"),
    (
        "TEF reading above 300 (the /699 column)",
        _with(first_language={**TEF, "scores": {**TEF["scores"], "reading": 450}}),
        "first_language.scores.reading",
    ),
    (
        "TCF writing above 20",
        _with(
            first_language={"test": "TCF", "scores": {"reading": 500, "writing": 21, "listening": 500, "speaking": 12}}
        ),
        "first_language.scores.writing",
    ),
    (
        "CLB level 13",
        _with(first_language={"language": "english", "clb": dict.fromkeys(IELTS["scores"], 13)}),
        "first_language.clb.reading",
    ),
    (
        "CLB level as text",
        _with(first_language={"language": "english", "clb": dict.fromkeys(IELTS["scores"], "9")}),
        "first_language.clb.reading",
    ),
    (
        "unknown language",
        _with(first_language={"language": "spanish", "clb": dict.fromkeys(IELTS["scores"], 9)}),
        "first_language.language",
    ),
    ("language result as list", _with(first_language=[9, 9, 9, 9]), "first_language"),
    ("language result with neither shape", _with(first_language={"language": "english"}), "first_language"),
    ("unknown language-result key", _with(first_language={**IELTS, "band": 7}), "first_language.band"),
    (
        "second language same as first",
        _with(second_language={"language": "english", "clb": dict.fromkeys(IELTS["scores"], 9)}),
        "second_language",
    ),
    ("second language without a first", _with(first_language=..., second_language=TEF), "second_language"),
    ("bad spouse language", _with(spouse_language={"test": "IELTS", "scores": "7"}), "spouse_language.scores"),
    ("job offer as bool", _with(job_offer=True), "job_offer"),
    ("job offer TEER 6", _with(job_offer={"teer": 6}), "job_offer.teer"),
    ("job offer without TEER", _with(job_offer={"major_group_00": False}), "job_offer.teer"),
    ("job offer unknown skill", _with(job_offer={"noc2016_skill": "E"}), "job_offer.noc2016_skill"),
    ("major group 00 outside TEER 0", _with(job_offer={"teer": 1, "major_group_00": True}), "job_offer.major_group_00"),
    ("qualifying as text", _with(job_offer={"teer": 1, "qualifying": "yes"}), "job_offer.qualifying"),
    ("unknown job-offer key", _with(job_offer={"teer": 1, "lmia": True}), "job_offer.lmia"),
]


@pytest.mark.parametrize("profile, field", [case[1:] for case in BAD_PROFILES], ids=[case[0] for case in BAD_PROFILES])
def test_bad_input_raises_profile_error_naming_the_field(profile, field):
    with pytest.raises(ProfileError) as raised:
        score(profile)
    assert raised.value.field == field
    assert str(raised.value).startswith(f"{field}: ")


@pytest.mark.parametrize("profile", [None, [], "profile", 42, [BASE]])
def test_non_object_profile_raises_profile_error(profile):
    with pytest.raises(ProfileError, match="JSON object"):
        score(profile)


@pytest.mark.parametrize("day", ["2026-13-01", "15 Aug 2026", ["2026-08-15"], True, date(2014, 12, 31)])
def test_bad_effective_date_keyword_raises_profile_error(day):
    with pytest.raises(ProfileError) as raised:
        score(BASE, effective_date=day)
    assert raised.value.field == "effective_date"


def test_ielts_error_message_says_the_range_step_and_the_value():
    profile = _with(first_language={**IELTS, "scores": {**IELTS["scores"], "reading": 9.3}})
    with pytest.raises(ProfileError) as raised:
        score(profile)
    assert str(raised.value) == (
        "first_language.scores.reading: IELTS reading scores go from 0 to 9 in steps of 0.5; got 9.3"
    )


def test_unknown_education_message_lists_the_allowed_values():
    with pytest.raises(ProfileError, match="less_than_secondary, secondary, one_year, .*doctoral; got 'phd'"):
        score(_with(education="phd"))


def test_profile_error_is_a_value_error():
    assert issubclass(ProfileError, ValueError)


@pytest.mark.parametrize(
    "args, field",
    [
        (("TOEFL", "reading", 7), "test"),
        (("IELTS", "grammar", 7), "ability"),
        (("IELTS", "reading", 9.25), "reading"),
        (("TEF", "reading", 400), "reading"),
        (("TEF", "reading", -1), "reading"),
    ],
)
def test_to_clb_rejects_what_a_test_cannot_give(args, field):
    with pytest.raises(ProfileError) as raised:
        to_clb(*args)
    assert raised.value.field == field
