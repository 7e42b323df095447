"""score(): one profile in, the whole CRS breakdown out.

Every caller (wizard panel, result page, CLI, API, planner) renders this one object, so it carries
every section and sub-total and nothing is computed twice elsewhere.

Decisions on rules the sources leave open (crs-rules.md section in brackets):
- With spouse = married/common-law AND accompanying AND not a citizen/PR (E.1). The spouse's sibling
  counts only then; spouse answers are still validated when they do not count.
- Transferability reads the weakest first-language ability; the second language never counts (C).
- French bonus: NCLC 7+ on all four French abilities, French first or second; the higher row needs
  all four English abilities at CLB 5+, anything less (or no English) earns the lower row (D).
- Test results older than two years (E.6): scored, without a warning. The golden oracle scores a
  2021 TEF result on 2026-08-15 with no warning (``raw-tef-2019-2023``); whether a result is still
  valid is an eligibility question for the wizard, not a points question, and the profile need not
  carry test dates at all.
- A missing first-language result is scored (no language points) with a warning, so a partly
  filled wizard still gets a live score; a second language without a first, or equal to the first,
  is an error: it must be the other official language (E.5).
- Dates on/after a reported but unmodelled change (2026-11-03) use the newest rule set and warn,
  as the rule set's ``unmodelled_changes`` lists (G.8).

Speed: this runs per keystroke in the wizard and in bulk from the CLI, so it is plain indexing
into tuples, no per-call objects beyond the output dict, and dates/rule sets are memoised.
"""

from datetime import date, datetime, timedelta
from time import time

from .dates import parse_date
from .errors import ProfileError
from .profile import bad_age, bad_bool, bad_choice, bad_date, bad_years, job_offer, language_result
from .rule_set import CANADIAN_EDUCATION_LEVELS, EDUCATION_LEVELS, MARITAL_STATUSES, SPOUSE_STATUSES
from .rules import FIRST_DAY, rule_set_for
from .text import gettext_noop

NO_FIRST_LANGUAGE = gettext_noop(
    "no first official language result: language points, skill transferability and the French bonus need one"
)

