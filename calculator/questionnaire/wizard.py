"""The questionnaire's flow: which steps there are, which apply, and what the answers mean.

Pure apart from the session it is handed: views ask it where to go and what to keep. Answers are
kept under one session key as ``{step slug: {field: JSON-safe value}}``, written only after a valid
POST, so Back, refresh, a second tab and revisiting a step never lose them. The only thing the
wizard produces is a profile in the profile format (``answers_to_profile``); the engine scores it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.backends.base import SessionBase
from django.forms import Form
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from calculator.questionnaire import forms
from calculator.questionnaire.language_fields import language_of, language_result, refused_scores, results_too_old
from crs.scoring import scored_with_spouse as profile_scored_with_spouse
from crs.scoring import with_spouse
from crs.vocabulary import ABILITIES, SPOUSE_STATUSES

SESSION_KEY = "crs_wizard"

# The answers as kept: {step slug: {field name: JSON-safe value}}.
Answers = dict[str, dict[str, Any]]
Profile = dict[str, Any]  # the profile format (docs/profile-format.md)


@dataclass(frozen=True)
class Step:
    """One page of questions. ``asks_with_spouse``: its form asks some questions differently when
    the answers so far are scored with a spouse (the Additional step: the partner's sibling)."""

    slug: str
    title: str
    form_class: type
    asks_with_spouse: bool = False

    def form(
        self, answers: Answers, data: Mapping[str, Any] | None = None, *, initial: Mapping[str, Any] | None = None
    ) -> Form:
        """This step's form, bound to ``data`` (a POST) or showing ``initial``, for these answers."""
        kwargs = {"with_spouse": scored_with_spouse(answers)} if self.asks_with_spouse else {}
        return self.form_class(data, initial=initial, **kwargs)


STEPS = (
    Step("you", _("You"), forms.YouForm),
    Step("education", _("Education"), forms.EducationForm),
    Step("languages", _("Languages"), forms.LanguagesForm),
    Step("work", _("Work"), forms.WorkForm),
    Step("partner", _("Partner"), forms.PartnerForm),
    Step("additional", _("Additional"), forms.AdditionalForm, asks_with_spouse=True),
)
BY_SLUG = {step.slug: step for step in STEPS}


def scored_with_spouse(answers: Answers) -> bool:
    """The engine's rule (crs-rules E.1) on the answers so far: both partner questions answered."""
    you = answers.get("you") or {}
    return with_spouse(
        you.get("marital_status", ""),
        spouse_accompanying=you.get("spouse_accompanying") is True,
        spouse_citizen_or_pr=you.get("spouse_citizen_or_pr") is not False,
    )


def applicable_steps(answers: Answers) -> list[Step]:
    """The steps that apply, in order: the partner step only when scored with a spouse."""
    return [step for step in STEPS if step.slug != "partner" or scored_with_spouse(answers)]


LANGUAGE_RESULTS = (("languages", "first"), ("languages", "second"), ("partner", "spouse"))


def first_incomplete(answers: Answers) -> Step | None:
    """The first applicable step without answers (or with a saved score its test no longer gives),
    or None when every step is answered."""
    return next((step for step in applicable_steps(answers) if not _answered(step.slug, answers)), None)


def _answered(slug: str, answers: Answers) -> bool:
    if slug not in answers:
        return False
    return not any(refused_scores(answers[slug], prefix) for step, prefix in LANGUAGE_RESULTS if step == slug)


def is_reachable(slug: str, answers: Answers) -> bool:
    """A step can be shown when it applies and every applicable step before it is answered."""
    steps = applicable_steps(answers)
    slugs = [step.slug for step in steps]
    if slug not in slugs:
        return False
    return all(_answered(step.slug, answers) for step in steps[: slugs.index(slug)])


def next_step(slug: str, answers: Answers) -> Step | None:
    """The step after ``slug`` that applies, or None after the last one."""
    slugs = [step.slug for step in applicable_steps(answers)]
    if slug in slugs and slugs.index(slug) + 1 < len(slugs):
        return BY_SLUG[slugs[slugs.index(slug) + 1]]
    return None


def previous_step(slug: str, answers: Answers) -> Step | None:
    slugs = [step.slug for step in applicable_steps(answers)]
    if slug in slugs and slugs.index(slug) > 0:
        return BY_SLUG[slugs[slugs.index(slug) - 1]]
    return None


def load(session: SessionBase) -> Answers:
    """The kept answers (a fresh dict; anything malformed in the session is dropped)."""
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return {}
    return {slug: dict(values) for slug, values in stored.items() if slug in BY_SLUG and isinstance(values, dict)}


def save_step(session: SessionBase, slug: str, values: dict[str, Any]) -> Answers:
    """Keep one step's answers over the ones kept before.

    Answers that stop applying are kept, not deleted: a person who answers "single" and then
    "married" again finds the partner step and the partner's sibling as they left them. Questions
    the step no longer asks (absent from ``values``) keep their answers; only ``answers_to_profile``
    and the step list decide what counts.
    """
    answers = load(session)
    answers[slug] = {**answers.get(slug, {}), **values}
    session[SESSION_KEY] = answers
    return answers


def answers_version(answers: Answers) -> str:
    """A short fingerprint of ``answers``: a page carries the one it showed, and an action taken from
    it (Share, Try a change) refuses to act when the session's answers have changed since (another
    tab saved different ones)."""
    text = json.dumps(answers, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def shows_current_answers(request: HttpRequest) -> bool:
    """False when the POST carries the fingerprint of answers that are no longer the session's.

    A POST without one (an older form, a script) acts on the session's answers as before."""
    shown = request.POST.get("answers_version")
    return shown is None or shown == answers_version(load(request.session))


def clear(session: SessionBase) -> None:
    session.pop(SESSION_KEY, None)


def without_skipped(answers: Answers) -> Answers:
    """``answers`` minus the steps that do not apply to them (e.g. the partner step once single)."""
    keep = {step.slug for step in applicable_steps(answers)}
    return {slug: values for slug, values in answers.items() if slug in keep}


def answers_to_profile(answers: Answers) -> Profile:
    """The profile (profile-format.md) the answers describe; unanswered questions are left out."""
    answers = without_skipped(answers)
    profile: Profile = {}
    you = answers.get("you", {})
    _copy(you, profile, "marital_status", "age")
    if you.get("marital_status") in SPOUSE_STATUSES:
        _copy(you, profile, "spouse_citizen_or_pr", "spouse_accompanying")

    education = answers.get("education", {})
    _copy(education, profile, "education")
    if education.get("has_canadian_education") is True and education.get("canadian_education"):
        profile["canadian_education"] = education["canadian_education"]
    elif education.get("has_canadian_education") is False:
        profile["canadian_education"] = "none"

    languages = answers.get("languages", {})
    first = language_result(languages, "first")
    if first is not None:
        profile["first_language"] = first
        second = language_result(languages, "second")
        if second is not None and _language(second) != _language(first):
            profile["second_language"] = second

    _copy(answers.get("work", {}), profile, "canadian_work_years", "foreign_work_years", "certificate_of_qualification")

    with_spouse = scored_with_spouse(answers)
    if with_spouse:
        partner = answers.get("partner", {})
        _copy(partner, profile, "spouse_education", "spouse_canadian_work_years")
        spouse_language = language_result(partner, "spouse")
        if spouse_language is not None:
            profile["spouse_language"] = spouse_language

    additional = answers.get("additional", {})
    _copy(additional, profile, "provincial_nomination", "sibling_in_canada")
    if with_spouse:
        _copy(additional, profile, "spouse_sibling_in_canada")
    offer = job_offer(additional)
    if additional.get("has_job_offer") is not None:
        profile["job_offer"] = offer
    return profile


def job_offer(additional: dict[str, Any]) -> dict[str, Any] | None:
    """The profile's ``job_offer`` from the plain questions, or None without an offer.

    Qualifying = full time, non-seasonal, at least a year, and LMIA-supported or LMIA-exempt; an
    offer held only on an open work permit does not qualify.
    """
    if not additional.get("has_job_offer") or additional.get("job_teer") in (None, ""):
        return None
    teer = additional["job_teer"]
    if not (isinstance(teer, str) and teer.isdigit() and 0 <= int(teer) <= 5):
        return None
    qualifying = (
        additional.get("job_full_time") is True
        and additional.get("job_non_seasonal") is True
        and additional.get("job_one_year") is True
        and additional.get("job_lmia") in ("lmia", "exempt")
    )
    return {
        "teer": int(teer),
        "major_group_00": int(teer) == 0 and additional.get("job_major_group_00") is True,
        "qualifying": qualifying,
    }


def answer_warnings(answers: Answers, slug: str | None = None) -> list[str]:
    """What the answers themselves should warn about (the engine adds its own warnings); with
    ``slug``, only about that step's language results."""
    answers = without_skipped(answers)
    results = [(step, prefix) for step, prefix in LANGUAGE_RESULTS if slug in (None, step)]
    warnings = []
    if any(refused_scores(answers.get(step, {}), prefix) for step, prefix in results):
        warnings.append(
            _(
                "Your saved TEF Canada scores look like the scores out of 699. For Express Entry, copy the "
                "« Équivalence ancien score » column of your attestation (reading up to 300, listening up to "
                "360, writing and speaking up to 450) and save this step again."
            )
        )
    if any(results_too_old(answers.get(step, {}), prefix) for step, prefix in results):
        warnings.append(
            _(
                "Some language test results are more than two years old: IRCC accepts results "
                "for two years only. Take the test again before you create your profile."
            )
        )
    return warnings


# --- the other way: a profile (a shared result, a saved file) back into answers -----------------


def session_profile(request: HttpRequest) -> Profile | None:
    """The profile of this visitor's answers, or None until every applicable step is answered."""
    answers = load(request.session)
    return answers_to_profile(answers) if answers and first_incomplete(answers) is None else None


def load_profile(request: HttpRequest, *, profile: Profile) -> Answers:
    """Replace this visitor's answers with ``profile``, step by step through the forms.

    Each step is validated like a POST; a step the forms cannot accept is left unanswered, so the
    visitor lands on it.
    """
    clear(request.session)
    answers: Answers = {}
    try:
        steps = profile_to_step_data(profile)
    except (KeyError, TypeError, ValueError, AttributeError):
        steps = []
    for slug, data in steps:
        form = BY_SLUG[slug].form(answers, data)
        if not form.is_valid():
            break
        answers[slug] = form.answers()
    request.session[SESSION_KEY] = without_skipped(answers)
    return answers


def _yes(value: object) -> str:
    return "yes" if value else "no"


def _language_fields(prefix: str, result: dict[str, Any] | None) -> dict[str, str]:
    if not result:
        return {f"{prefix}_test": ""}
    if "clb" in result:
        fields = {f"{prefix}_test": "CLB" if result["language"] == "english" else "NCLC"}
        for ability in ABILITIES:
            level = result["clb"][ability]
            fields[f"{prefix}_{ability}"] = str(0 if level < 4 else min(level, 10))
    else:
        fields = {f"{prefix}_test": result["test"]}
        for ability in ABILITIES:
            fields[f"{prefix}_{ability}"] = str(result["scores"][ability])
    if result.get("test_date"):
        fields[f"{prefix}_test_date"] = result["test_date"]
    return fields


def profile_to_step_data(profile: Profile) -> list[tuple[str, dict[str, Any]]]:
    """[(step slug, POST data)] in wizard order, as a person would answer; the partner step only
    when it applies. Ages, years and CLB levels past the last choice become that choice (same points)."""
    marital = profile.get("marital_status", "single")
    you = {"marital_status": marital, "age": str(min(max(profile["age"], 17), 45))}
    if marital in SPOUSE_STATUSES:
        you["spouse_citizen_or_pr"] = _yes(profile.get("spouse_citizen_or_pr", False))
        you["spouse_accompanying"] = _yes(profile.get("spouse_accompanying", True))
    canadian = profile.get("canadian_education", "none")
    education = {
        "education": profile.get("education", "less_than_secondary"),
        "has_canadian_education": _yes(canadian != "none"),
    }
    if canadian != "none":
        education["canadian_education"] = canadian
    languages = {
        **_language_fields("first", profile.get("first_language")),
        **_language_fields("second", profile.get("second_language")),
    }
    work = {
        "canadian_work_years": str(min(profile.get("canadian_work_years", 0), 5)),
        "foreign_work_years": str(min(profile.get("foreign_work_years", 0), 3)),
        "certificate_of_qualification": _yes(profile.get("certificate_of_qualification")),
    }
    posts = [("you", you), ("education", education), ("languages", languages), ("work", work)]
    if profile_scored_with_spouse(profile):
        posts.append(
            (
                "partner",
                {
                    "spouse_education": profile.get("spouse_education", "less_than_secondary"),
                    "spouse_canadian_work_years": str(min(profile.get("spouse_canadian_work_years", 0), 5)),
                    **_language_fields("spouse", profile.get("spouse_language")),
                },
            )
        )
    additional = {
        "provincial_nomination": _yes(profile.get("provincial_nomination")),
        "sibling_in_canada": _yes(profile.get("sibling_in_canada")),
        "has_job_offer": _yes(profile.get("job_offer")),
    }
    if profile_scored_with_spouse(profile):
        additional["spouse_sibling_in_canada"] = _yes(profile.get("spouse_sibling_in_canada"))
    offer = profile.get("job_offer")
    if offer:
        teer = offer.get("teer")
        if teer is None:
            teer = {"0": 0, "A": 1, "B": 2, "C": 4, "D": 5}[offer["noc2016_skill"]]
        qualifying = offer.get("qualifying", True)
        additional.update(
            {
                "job_full_time": "yes",
                "job_non_seasonal": "yes",
                "job_one_year": "yes",
                "job_lmia": "lmia" if qualifying else "open_permit",
                "job_teer": str(teer),
                "job_major_group_00": _yes(offer.get("major_group_00")),
            }
        )
    posts.append(("additional", additional))
    return posts


def _language(result: dict[str, Any]) -> str | None:
    return result.get("language") or language_of(result.get("test"))


def _copy(source: Mapping[str, Any], target: dict[str, Any], *names: str) -> None:
    for name in names:
        value = source.get(name)
        if value is not None and value != "":
            target[name] = value
