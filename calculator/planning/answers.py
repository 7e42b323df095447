"""The planning questions the CRS wizard does not ask, kept in the session beside its answers.

Scoring the partner as principal needs a few facts about the partner that the spouse questions do
not ask (age, foreign work, Canadian credential, certificate of qualification); the month-by-month
score needs dates (where the person works now and since when, when the ECA was issued). Every
question is optional. Like the extra eligibility answers (``extra_answers``), they live under their
own session key, so the wizard's answers are never touched; what is malformed is dropped on load.
The language test dates are asked on the language steps already and travel in the profile.
"""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from calculator.questionnaire.forms import (
    AGE_CHOICES,
    CANADIAN_EDUCATION_CHOICES,
    FOREIGN_WORK_CHOICES,
    RadioSelect,
    autofocus_first_error,
)
from crs.partner_swap import PartnerFacts
from crs.projection import Dates, completed_years
from crs.scoring.dates import parse_date

SESSION_KEY = "crs_planning"
EARLIEST_YEAR = 1900
DATE_KEYS = ("date_of_birth", "working_since", "eca_date", "partner_date_of_birth")
WORKING_CHOICES = [
    ("no", _("No, not now")),
    ("canada", _("Yes, in Canada")),
    ("abroad", _("Yes, outside Canada")),
]
PARTNER_CANADIAN_EDUCATION_CHOICES = [("none", _("No Canadian degree, diploma or certificate"))] + [
    (value, label) for value, label in CANADIAN_EDUCATION_CHOICES
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def _date_field(label, help_text=""):
    return forms.DateField(
        label=label,
        help_text=help_text,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


def _choice(label, choices, *, blank, radios=False, help_text=""):
    return forms.ChoiceField(
        label=label,
        help_text=help_text,
        choices=([("", blank)] if blank else []) + list(choices),
        required=False,
        widget=RadioSelect if radios else forms.Select,
    )


class PlanningForm(forms.Form):
    """The optional planning questions; the partner's only for a couple scored with a spouse."""

    date_of_birth = _date_field(
        _("Your date of birth"), _("Gives the day each birthday changes your score. It is kept only in your session.")
    )
    working_in = _choice(
        _("Are you working now in a skilled job (TEER 0, 1, 2 or 3)?"), WORKING_CHOICES, blank=None, radios=True
    )
    working_since = _date_field(
        _("Since when have you held this job?"), _("Each full year in it adds a year of work experience.")
    )
    eca_date = _date_field(
        _("When was your Educational Credential Assessment (ECA) issued?"),
        _("An ECA is valid for five years. Leave it empty if your education is Canadian or you have no ECA."),
    )
    partner_date_of_birth = _date_field(_("Your spouse or partner’s date of birth"))
    partner_age = _choice(
        _("Or their age"), AGE_CHOICES[1:], blank=_("Choose their age"), help_text=_("If you do not give the date.")
    )
    partner_foreign_work_years = _choice(
        _("In the last ten years, how many years of foreign skilled work does your spouse or partner have?"),
        FOREIGN_WORK_CHOICES,
        blank=None,
        radios=True,
    )
    partner_canadian_education = _choice(
        _("Has your spouse or partner earned a Canadian degree, diploma or certificate?"),
        PARTNER_CANADIAN_EDUCATION_CHOICES,
        blank=None,
        radios=True,
    )
    partner_certificate_of_qualification = _choice(
        _("Does your spouse or partner have a Canadian certificate of qualification in a trade?"),
        YES_NO,
        blank=None,
        radios=True,
    )
    SECTIONS = (
        ("dates", _("You"), ("date_of_birth", "working_in", "working_since", "eca_date")),
        (
            "partner",
            _("Your spouse or partner as the principal applicant"),
            (
                "partner_date_of_birth",
                "partner_age",
                "partner_foreign_work_years",
                "partner_canadian_education",
                "partner_certificate_of_qualification",
            ),
        ),
    )

    def __init__(self, *args, with_partner: bool, age: int | None, today: date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.age, self.today = age, today or date.today()
        if not with_partner:
            for name in self.SECTIONS[1][2]:
                del self.fields[name]

    def sections(self) -> list[dict]:
        shown = [
            {"id": key, "legend": legend, "fields": [self[name] for name in names if name in self.fields]}
            for key, legend, names in self.SECTIONS
        ]
        shown = [section for section in shown if section["fields"]]
        autofocus_first_error(self, [field.name for section in shown for field in section["fields"]])
        return shown

    def clean(self):
        cleaned = super().clean()
        for name in DATE_KEYS:
            day = cleaned.get(name)
            if day is not None and (day > self.today or day.year < EARLIEST_YEAR):
                self.add_error(name, _("Enter a date in the past, or leave it empty."))
        born = cleaned.get("date_of_birth")
        if born is not None and "date_of_birth" not in self.errors and self.age is not None:
            years = completed_years(born, self.today)
            if min(max(years, 17), 45) != self.age:
                self.add_error(
                    "date_of_birth",
                    _("This date of birth makes you %(years)s, not the age in your answers. Correct one of them.")
                    % {"years": years},
                )
        working = cleaned.get("working_in")
        if working in ("canada", "abroad") and cleaned.get("working_since") is None:
            if "working_since" not in self.errors:
                self.add_error("working_since", _("Enter when this job started, or answer “No, not now”."))
        partner_born = cleaned.get("partner_date_of_birth")
        partner_age = cleaned.get("partner_age")
        if partner_born is not None and partner_age and "partner_date_of_birth" not in self.errors:
            years = completed_years(partner_born, self.today)
            if min(max(years, 17), 45) != int(partner_age):
                self.add_error(
                    "partner_age",
                    _("The date of birth makes them %(years)s. Correct one of them, or leave the age empty.")
                    % {"years": years},
                )
        return cleaned

    def answers(self) -> dict:
        """The cleaned answers as the session keeps them (ISO dates; a blank answer is left out)."""
        kept = {}
        for name, value in self.cleaned_data.items():
            if value in (None, ""):
                continue
            kept[name] = value.isoformat() if isinstance(value, date) else value
        if kept.get("working_in") == "no":
            kept.pop("working_since", None)
        return kept


def load(session) -> dict:
    """The kept answers; a value of the wrong shape is dropped, never raised."""
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return {}
    form = PlanningForm(with_partner=True, age=None)
    answers = {}
    for name, value in stored.items():
        if name not in form.fields or not isinstance(value, str):
            continue
        if name in DATE_KEYS:
            if parse_date(value) is not None:
                answers[name] = value
        elif value in {choice for choice, _label in form.fields[name].choices}:
            answers[name] = value
    return answers


def save(session, answers: dict, *, shown) -> dict:
    """Replace the answers to the questions ``shown`` and keep the others."""
    kept = {name: value for name, value in load(session).items() if name not in shown}
    kept.update(answers)
    session[SESSION_KEY] = kept
    return kept


def initial(answers: dict, wizard_answers: dict) -> dict:
    """Kept answers as the form's initial values; the date of birth given on the first step fills in."""
    values = dict(answers)
    born = (wizard_answers.get("you") or {}).get("date_of_birth")
    if "date_of_birth" not in values and born:
        values["date_of_birth"] = born
    return values


def dates(answers: dict, wizard_answers: dict) -> Dates:
    """What the projection needs from the answers (the first step's date of birth when none here)."""
    values = initial(answers, wizard_answers)
    working = values.get("working_in")
    since = parse_date(values.get("working_since"))
    return Dates(
        date_of_birth=parse_date(values.get("date_of_birth")),
        working_in=working if working in ("canada", "abroad") and since is not None else None,
        working_since=since if working in ("canada", "abroad") else None,
        eca_issued=parse_date(values.get("eca_date")),
    )


def partner_facts(answers: dict, today: date | None = None) -> PartnerFacts | None:
    """The partner as principal, or None until their age is known (from the date of birth first)."""
    today = today or date.today()
    born = parse_date(answers.get("partner_date_of_birth"))
    if born is not None:
        age = completed_years(born, today)
    elif answers.get("partner_age"):
        age = int(answers["partner_age"])
    else:
        return None
    return PartnerFacts(
        age=age,
        foreign_work_years=int(answers.get("partner_foreign_work_years") or 0),
        canadian_education=answers.get("partner_canadian_education") or "none",
        certificate_of_qualification=answers.get("partner_certificate_of_qualification") == "yes",
    )


# --- the comparison in a share link --------------------------------------------------------------
# The share link carries the partner's facts as ``?partner=29.2.none.0`` (age, foreign work years,
# Canadian credential, certificate of qualification): a saved result is never changed, and these
# four facts are not personal, so they travel in the link rather than in a new stored field.

_EDUCATION_CODES = tuple(value for value, _label in PARTNER_CANADIAN_EDUCATION_CHOICES)


def facts_param(facts: PartnerFacts) -> str:
    return (
        f"{facts.age}.{facts.foreign_work_years}.{facts.canadian_education}.{int(facts.certificate_of_qualification)}"
    )


def facts_from_param(text: str | None) -> PartnerFacts | None:
    """The facts a share link carries, or None for anything that is not exactly what we write."""
    parts = (text or "").split(".")
    if len(parts) != 4 or len(text) > 40:
        return None
    age, foreign, education, certificate = parts
    if not (age.isascii() and age.isdigit() and 0 <= int(age) <= 120):
        return None
    if foreign not in ("0", "1", "2", "3") or education not in _EDUCATION_CODES or certificate not in ("0", "1"):
        return None
    return PartnerFacts(
        age=int(age),
        foreign_work_years=int(foreign),
        canadian_education=education,
        certificate_of_qualification=certificate == "1",
    )