_EDUCATION = {name: index for index, name in enumerate(EDUCATION_LEVELS)}
_CANADIAN_EDUCATION = {name: index for index, name in enumerate(CANADIAN_EDUCATION_LEVELS)}
_KNOWN_KEYS = frozenset(
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
_DAYS: dict = {}


def score(profile, *, effective_date=None):
    """The CRS breakdown of ``profile`` on ``effective_date`` (else the profile's, else today)."""
    if type(profile) is not dict:
        profile = _as_dict(profile)
    if not profile.keys() <= _KNOWN_KEYS:
        _unknown_key(profile)
    get = profile.get
    day_text, rule_set, notes, job_offer_notes = _day(
        effective_date if effective_date is not None else get("effective_date")
    )

    # --- who is scored with a spouse -------------------------------------------------------
    marital = get("marital_status")
    if marital is None:
        marital = "single"
    elif marital not in MARITAL_STATUSES:
        raise bad_choice("marital_status", marital, MARITAL_STATUSES)
    spouse_pr = get("spouse_citizen_or_pr", False)
    if type(spouse_pr) is not bool:
        spouse_pr = _flag(profile, "spouse_citizen_or_pr", False)
    accompanying = get("spouse_accompanying", True)
    if type(accompanying) is not bool:
        accompanying = _flag(profile, "spouse_accompanying", True)
    with_spouse = accompanying and not spouse_pr and marital in SPOUSE_STATUSES

    # --- plain fields ------------------------------------------------------------------------
    age = get("age")
    if type(age) is not int or not 0 <= age <= 120:
        raise bad_age(age)
    education = _level(get("education"), _EDUCATION, "education")
    canadian_education = _level(get("canadian_education"), _CANADIAN_EDUCATION, "canadian_education")
    spouse_education = _level(get("spouse_education"), _EDUCATION, "spouse_education")
    canadian_years = get("canadian_work_years", 0)
    if type(canadian_years) is not int or canadian_years < 0:
        canadian_years = _years(profile, "canadian_work_years")
    foreign_years = get("foreign_work_years", 0)
    if type(foreign_years) is not int or foreign_years < 0:
        foreign_years = _years(profile, "foreign_work_years")
    spouse_years = get("spouse_canadian_work_years", 0)
    if type(spouse_years) is not int or spouse_years < 0:
        spouse_years = _years(profile, "spouse_canadian_work_years")
    certificate = get("certificate_of_qualification", False)
    if type(certificate) is not bool:
        certificate = _flag(profile, "certificate_of_qualification", False)
    nominated = get("provincial_nomination", False)
    if type(nominated) is not bool:
        nominated = _flag(profile, "provincial_nomination", False)
    sibling = get("sibling_in_canada", False)
    if type(sibling) is not bool:
        sibling = _flag(profile, "sibling_in_canada", False)
    spouse_sibling = get("spouse_sibling_in_canada", False)
    if type(spouse_sibling) is not bool:
        spouse_sibling = _flag(profile, "spouse_sibling_in_canada", False)
    offer = get("job_offer")
    if offer is not None:
        offer = job_offer(offer)

    # --- language results -------------------------------------------------------------------
    first = get("first_language")
    first = language_result(first, "first_language") if first is not None else None
    second = get("second_language")
    if second is not None:
        if first is None:
            raise ProfileError(
                "second_language", "needs a first_language result: the second official language is the other one"
            )
        second = language_result(second, "second_language")
        if second[0] == first[0]:
            raise ProfileError(
                "second_language",
                f"must be the other official language than first_language ({first[0]}); got {second[0]} again",
            )
    spouse_language = get("spouse_language")
    if spouse_language is not None:
        spouse_language = language_result(spouse_language, "spouse_language")

    # --- A. core ----------------------------------------------------------------------------
    col = with_spouse
    age_points = rule_set.age[col][age if age < 45 else 45]
    education_points = rule_set.education[col][education]
    if first is not None:
        table = rule_set.first_language[col]
        _, r, w, li, s = first
        by_ability = {"reading": table[r], "writing": table[w], "listening": table[li], "speaking": table[s]}
        first_points = table[r] + table[w] + table[li] + table[s]
        weakest = min(r, w, li, s)
    else:
        by_ability = {"reading": 0, "writing": 0, "listening": 0, "speaking": 0}
        first_points = weakest = 0
    if second is not None:
        table = rule_set.second_language[col]
        _, r, w, li, s = second
        second_points = min(table[r] + table[w] + table[li] + table[s], rule_set.second_language_cap[col])
    else:
        second_points = 0
    canadian_work = rule_set.canadian_work[col][canadian_years if canadian_years < 5 else 5]
    core = age_points + education_points + first_points + second_points + canadian_work

    # --- B. spouse --------------------------------------------------------------------------
    if with_spouse:
        spouse_edu = rule_set.spouse_education[spouse_education]
        if spouse_language is not None:
            table = rule_set.spouse_language
            _, r, w, li, s = spouse_language
            spouse_lang = table[r] + table[w] + table[li] + table[s]
        else:
            spouse_lang = 0
        spouse_work = rule_set.spouse_canadian_work[spouse_years if spouse_years < 5 else 5]
    else:
        spouse_edu = spouse_lang = spouse_work = 0
        spouse_language = None

    # --- C. skill transferability -----------------------------------------------------------
    language_tier = rule_set.language_tier[weakest]
    work_tier = rule_set.canadian_work_tier[canadian_years if canadian_years < 5 else 5]
    education_tier = rule_set.education_tier[education]
    foreign_tier = rule_set.foreign_work_tier[foreign_years if foreign_years < 3 else 3]
    group_cap = rule_set.transferability_group_cap
    education_language = rule_set.education_language[education_tier][language_tier]
    education_work = rule_set.education_canadian_work[education_tier][work_tier]
    education_subtotal = min(education_language + education_work, group_cap)
    foreign_language = rule_set.foreign_language[foreign_tier][language_tier]
    foreign_work = rule_set.foreign_canadian_work[foreign_tier][work_tier]
    foreign_subtotal = min(foreign_language + foreign_work, group_cap)
    certificate_language = rule_set.certificate_language[weakest] if certificate else 0
    certificate_subtotal = min(certificate_language, group_cap)
    transferability = min(education_subtotal + foreign_subtotal + certificate_subtotal, rule_set.transferability_cap)

    # --- D. additional ----------------------------------------------------------------------
    nomination = rule_set.provincial_nomination if nominated else 0
    job_points = rule_set.job_offer.get(rule_set.classify_job_offer(offer), 0) if offer is not None else 0
    study = rule_set.canadian_education[canadian_education]
    french = _french_bonus(rule_set, first, second)
    sibling_points = rule_set.sibling if sibling or (with_spouse and spouse_sibling) else 0
    uncapped = nomination + job_points + study + french + sibling_points
    additional = min(uncapped, rule_set.additional_cap)

    warnings = [] if first is not None else [NO_FIRST_LANGUAGE]
    if notes:
        for general, about_job_offer in zip(notes, job_offer_notes, strict=False):
            warnings.append(general)
            if offer is not None:
                warnings.append(about_job_offer)

    spouse_subtotal = spouse_edu + spouse_lang + spouse_work
    return {
        "rules": rule_set.id,
        "effective_date": day_text,
        "with_spouse": with_spouse,
        "clb": {"first": _clb(first), "second": _clb(second), "spouse": _clb(spouse_language)},
        "core": {
            "age": age_points,
            "education": education_points,
            "first_language": first_points,
            "first_language_by_ability": by_ability,
            "second_language": second_points,
            "canadian_work": canadian_work,
            "subtotal": core,
        },
        "spouse": {
            "education": spouse_edu,
            "language": spouse_lang,
            "canadian_work": spouse_work,
            "subtotal": spouse_subtotal,
        },
        "transferability": {
            "education_language": education_language,
            "education_canadian_work": education_work,
            "education_subtotal": education_subtotal,
            "foreign_language": foreign_language,
            "foreign_canadian_work": foreign_work,
            "foreign_subtotal": foreign_subtotal,
            "certificate_language": certificate_language,
            "certificate_subtotal": certificate_subtotal,
            "subtotal": transferability,
        },
        "additional": {
            "provincial_nomination": nomination,
            "job_offer": job_points,
            "canadian_education": study,
            "french": french,
            "sibling": sibling_points,
            "uncapped": uncapped,
            "subtotal": additional,
        },
        "total": core + spouse_subtotal + transferability + additional,
        "warnings": warnings,
    }


def _french_bonus(rule_set, first, second):
    french = english = None
    for result in (first, second):
        if result is not None:
            if result[0] == "french":
                french = result
            else:
                english = result
    if french is None or min(french[1:]) < rule_set.french_min_nclc:
        return 0
    return rule_set.french[english is not None and min(english[1:]) >= rule_set.french_english_min_clb]


def _clb(result):
    if result is None:
        return None
    language, r, w, li, s = result
    return {"language": language, "reading": r, "writing": w, "listening": li, "speaking": s}


def _today():
    """Today's date, re-read only after local midnight (date.today() costs more than scoring a field)."""
    global _today_date, _today_until
    now = time()
    if now >= _today_until:
        _today_date = date.today()
        _today_until = datetime.combine(_today_date + timedelta(days=1), datetime.min.time()).timestamp()
    return _today_date


_today_date, _today_until = None, 0.0


def _day(value):
    """(ISO text, rule set, warnings, job-offer warnings) for the scoring day, memoised by the value given.

    The warnings are the rule set's unmodelled changes already in effect on that day.
    """
    if value is None:
        value = _today()
    try:
        return _DAYS[value]
    except KeyError:
        pass
    except TypeError:  # unhashable, e.g. a list
        raise bad_date("effective_date", value) from None
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
    if len(_DAYS) >= 4096:
        _DAYS.clear()
    rule_set = rule_set_for(day)
    changes = [change for change in rule_set.unmodelled_changes if day >= change[0]]
    _DAYS[value] = found = (
        day.isoformat(),
        rule_set,
        tuple(change[1] for change in changes),
        tuple(change[2] for change in changes),
    )
    return found


def _level(value, levels, field):
    if value is None:
        return 0
    index = levels.get(value) if type(value) is str else None
    if index is None:
        raise bad_choice(field, value, tuple(levels))
    return index


def _years(profile, field):
    """Slow path of a years field: null means 0, anything else but a whole number ≥ 0 is an error."""
    value = profile[field]
    if value is None:
        return 0
    raise bad_years(field, value)


def _flag(profile, name, default):
    """Slow path of a bool field: null means the default, anything else but a bool is an error."""
    value = profile[name]
    if value is None:
        return default
    raise bad_bool(name, value)


def _as_dict(profile):
    from collections.abc import Mapping

    if isinstance(profile, Mapping):
        return dict(profile)
    raise ProfileError("", f"a profile must be a JSON object of field names and values; got {type(profile).__name__}")


def _unknown_key(profile):
    unknown = sorted(map(str, profile.keys() - _KNOWN_KEYS))[0]
    raise ProfileError(unknown, "is not a profile field; the profile format lists: " + ", ".join(sorted(_KNOWN_KEYS)))
