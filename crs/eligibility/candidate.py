"""What the eligibility rules need to know about a person, read once from the CRS profile,
the scoring breakdown (for CLB levels and "with spouse") and the extra answers.

Reading everything here means the program modules never touch raw input and never disagree
about, say, whether the spouse counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crs.scoring.dates import parse_date
from crs.scoring.expiry import expires_on, is_expired
from crs.vocabulary import ABILITIES, SPOUSE_STATUSES

from .messages import Joined, Message, Text, _

Requirement = dict[str, Any]


@dataclass(frozen=True)
class Candidate:
    """The facts eligibility reasons about; ``answers`` holds only the extra answers given."""

    on: dt.date
    age: int
    education: str
    canadian_education: str
    first: Mapping[str, Any] | None
    second: Mapping[str, Any] | None
    spouse: Mapping[str, Any] | None
    with_spouse: bool
    partnered: bool
    canadian_work_years: int
    foreign_work_years: int
    spouse_canadian_work_years: int
    certificate_of_qualification: bool
    job_offer: Mapping[str, Any] | None
    sibling_in_canada: bool
    spouse_sibling_in_canada: bool
    answers: Mapping[str, Any]

    @classmethod
    def read(
        cls,
        profile: Mapping[str, Any],
        breakdown: Mapping[str, Any],
        answers: Mapping[str, Any],
        on: dt.date,
    ) -> Candidate:
        clb = breakdown.get("clb") or {}
        return cls(
            on=on,
            age=int(profile["age"]),
            education=profile.get("education") or "less_than_secondary",
            canadian_education=profile.get("canadian_education") or "none",
            first=_dated(clb.get("first"), profile.get("first_language"), on),
            second=_dated(clb.get("second"), profile.get("second_language"), on),
            spouse=_dated(clb.get("spouse"), profile.get("spouse_language"), on),
            with_spouse=bool(breakdown.get("with_spouse")),
            partnered=profile.get("marital_status") in SPOUSE_STATUSES,
            canadian_work_years=int(profile.get("canadian_work_years") or 0),
            foreign_work_years=int(profile.get("foreign_work_years") or 0),
            spouse_canadian_work_years=int(profile.get("spouse_canadian_work_years") or 0),
            certificate_of_qualification=bool(profile.get("certificate_of_qualification")),
            job_offer=profile.get("job_offer") or None,
            sibling_in_canada=bool(profile.get("sibling_in_canada")),
            spouse_sibling_in_canada=bool(profile.get("spouse_sibling_in_canada")),
            answers=answers,
        )

    def answer(self, key: str) -> Any:
        return self.answers.get(key)

    @property
    def skilled_work_years(self) -> int:
        """Whole years of TEER 0-3 work in the last 10 years, Canadian plus foreign (CRS inputs)."""
        return self.canadian_work_years + self.foreign_work_years

    @property
    def has_valid_job_offer(self) -> bool:
        """A CRS arranged-employment offer in TEER 0-3 that the profile marks as qualifying."""
        offer = self.job_offer
        if not offer or not offer.get("qualifying", True):
            return False
        teer = offer.get("teer")
        return teer is None or int(teer) <= 3

    def french_result(self) -> Mapping[str, Any] | None:
        for result in (self.first, self.second):
            if result and result.get("language") == "french":
                return result
        return None


def _dated(levels: Mapping[str, Any] | None, result: Any, on: dt.date) -> Mapping[str, Any] | None:
    """The CLB levels of a result, with ``expired_on`` added when IRCC no longer accepts it on
    ``on`` (two years after the test): a requirement it would meet is then not met, and says why."""
    day = parse_date(result.get("test_date")) if levels and isinstance(result, Mapping) else None
    if levels is None or day is None or not is_expired(day, on):
        return levels
    return {**levels, "expired_on": expires_on(day).isoformat()}


def requirement(id: str, met: bool | None, message: Text, needs: tuple[str, ...] = ()) -> Requirement:
    """One requirement line; ``needs`` names the extra answers that would settle a ``None``.

    ``detail`` is the English sentence (the API's); ``message`` is the same as msgid + parameters,
    for the site to translate."""
    line: Requirement = {"id": id, "met": met, "detail": message.english(), "message": message.as_json()}
    if met is None and needs:
        line["needs"] = list(needs)
    return line


def all_met(requirements: list[Requirement]) -> bool | None:
    """False if any requirement fails, None if none fails but one is unknown, else True."""
    states = [r["met"] for r in requirements]
    if False in states:
        return False
    if None in states:
        return None
    return True


ABILITY_NAMES = {
    "reading": _("reading"),
    "writing": _("writing"),
    "listening": _("listening"),
    "speaking": _("speaking"),
}
CLB = _("CLB")
NCLC = _("NCLC")


def scale(result: Mapping[str, Any] | None) -> Message:
    """French results are NCLC levels; English ones CLB."""
    return NCLC if result and result.get("language") == "french" else CLB


def language_shortfall(result: Mapping[str, Any] | None, minimum: Mapping[str, int]) -> tuple[bool, Message | Joined]:
    """Whether every ability meets its minimum, and a sentence saying which fall short and by how
    much ("speaking is CLB 6")."""
    if not result:
        return False, _("no language test result")
    if result.get("expired_on"):
        return False, _("the result expired on %(day)s", day=result["expired_on"])
    unit = scale(result)
    short = [
        _("%(ability)s is %(unit)s %(level)s", ability=ABILITY_NAMES[ability], unit=unit, level=result.get(ability, 0))
        for ability in ABILITIES
        if int(result.get(ability) or 0) < minimum[ability]
    ]
    if short:
        return False, Joined("; ", short)
    levels = Joined(
        ", ", [_("%(ability)s %(level)s", ability=ABILITY_NAMES[a], level=result.get(a, 0)) for a in ABILITIES]
    )
    return True, _("%(unit)s %(levels)s", unit=unit, levels=levels)


def same_minimum(level: int) -> dict[str, int]:
    return {ability: level for ability in ABILITIES}


def language_line(
    id: str, result: Mapping[str, Any] | None, minimum: Mapping[str, int], wanted: Message
) -> Requirement:
    """``wanted`` may say ``%(unit)s``, filled with CLB or NCLC to match the test's language."""
    needed = wanted.with_params(unit=scale(result))
    if result and result.get("expired_on"):
        line = requirement(
            id,
            False,
            _(
                "needs %(wanted)s; the result expired on %(day)s: IRCC no longer accepts it",
                wanted=needed,
                day=result["expired_on"],
            ),
        )
        return {**line, "expired": True}
    met, said = language_shortfall(result, minimum)
    if met:
        return requirement(id, met, _("needs %(wanted)s; met: %(levels)s", wanted=needed, levels=said))
    return requirement(id, met, _("needs %(wanted)s; %(shortfall)s", wanted=needed, shortfall=said))


def no_skilled_year(candidate: Candidate) -> bool:
    """The CRS profile already proves there is less than a year of skilled work in 10 years."""
    return candidate.skilled_work_years == 0


def needs(wanted: Message) -> Message:
    return _("needs %(wanted)s", wanted=wanted)


def has_months(wanted: Message, months: int) -> Message:
    return _("needs %(wanted)s; has %(months)s months", wanted=wanted, months=months)


def months_short(wanted: Message, months: int, minimum: int) -> Message:
    return _(
        "needs %(wanted)s; has %(months)s months, %(short)s short", wanted=wanted, months=months, short=minimum - months
    )


def months_requirement(candidate: Candidate, id: str, key: str, minimum: int, wanted: Message) -> Requirement:
    """A "needs N months of skilled work" line read from the extra answer ``key``; it fails
    without asking when the CRS profile shows less than a year of skilled work in 10 years."""
    if no_skilled_year(candidate):
        return requirement(
            id,
            False,
            _("needs %(wanted)s; the profile has less than 1 year of skilled work", wanted=wanted),
        )
    months = candidate.answer(key)
    if months is None:
        return requirement(id, None, needs(wanted), (key,))
    if months >= minimum:
        return requirement(id, True, has_months(wanted, months))
    return requirement(id, False, months_short(wanted, months, minimum))


def outside_quebec(candidate: Candidate) -> Requirement:
    value = candidate.answer("outside_quebec")
    detail = {
        True: _("plans to live outside Quebec"),
        False: _("Quebec selects its own skilled workers; Express Entry needs a plan to live outside Quebec"),
        None: _("must plan to live outside Quebec"),
    }[value]
    return requirement("outside_quebec", value, detail, ("outside_quebec",))
