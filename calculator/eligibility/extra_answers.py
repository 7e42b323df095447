"""The eligibility questions the CRS wizard does not ask, kept in the session beside its answers.

The questions come from the eligibility engine's ``EXTRA_FIELDS`` (key, kind, choices); their wording
lives only here, translated, because the engine is pure Python.
Answers are kept under their own session key, so the wizard's answers are never touched, and are
shared by the result, the eligibility page and every scenario (they describe the person's work
history and funds, which a "what if" on the CRS answers does not change).
"""

from __future__ import annotations

import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from calculator.labels import CATEGORY_NAMES
from calculator.questionnaire.forms import autofocus_first_error, yes_no
from crs.eligibility import EXTRA_FIELDS, EXTRA_KEYS, ProfileError
from crs.eligibility.answers import MAX_INT, parse_extra

SESSION_KEY = "crs_eligibility"
MAX_MONTHS = 600  # 50 years: bounds the month questions
MAX_FUNDS = MAX_INT  # the engine's limit: a larger amount would be accepted here and dropped on load


# key: (label, help text), one for every key of the engine's EXTRA_FIELDS.
QUESTIONS = {
    "outside_quebec": (
        _("Do you plan to live outside the province of Quebec?"),
        _(
            "Quebec chooses its own skilled workers; Express Entry programs are for the other provinces and territories."
        ),
    ),
    "settlement_funds_cad": (
        _("How much money can you show as settlement funds (CAD)?"),
        _("Money you can use freely: savings, not borrowed, not equity in a property."),
    ),
    "dependent_children": (
        _("How many dependent children do you and your partner have?"),
        _("Counted in your family size even if they do not come with you."),
    ),
    "authorized_to_work_in_canada": (
        _("Are you now legally authorized to work in Canada?"),
        _("With a valid job offer as well, you do not need to show settlement funds."),
    ),
    "has_eca": (
        _("Does your foreign education have an Educational Credential Assessment (ECA)?"),
        _("From an approved organization, less than five years old."),
    ),
    "skilled_continuous_months_last_10_years": (
        _("In the last 10 years, your longest continuous paid work in one TEER 0, 1, 2 or 3 occupation, in months"),
        _("Full time (30 hours a week) or an equal amount part time. The Federal Skilled Worker Program needs 12."),
    ),
    "canadian_months_teer_0_1_last_3_years": (
        _("Months of authorized TEER 0 or 1 work in Canada in the last 3 years"),
        _("Full time or equal part time; not self-employed and not while a full-time student."),
    ),
    "canadian_months_teer_2_3_last_3_years": (
        _("Months of authorized TEER 2 or 3 work in Canada in the last 3 years"),
        _("Full time or equal part time; not self-employed and not while a full-time student."),
    ),
    "occupation_noc": (
        _("The NOC code of your main occupation"),
        _(
            "Five digits (NOC 2021), for example 21231. Leave it empty if you do not know it and choose a category below."
        ),
    ),
    "occupation_category": (
        _("Which category does your occupation belong to?"),
        _("Only used when you do not give a NOC code."),
    ),
    "occupation_months_last_5_years": (
        _("Months of full-time work in that occupation in the last 5 years"),
        _("For a trade: only the time after you were qualified to work in it."),
    ),
    "occupation_months_last_3_years": (
        _("Months of full-time work in that occupation in the last 3 years, in Canada or abroad"),
        "",
    ),
    "occupation_continuous_months_last_3_years": (
        _("Longest continuous stretch in that occupation in the last 3 years, in months"),
        "",
    ),
    "occupation_canadian_months_last_3_years": (_("Months of that work done in Canada in the last 3 years"), ""),
    "canadian_study_2_years": (
        _("Did you study full time in Canada for at least 2 academic years, in a program of 2 years or more?"),
        "",
    ),
    "spouse_canadian_study_2_years": (
        _("Did your accompanying spouse or partner study full time in Canada for at least 2 academic years?"),
        "",
    ),
    "spouse_canadian_work_1_year": (
        _("Has your accompanying spouse or partner worked full time in Canada for at least 1 year?"),
        "",
    ),
    "relative_in_canada": (
        _(
            "Do you or your partner have a relative aged 18 or over who is a Canadian citizen or permanent resident living in Canada?"
        ),
        _("A parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew."),
    ),
    "military_recruit": (
        _(
            "Have you served 10 or more years in a recognized foreign military and received a Canadian Armed Forces offer?"
        ),
        _("An offer of 3 years or more as an officer, specialized or operations member."),
    ),
}


