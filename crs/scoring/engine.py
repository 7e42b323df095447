"""score(): one profile in, the whole CRS breakdown out.

Every caller (wizard panel, result page, CLI, API, planner) renders this one object, so it carries
every section and sub-total and nothing is computed twice elsewhere.

The work is one step per part of the grid, in the order of crs-rules.md: ``read_profile`` checks
the profile and names its values (``Inputs``), then ``_core`` (A), ``_spouse`` (B),
``_transferability`` (C) and ``_additional`` (D) each index the rule set in force and return their
section of the breakdown. The breakdown is a plain dict (typed below as ``Breakdown``) because it is
what the API returns, the share links store and the templates read.

Decisions on rules the sources leave open (crs-rules.md section in brackets):
- With spouse = married/common-law AND accompanying AND not a citizen/PR (E.1): ``with_spouse``. The
  spouse's sibling counts only then; spouse answers are still validated when they do not count.
- Transferability reads the weakest first-language ability; the second language never counts (C).
- French bonus: NCLC 7+ on all four French abilities, French first or second; the higher row needs
  all four English abilities at CLB 5+, anything less (or no English) earns the lower row (D).
- TEF Canada (F4, corrected 2026-12-02): the attestation's « Équivalence ancien score » column, read
  with one table whatever the test date, as IRCC asks for Express Entry; a number above an ability's
  ancien maximum is the /699 column and is refused naming the field, never converted
  (``language_tests``). The test date is read for validity only.
- Test results older than two years (E.6): scored, without a breakdown warning. The golden oracle
  scores a 2021 TEF result on 2026-08-15 with no warning (``raw-tef-2019-2023``). It is never silent
  all the same: ``expiry.expired_results`` lists each expired result with the points that depend on
  it (the pages say it), and the eligibility engine never counts an expired result as met.
- A missing first-language result is scored (no language points) with a warning, so a partly
  filled wizard still gets a live score; a second language without a first, or equal to the first,
  is an error: it must be the other official language (E.5).
- Dates on/after a reported but unmodelled change (2026-11-03) use the newest rule set and warn,
  as the rule set's ``unmodelled_changes`` lists (G.8).

Speed (goal: 100,000 profiles a second in ``make bench``, benchmarks/engine_bench.py). Three things
are written for it, each where ``make bench`` showed it: the scoring day is memoised
(``_scoring_day``: parsing the date and finding its rules and warnings cost as much as scoring, and
the profiles of a page or a CLI file share a few days); ``Inputs`` is built positionally and not
frozen (``read_profile``); language levels are built with ``LanguageLevels._make``
(crs/scoring/profile.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple, TypedDict

from .dates import parse_date
from .errors import ProfileError
from .job_offers import JobOffer
from .profile import LanguageLevels, bad_age, bad_choice, bad_date, flag, job_offer, language_result, level, years
from .rule_set import CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS, MARITAL_STATUSES, SPOUSE_STATUSES, RuleSet
from .rules import FIRST_DAY, rule_set_for
from .text import gettext_noop

NO_FIRST_LANGUAGE = gettext_noop(
    "no first official language result: language points, skill transferability and the French bonus need one"
)

PROFILE_FIELDS = frozenset(
    (
        "effective_date",
        "marital_status",
        "spouse_citizen_or_pr",
        "spouse_accompanying",
        "age",
        "education",
        "canadian_education",
        "first_language",
        "second_language",
        "canadian_work_years",
        "foreign_work_years",
        "certificate_of_qualification",
        "job_offer",
        "provincial_nomination",
        "sibling_in_canada",
        "spouse_sibling_in_canada",
        "spouse_education",
        "spouse_language",
        "spouse_canadian_work_years",
    )
)
_EDUCATION = {name: index for index, name in enumerate(EDUCATION_LEVELS)}
_CANADIAN_EDUCATION = {name: index for index, name in enumerate(CANADIAN_EDUCATION_LEVELS)}
_NO_LANGUAGE_POINTS = {"reading": 0, "writing": 0, "listening": 0, "speaking": 0}


# --- the breakdown ------------------------------------------------------------------------------


# {"language": "english" or "french", "reading": CLB, "writing": CLB, "listening": CLB, "speaking": CLB};
# a plain dict, as callers index it by ability name.
LevelsByAbility = dict[str, Any]


class Levels(TypedDict):
    first: LevelsByAbility | None
    second: LevelsByAbility | None
    spouse: LevelsByAbility | None


class CoreSection(TypedDict):
    age: int
    education: int
    first_language: int
    first_language_by_ability: dict[str, int]
    second_language: int
    canadian_work: int
    subtotal: int


class SpouseSection(TypedDict):
    education: int
    language: int
    canadian_work: int
    subtotal: int


class TransferabilitySection(TypedDict):
    education_language: int
    education_canadian_work: int
    education_subtotal: int
    foreign_language: int
    foreign_canadian_work: int
    foreign_subtotal: int
    certificate_language: int
    certificate_subtotal: int
    subtotal: int


class AdditionalSection(TypedDict):
    provincial_nomination: int
    job_offer: int
    canadian_education: int
    french: int
    sibling: int
    uncapped: int
    subtotal: int


class Breakdown(TypedDict):
    rules: str
    effective_date: str
    with_spouse: bool
    clb: Levels
    core: CoreSection
    spouse: SpouseSection
    transferability: TransferabilitySection
    additional: AdditionalSection
    total: int
    warnings: list[str]


# --- the profile, read ----------------------------------------------------------------------------


@dataclass(slots=True)
class Inputs:
    """A checked profile: education levels as table indexes, language results as CLB levels.

    Not frozen: a frozen dataclass pays for ``object.__setattr__`` on each of these fields, which
    ``make bench`` shows as a quarter of a score; nothing changes an Inputs after ``read_profile``.
    """

    with_spouse: bool
    age: int
    education: int
    canadian_education: int
    spouse_education: int
    canadian_work_years: int
    foreign_work_years: int
    spouse_canadian_work_years: int
    certificate_of_qualification: bool
    provincial_nomination: bool
    sibling_in_canada: bool
    spouse_sibling_in_canada: bool
    job_offer: JobOffer | None
    first_language: LanguageLevels | None
    second_language: LanguageLevels | None
    spouse_language: LanguageLevels | None


class ScoringDay(NamedTuple):
    """The day a profile is scored on, the rules in force then, and the warnings that day carries."""

    iso: str
    rule_set: RuleSet
    warnings: tuple[str, ...]  # the unmodelled changes already in effect
    job_offer_warnings: tuple[str, ...]  # ... and what each means for a job offer


# --- score ----------------------------------------------------------------------------------------


def score(profile: Mapping[str, Any], *, effective_date: date | str | None = None) -> Breakdown:
    """The CRS breakdown of ``profile`` on ``effective_date`` (else the profile's, else today)."""
    profile = _as_dict(profile)
    day = _scoring_day(effective_date if effective_date is not None else profile.get("effective_date"))
    inputs = read_profile(profile)
    rules = day.rule_set
    core = _core(rules, inputs)
    spouse = _spouse(rules, inputs)
    transferability = _transferability(rules, inputs)
    additional = _additional(rules, inputs)
    return {
        "rules": rules.id,
        "effective_date": day.iso,
        "with_spouse": inputs.with_spouse,
        "clb": {
            "first": _levels(inputs.first_language),
            "second": _levels(inputs.second_language),
            "spouse": _levels(inputs.spouse_language if inputs.with_spouse else None),
        },
        "core": core,
        "spouse": spouse,
        "transferability": transferability,
        "additional": additional,
        "total": core["subtotal"] + spouse["subtotal"] + transferability["subtotal"] + additional["subtotal"],
        "warnings": _warnings(day, inputs),
    }


def with_spouse(marital_status: str, spouse_accompanying: bool, spouse_citizen_or_pr: bool) -> bool:
    """Scored with a spouse: married or common-law, the partner comes to Canada, and is not
    already a citizen or permanent resident (crs-rules.md E.1)."""
    return marital_status in SPOUSE_STATUSES and spouse_accompanying and not spouse_citizen_or_pr


def scored_with_spouse(profile: Mapping[str, Any]) -> bool:
    """``with_spouse`` for a profile, with the profile format's defaults (single, accompanying, not PR)."""
    marital = profile.get("marital_status")
    if marital is None:
        marital = "single"
    elif marital not in MARITAL_STATUSES:
        raise bad_choice("marital_status", marital, MARITAL_STATUSES)
    citizen_or_pr = flag(profile, "spouse_citizen_or_pr", False)
    accompanying = flag(profile, "spouse_accompanying", True)
    return with_spouse(marital, accompanying, citizen_or_pr)


def read_profile(profile: Mapping[str, Any]) -> Inputs:
    """Every profile value checked and named, or a ProfileError naming the first bad one (in the
    profile format's order, so the same profile always reports the same field)."""
    with_spouse = scored_with_spouse(profile)
    age = profile.get("age")
    if type(age) is not int or not 0 <= age <= 120:
        raise bad_age(age)
    education = level(profile, "education", _EDUCATION)
    canadian_education = level(profile, "canadian_education", _CANADIAN_EDUCATION)
    spouse_education = level(profile, "spouse_education", _EDUCATION)
    canadian_work_years = years(profile, "canadian_work_years")
    foreign_work_years = years(profile, "foreign_work_years")
    spouse_canadian_work_years = years(profile, "spouse_canadian_work_years")
    certificate_of_qualification = flag(profile, "certificate_of_qualification", False)
    provincial_nomination = flag(profile, "provincial_nomination", False)
    sibling_in_canada = flag(profile, "sibling_in_canada", False)
    spouse_sibling_in_canada = flag(profile, "spouse_sibling_in_canada", False)
    offer = profile.get("job_offer")
    offer = job_offer(offer) if offer is not None else None
    first_language, second_language = _official_languages(profile.get("first_language"), profile.get("second_language"))
    spouse_language = profile.get("spouse_language")
    spouse_levels = language_result(spouse_language, "spouse_language") if spouse_language is not None else None
    # Positional, in field order, each value named as its field: keyword arguments to a dataclass of
    # 16 fields cost about 1 µs a score in make bench, more than the rest of this function's checks.
    return Inputs(
        with_spouse,
        age,
        education,
        canadian_education,
        spouse_education,
        canadian_work_years,
        foreign_work_years,
        spouse_canadian_work_years,
        certificate_of_qualification,
        provincial_nomination,
        sibling_in_canada,
        spouse_sibling_in_canada,
        offer,
        first_language,
        second_language,
        spouse_levels,
    )


# --- the four sections ----------------------------------------------------------------------------


def _core(rules: RuleSet, inputs: Inputs) -> CoreSection:
    """A. Core / human capital: age, education, official languages, Canadian work."""
    column = inputs.with_spouse
    first = inputs.first_language
    if first is not None:
        table = rules.first_language[column]
        by_ability = {
            "reading": table[first.reading],
            "writing": table[first.writing],
            "listening": table[first.listening],
            "speaking": table[first.speaking],
        }
        first_points = by_ability["reading"] + by_ability["writing"] + by_ability["listening"] + by_ability["speaking"]
    else:
        by_ability = dict(_NO_LANGUAGE_POINTS)
        first_points = 0
    second = inputs.second_language
    if second is not None:
        table = rules.second_language[column]
        second_sum = table[second.reading] + table[second.writing] + table[second.listening] + table[second.speaking]
        second_points = min(second_sum, rules.second_language_cap[column])
    else:
        second_points = 0
    age = rules.age[column][min(inputs.age, 45)]
    education = rules.education[column][inputs.education]
    canadian_work = rules.canadian_work[column][min(inputs.canadian_work_years, 5)]
    return {
        "age": age,
        "education": education,
        "first_language": first_points,
        "first_language_by_ability": by_ability,
        "second_language": second_points,
        "canadian_work": canadian_work,
        "subtotal": age + education + first_points + second_points + canadian_work,
    }


def _spouse(rules: RuleSet, inputs: Inputs) -> SpouseSection:
    """B. Spouse or common-law partner factors: nothing unless scored with a spouse."""
    if not inputs.with_spouse:
        return {"education": 0, "language": 0, "canadian_work": 0, "subtotal": 0}
    education = rules.spouse_education[inputs.spouse_education]
    levels = inputs.spouse_language
    if levels is not None:
        table = rules.spouse_language
        language = table[levels.reading] + table[levels.writing] + table[levels.listening] + table[levels.speaking]
    else:
        language = 0
    canadian_work = rules.spouse_canadian_work[min(inputs.spouse_canadian_work_years, 5)]
    return {
        "education": education,
        "language": language,
        "canadian_work": canadian_work,
        "subtotal": education + language + canadian_work,
    }


def _transferability(rules: RuleSet, inputs: Inputs) -> TransferabilitySection:
    """C. Skill transferability: education and foreign work, each with language or Canadian work, and
    a certificate of qualification; each group capped, then the section."""
    weakest = inputs.first_language.weakest if inputs.first_language is not None else 0
    language_tier = rules.language_tier[weakest]
    work_tier = rules.canadian_work_tier[min(inputs.canadian_work_years, 5)]
    education_tier = rules.education_tier[inputs.education]
    foreign_tier = rules.foreign_work_tier[min(inputs.foreign_work_years, 3)]
    group_cap = rules.transferability_group_cap

    education_language = rules.education_language[education_tier][language_tier]
    education_work = rules.education_canadian_work[education_tier][work_tier]
    education_subtotal = min(education_language + education_work, group_cap)
    foreign_language = rules.foreign_language[foreign_tier][language_tier]
    foreign_work = rules.foreign_canadian_work[foreign_tier][work_tier]
    foreign_subtotal = min(foreign_language + foreign_work, group_cap)
    certificate_language = rules.certificate_language[weakest] if inputs.certificate_of_qualification else 0
    certificate_subtotal = min(certificate_language, group_cap)
    return {
        "education_language": education_language,
        "education_canadian_work": education_work,
        "education_subtotal": education_subtotal,
        "foreign_language": foreign_language,
        "foreign_canadian_work": foreign_work,
        "foreign_subtotal": foreign_subtotal,
        "certificate_language": certificate_language,
        "certificate_subtotal": certificate_subtotal,
        "subtotal": min(education_subtotal + foreign_subtotal + certificate_subtotal, rules.transferability_cap),
    }


def _additional(rules: RuleSet, inputs: Inputs) -> AdditionalSection:
    """D. Additional points: nomination, job offer, Canadian study, French, sibling; capped."""
    nomination = rules.provincial_nomination if inputs.provincial_nomination else 0
    offer_class = rules.classify_job_offer(inputs.job_offer) if inputs.job_offer is not None else None
    job_points = rules.job_offer.get(offer_class, 0) if offer_class is not None else 0
    study = rules.canadian_education[inputs.canadian_education]
    french = _french_bonus(rules, inputs.first_language, inputs.second_language)
    has_sibling = inputs.sibling_in_canada or (inputs.with_spouse and inputs.spouse_sibling_in_canada)
    sibling = rules.sibling if has_sibling else 0
    uncapped = nomination + job_points + study + french + sibling
    return {
        "provincial_nomination": nomination,
        "job_offer": job_points,
        "canadian_education": study,
        "french": french,
        "sibling": sibling,
        "uncapped": uncapped,
        "subtotal": min(uncapped, rules.additional_cap),
    }


def _french_bonus(rules: RuleSet, first: LanguageLevels | None, second: LanguageLevels | None) -> int:
    french = english = None
    for result in (first, second):
        if result is not None:
            if result.language == "french":
                french = result
            else:
                english = result
    if french is None or french.weakest < rules.french_min_nclc:
        return 0
    return rules.french[english is not None and english.weakest >= rules.french_english_min_clb]


# --- helpers --------------------------------------------------------------------------------------


def _official_languages(first: object, second: object) -> tuple[LanguageLevels | None, LanguageLevels | None]:
    """The first and second official language results; the second must be the other language."""
    first_levels = language_result(first, "first_language") if first is not None else None
    if second is None:
        return first_levels, None
    if first_levels is None:
        raise ProfileError(
            "second_language", "needs a first_language result: the second official language is the other one"
        )
    second_levels = language_result(second, "second_language")
    if second_levels.language == first_levels.language:
        raise ProfileError(
            "second_language",
            f"must be the other official language than first_language ({first_levels.language}); "
            f"got {second_levels.language} again",
        )
    return first_levels, second_levels


def _warnings(day: ScoringDay, inputs: Inputs) -> list[str]:
    warnings = [] if inputs.first_language is not None else [NO_FIRST_LANGUAGE]
    if day.warnings:  # only from 2026-11-03 (G.8)
        for general, about_job_offer in zip(day.warnings, day.job_offer_warnings, strict=True):
            warnings.append(general)
            if inputs.job_offer is not None:
                warnings.append(about_job_offer)
    return warnings


def _levels(result: LanguageLevels | None) -> LevelsByAbility | None:
    if result is None:
        return None
    return {
        "language": result.language,
        "reading": result.reading,
        "writing": result.writing,
        "listening": result.listening,
        "speaking": result.speaking,
    }


def _scoring_day(value: object) -> ScoringDay:
    """The scoring day for a date, a ``YYYY-MM-DD`` string, or None (today)."""
    if value is None:
        value = date.today()
    try:
        return _scoring_day_of(value)
    except TypeError:  # unhashable, e.g. a list
        raise bad_date("effective_date", value) from None


@lru_cache(maxsize=4096)
def _scoring_day_of(value: object) -> ScoringDay:
    if type(value) is str:
        day = parse_date(value)
        if day is None:
            raise bad_date("effective_date", value)
    elif isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        raise bad_date("effective_date", value)
    if day < FIRST_DAY:
        raise ProfileError("effective_date", f"the CRS started on {FIRST_DAY.isoformat()}; got {day.isoformat()}")
    rule_set = rule_set_for(day)
    in_effect = [change for change in rule_set.unmodelled_changes if day >= change[0]]
    return ScoringDay(
        iso=day.isoformat(),
        rule_set=rule_set,
        warnings=tuple(change[1] for change in in_effect),
        job_offer_warnings=tuple(change[2] for change in in_effect),
    )


def _as_dict(profile: object) -> dict[str, Any]:
    if type(profile) is not dict:
        if not isinstance(profile, Mapping):
            raise ProfileError(
                "", f"a profile must be a JSON object of field names and values; got {type(profile).__name__}"
            )
        profile = dict(profile)
    if not profile.keys() <= PROFILE_FIELDS:
        unknown = sorted(map(str, profile.keys() - PROFILE_FIELDS))[0]
        raise ProfileError(
            unknown, "is not a profile field; the profile format lists: " + ", ".join(sorted(PROFILE_FIELDS))
        )
    return profile
