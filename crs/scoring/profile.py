"""Reading a profile's values: the checks, and the plain-English errors for each kind of field.

Scalar fields are read by small helpers (``flag``, ``years``, ``level``) that return the value or
raise the error built by a ``bad_*`` helper. Language results are read here in full because both
shapes (CLB levels, raw test scores) need several checks.
A CLB level above 10 is reported and scored as 10, like a raw score that reaches "CLB 10 or more":
the breakdown shows the level the CRS counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .dates import parse_date
from .errors import ProfileError
from .job_offers import JobOffer
from .language_tests import ABILITIES, LANGUAGE_TESTS, scales_for

LANGUAGES = ("english", "french")


class LanguageLevels(NamedTuple):
    """One language result as the CRS counts it: the language and a CLB/NCLC level (0–10) per ability."""

    language: str
    reading: int
    writing: int
    listening: int
    speaking: int

    @property
    def weakest(self) -> int:
        return min(self[1:])


_CLB_KEYS = frozenset(("language", "clb", "test_date"))
_TEST_KEYS = frozenset(("test", "scores", "test_date"))
_ABILITY_SET = frozenset(ABILITIES)
_TESTS = ", ".join(LANGUAGE_TESTS)


_JSON_WORDS = {True: "true", False: "false", None: "null"}


def _shown(value: object) -> str:
    """The value as the JSON author wrote it, short: 'thirty', true, null, 9.3, an object."""
    if value is None or type(value) is bool:
        return _JSON_WORDS[value]
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "a list"
    return repr(value)


def bad_choice(field: str, value: object, allowed: tuple[str, ...]) -> ProfileError:
    return ProfileError(field, f"must be one of {', '.join(allowed)}; got {_shown(value)}")


def bad_bool(field: str, value: object) -> ProfileError:
    return ProfileError(field, f"must be true or false; got {_shown(value)}")


def bad_years(field: str, value: object) -> ProfileError:
    return ProfileError(field, f"must be a whole number of years, 0 or more; got {_shown(value)}")


def bad_age(value: object) -> ProfileError:
    if value is None:
        return ProfileError("age", "is required: the applicant's age in completed years, a whole number from 0 to 120")
    return ProfileError("age", f"must be a whole number of years from 0 to 120; got {_shown(value)}")


def bad_date(field: str, value: object) -> ProfileError:
    return ProfileError(field, f"dates are written YYYY-MM-DD, for example 2026-08-15; got {_shown(value)}")


def flag(profile: Mapping[str, Any], field: str, default: bool) -> bool:
    """A true/false field; missing or null means ``default``."""
    value = profile.get(field)
    if value is None:
        return default
    if type(value) is not bool:
        raise bad_bool(field, value)
    return value


def years(profile: Mapping[str, Any], field: str) -> int:
    """A whole number of years, 0 or more; missing or null means 0."""
    value = profile.get(field)
    if value is None:
        return 0
    if type(value) is not int or value < 0:
        raise bad_years(field, value)
    return value


def level(profile: Mapping[str, Any], field: str, levels: Mapping[str, int]) -> int:
    """The position of a choice among ``levels`` (its table index); missing or null means the first."""
    value = profile.get(field)
    if value is None:
        return 0
    index = levels.get(value) if type(value) is str else None
    if index is None:
        raise bad_choice(field, value, tuple(levels))
    return index


def _check_keys(result: Mapping[str, Any], allowed: frozenset[str], field: str) -> None:
    if not result.keys() <= allowed:
        unknown = sorted(map(str, result.keys() - allowed))
        raise ProfileError(
            f"{field}.{unknown[0]}", f"is not a language-result field; allowed: {', '.join(sorted(allowed))}"
        )


def language_result(result: object, field: str) -> LanguageLevels:
    """The levels the CRS counts, from either shape of language result."""
    if not isinstance(result, dict):
        raise ProfileError(
            field, f"must be an object with language and clb, or test, scores and test_date; got {_shown(result)}"
        )
    if "clb" in result:
        _check_keys(result, _CLB_KEYS, field)
        language = result.get("language")
        if language not in LANGUAGES:
            raise bad_choice(f"{field}.language", language, LANGUAGES)
        levels = result["clb"]
        if not isinstance(levels, dict) or levels.keys() != _ABILITY_SET:
            raise ProfileError(
                f"{field}.clb", f"must give reading, writing, listening and speaking levels; got {_shown(levels)}"
            )
        clb = [language]
        for ability in ABILITIES:
            given = levels[ability]
            if type(given) is not int or not 0 <= given <= 12:
                raise ProfileError(
                    f"{field}.clb.{ability}", f"CLB levels are whole numbers from 0 to 12; got {_shown(given)}"
                )
            clb.append(given if given < 10 else 10)
        if "test_date" in result and result["test_date"] is not None and parse_date(result["test_date"]) is None:
            raise bad_date(f"{field}.test_date", result["test_date"])
        return LanguageLevels._make(clb)
    if "test" not in result:
        raise ProfileError(field, "needs either clb levels (with language) or a test with its scores")
    _check_keys(result, _TEST_KEYS, field)
    test = result["test"]
    meta = LANGUAGE_TESTS.get(test) if type(test) is str else None
    if meta is None:
        raise ProfileError(f"{field}.test", f"must be one of {_TESTS}; got {_shown(test)}")
    test_date = result.get("test_date")
    if test_date is not None and parse_date(test_date) is None:
        raise bad_date(f"{field}.test_date", test_date)
    scales = scales_for(test)
    scores = result.get("scores")
    if not isinstance(scores, dict) or scores.keys() != _ABILITY_SET:
        raise ProfileError(
            f"{field}.scores", f"must give reading, writing, listening and speaking scores; got {_shown(scores)}"
        )
    clb = [meta.language]
    for ability in ABILITIES:
        scale = scales[ability]
        reached = scale.clb(scores[ability])
        if reached is None:
            raise ProfileError(f"{field}.scores.{ability}", scale.problem(scores[ability]))
        clb.append(reached)
    return LanguageLevels._make(clb)


_OFFER_KEYS = frozenset(("teer", "major_group_00", "noc2016_skill", "qualifying"))
_SKILLS = ("0", "A", "B", "C", "D")


def job_offer(offer: object) -> JobOffer:
    """The validated offer; job_offers.py says how it is classed."""
    if not isinstance(offer, dict):
        raise ProfileError("job_offer", f"must be null or an object with teer (0–5); got {_shown(offer)}")
    if not offer.keys() <= _OFFER_KEYS:
        unknown = sorted(map(str, offer.keys() - _OFFER_KEYS))[0]
        raise ProfileError(
            f"job_offer.{unknown}", f"is not a job-offer field; allowed: {', '.join(sorted(_OFFER_KEYS))}"
        )
    teer = offer.get("teer")
    if teer is not None and (type(teer) is not int or not 0 <= teer <= 5):
        raise ProfileError("job_offer.teer", f"must be a whole number from 0 to 5; got {_shown(teer)}")
    skill = offer.get("noc2016_skill")
    if skill is not None and skill not in _SKILLS:
        raise bad_choice("job_offer.noc2016_skill", skill, _SKILLS)
    if teer is None and skill is None:
        raise ProfileError("job_offer.teer", "is required: the TEER category (0–5) of the offered job")
    major_group_00 = offer.get("major_group_00", False)
    if type(major_group_00) is not bool:
        raise bad_bool("job_offer.major_group_00", major_group_00)
    if major_group_00 and (teer not in (None, 0) or skill not in (None, "0")):
        raise ProfileError(
            "job_offer.major_group_00",
            "major group 00 (senior managers) is part of TEER 0 (NOC 2016 skill type 0) only",
        )
    qualifying = offer.get("qualifying", True)
    if type(qualifying) is not bool:
        raise bad_bool("job_offer.qualifying", qualifying)
    return JobOffer(teer, major_group_00, skill, qualifying)