GROUPS = (  # (id, legend, keys): how the form groups the questions
    (
        "you",
        _("You, your family and your funds"),
        ("outside_quebec", "dependent_children", "settlement_funds_cad", "authorized_to_work_in_canada", "has_eca"),
    ),
    (
        "work",
        _("Your work experience"),
        (
            "skilled_continuous_months_last_10_years",
            "canadian_months_teer_0_1_last_3_years",
            "canadian_months_teer_2_3_last_3_years",
        ),
    ),
    (
        "occupation",
        _("Your occupation"),
        (
            "occupation_noc",
            "occupation_category",
            "occupation_months_last_5_years",
            "occupation_months_last_3_years",
            "occupation_continuous_months_last_3_years",
            "occupation_canadian_months_last_3_years",
            "military_recruit",
        ),
    ),
    (
        "adaptability",
        _("Ties to Canada (Federal Skilled Worker adaptability)"),
        (
            "canadian_study_2_years",
            "spouse_canadian_study_2_years",
            "spouse_canadian_work_1_year",
            "relative_in_canada",
        ),
    ),
)


def load(session) -> dict:
    """The kept extra answers; anything the engine would refuse is dropped, never raised."""
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, dict):
        return {}
    answers = {}
    for key, value in stored.items():
        if key in EXTRA_KEYS:
            try:
                answers.update(parse_extra({key: value}))
            except ProfileError:
                continue
    return answers


def save(session, answers: dict, *, keys) -> dict:
    """Replace the answers to ``keys`` (the questions shown) and keep the others."""
    kept = {key: value for key, value in load(session).items() if key not in keys}
    kept.update({key: value for key, value in answers.items() if key in keys and value is not None})
    session[SESSION_KEY] = kept
    return kept


class ExtraAnswersForm(forms.Form):
    """The extra questions ``keys`` (in the engine's order). Every one is optional: a blank answer
    leaves that requirement "not known yet" rather than failing it."""

    def __init__(self, *args, keys, with_partner=True, **kwargs):
        super().__init__(*args, **kwargs)
        for spec in EXTRA_FIELDS:
            if spec.key in keys:
                self.fields[spec.key] = _field(spec)
        if not with_partner and "dependent_children" in self.fields:
            self.fields["dependent_children"].label = _("How many dependent children do you have?")

    def sections(self) -> list[dict]:
        """[{id, legend, fields}] for the groups that have a question shown; any key not in a group
        comes last, so a question the engine adds is never lost.  The page renders the questions
        through these, so the first invalid one in this order gets focus here."""
        grouped = {key for _id, _legend, keys in GROUPS for key in keys}
        sections = [
            {"id": group, "legend": legend, "fields": [self[key] for key in keys if key in self.fields]}
            for group, legend, keys in GROUPS
        ]
        rest = [self[key] for key in self.fields if key not in grouped]
        if rest:
            sections.append({"id": "other", "legend": _("Other questions"), "fields": rest})
        sections = [section for section in sections if section["fields"]]
        autofocus_first_error(self, [field.name for section in sections for field in section["fields"]])
        return sections

    def answers(self) -> dict:
        """Cleaned answers, a blank one as None (not answered)."""
        return {key: None if value == "" else value for key, value in self.cleaned_data.items()}


def _field(spec) -> forms.Field:
    label, help_text = QUESTIONS.get(spec.key, (spec.key.replace("_", " ").capitalize(), ""))
    if spec.kind == "bool":
        return yes_no(label, required=False, help_text=help_text)
    if spec.kind == "int":
        ceiling, messages = MAX_FUNDS if spec.key == "settlement_funds_cad" else MAX_MONTHS, {}
        window = re.search(r"_months_.*last_(\d+)_years$", spec.key)
        if window:  # a count of months in the last N years cannot be more than N × 12
            years = int(window.group(1))
            ceiling = years * 12
            messages["max_value"] = format_lazy(
                _("The last {years} years hold at most {months} months: enter {months} or fewer."),
                years=years,
                months=ceiling,
            )
        return forms.IntegerField(
            label=label,
            help_text=help_text,
            required=False,
            min_value=0,
            max_value=ceiling,
            error_messages=messages,
            widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        )
    if spec.kind == "noc":
        return forms.RegexField(
            label=label,
            help_text=help_text,
            required=False,
            regex=r"^\d{5}$",
            max_length=5,
            strip=True,
            error_messages={"invalid": _("Enter the five digits of a NOC 2021 code.")},
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        )
    choices = [("", _("Choose a category"))] + [(choice, CATEGORY_NAMES.get(choice, choice)) for choice in spec.choices]
    return forms.ChoiceField(label=label, help_text=help_text, choices=choices, required=False)


def initial(answers: dict) -> dict:
    """Kept answers as form initial values (yes/no radios take "yes"/"no")."""
    return {key: ("yes" if value else "no") if isinstance(value, bool) else value for key, value in answers.items()}
