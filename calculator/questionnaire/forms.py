"""One plain Django form per wizard step, worded like IRCC's own questionnaire.

Each form's ``cleaned_data`` is JSON-safe (strings, ints, bools, ISO dates) because it is what the
session keeps; ``wizard.answers_to_profile`` turns the kept answers into the profile format. Forms
list their questions in ``sections`` (legend, field names) so one template lays out every step.
A form never computes points: the engine does.
"""

from datetime import date

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from calculator.questionnaire import language_fields
from calculator.questionnaire.language_fields import (
    add_language_fields,
    clean_language,
    language_of,
    other_language_error,
)
from crs.vocabulary import SPOUSE_STATUSES


def _filled_in(message, **values):
    """``message`` % ``values``, translated when shown rather than when this module is imported
    (``gettext_lazy(...) % values`` would be formatted, in English, at import)."""
    return _lazy_format(message, values)


# One lazy wrapper for every label: ``lazy()`` builds a class each time it is called.
_lazy_format = lazy(lambda message, values: str(message) % values, str)


YES_NO = [("yes", _("Yes")), ("no", _("No"))]

MARITAL_STATUS_CHOICES = [
    ("annulled", _("Annulled marriage")),
    ("common_law", _("Common-law")),
    ("divorced", _("Divorced / separated")),
    ("separated", _("Legally separated")),
    ("married", _("Married")),
    ("single", _("Never married / single")),
    ("widowed", _("Widowed")),
]
AGE_CHOICES = (
    [("", _("Choose your age"))]
    + [("17", _("17 years of age or less"))]
    + [(str(age), _filled_in(_("%(age)s years of age"), age=age)) for age in range(18, 45)]
    + [("45", _("45 years of age or more"))]
)
EDUCATION_CHOICES = [
    ("less_than_secondary", _("None, or less than secondary (high school)")),
    ("secondary", _("Secondary diploma (high school graduation)")),
    ("one_year", _("One-year program at a university, college, trade or technical school, or other institute")),
    ("two_year", _("Two-year program at a university, college, trade or technical school, or other institute")),
    (
        "bachelors",
        _(
            "Bachelor’s degree (three or more year program at a university, college, trade or "
            "technical school, or other institute)"
        ),
    ),
    (
        "two_or_more",
        _("Two or more certificates, diplomas or degrees. One must be for a program of three or more years"),
    ),
    ("masters", _("Master’s degree, or professional degree needed to practice in a licensed profession")),
    ("doctoral", _("Doctoral level university degree (PhD)")),
]
EDUCATION_HELP = _(
    "Choose the highest level for which you earned a Canadian degree, diploma or certificate, or had an "
    "Educational Credential Assessment (ECA) if you studied outside Canada (ECAs must be from an approved "
    "agency and less than five years old). “Two or more” means two or more post-secondary credentials, one "
    "of them from a program of three years or longer. A professional degree counts as a master’s only in "
    "medicine, veterinary medicine, dentistry, optometry, law, chiropractic medicine or pharmacy."
)
CANADIAN_EDUCATION_CHOICES = [
    ("secondary", _("Secondary (high school) or less")),
    ("one_or_two_year", _("One- or two-year diploma or certificate")),
    (
        "three_year_plus",
        _(
            "Degree, diploma or certificate of three years or longer, or a master’s, "
            "professional or doctoral degree of at least one academic year"
        ),
    ),
]
CANADIAN_WORK_CHOICES = (
    [("0", _("None or less than a year"))]
    + [(str(n), _filled_in(_("%(years)s year") if n == 1 else _("%(years)s years"), years=n)) for n in range(1, 5)]
    + [("5", _("5 years or more"))]
)
FOREIGN_WORK_CHOICES = [
    ("0", _("None or less than a year")),
    ("1", _("1 year")),
    ("2", _("2 years")),
    ("3", _("3 years or more")),
]
TEER_CHOICES = [("", _("Choose the TEER category"))] + [
    ("0", _("TEER 0 (management)")),
    ("1", _("TEER 1 (usually a university degree)")),
    ("2", _("TEER 2 (college diploma or apprenticeship of 2+ years, or supervisory)")),
    ("3", _("TEER 3 (college diploma or apprenticeship under 2 years)")),
    ("4", _("TEER 4 (high school diploma)")),
    ("5", _("TEER 5 (short work demonstration)")),
]
LMIA_CHOICES = [
    ("lmia", _("Yes, supported by a positive Labour Market Impact Assessment (LMIA)")),
    (
        "exempt",
        _(
            "Yes, exempt from an LMIA: I have worked for this employer for at least a year on an "
            "employer-specific work permit"
        ),
    ),
    ("open_permit", _("No: I work on an open work permit only (for example a post-graduation work permit)")),
    ("none", _("No, neither")),
]


class RadioSelect(forms.RadioSelect):
    """Radios that give ``autofocus`` to one option only (the checked one, else the first): a
    group is one stop in the Tab order, and a page may autofocus one element."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        options = [option for _group, group_options, _index in groups for option in group_options]
        if any(option["attrs"].get("autofocus") for option in options):
            target = next((option for option in options if option["selected"]), options[0])
            for option in options:
                if option is not target:
                    option["attrs"].pop("autofocus", None)
        return groups


def autofocus_first_error(form, names):
    """Give the first field of ``names`` (in the order the page shows them) that has an error the
    ``autofocus`` attribute, and no other field: after an invalid submit the browser puts focus on
    it as the page loads, with or without JavaScript. Returns that field's name, or None."""
    for field in form.fields.values():
        field.widget.attrs.pop("autofocus", None)
    if not form.is_bound or not form.errors:
        return None
    for name in names:
        if name in form.fields and name in form.errors:
            form.fields[name].widget.attrs["autofocus"] = True
            return name
    return None


def yes_no(label, *, required=True, help_text=""):
    return forms.TypedChoiceField(
        label=label,
        choices=YES_NO,
        widget=RadioSelect,
        required=required,
        coerce=lambda value: value == "yes",
        empty_value=None,
        help_text=help_text,
    )


class StepForm(forms.Form):
    """Bounded text everywhere, warnings that do not block, and JSON-safe cleaned data."""

    sections: list = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings = []
        # Kept answers are JSON booleans; the yes/no radios' values are "yes"/"no".
        self.initial = {
            name: ("yes" if value else "no") if isinstance(value, bool) else value
            for name, value in self.initial.items()
        }

    def answers(self):
        """The cleaned data as the session keeps it."""
        return {name: _json_safe(value) for name, value in self.cleaned_data.items()}

    score_prefixes: tuple = ()
    # Questions asked only after some answers (hidden otherwise): not required by the field, which
    # would refuse a page where they do not apply, but required by clean() when they do, so the
    # page marks them required like the others.
    required_when_asked: tuple = ()

    def score_levels(self):
        """{score field: the level its score gives, or ""} from what the form holds: the valid
        submitted values, else the kept answers."""
        values = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else self.initial
        levels = {}
        for prefix in self.score_prefixes:
            levels.update(language_fields.score_levels(values, prefix))
        return levels

    def get_sections(self):
        """[{id, legend, fields, score_fields}]: a language section keeps its four scores apart so
        htmx can swap them when the test changes.  The page renders the form through these, so the
        first error in their order gets focus here (not in full_clean, which the live preview runs
        on half-filled forms it never shows)."""
        for name in self.required_when_asked:
            if name in self.fields:
                self.fields[name].required = True  # the mark only: the form has been validated already
        levels = self.score_levels() if self.score_prefixes else {}
        sections = []
        for key, legend, names in self.sections:
            section = {"id": key, "legend": legend, "fields": [self[name] for name in names], "score_fields": []}
            if key in self.score_prefixes:
                section["fields"] = [self[f"{key}_test"], self[f"{key}_test_date"]]
                section["score_fields"] = [self[name] for name in names[2:]]
                for bound in section["score_fields"]:
                    bound.level = levels.get(bound.name, "")
            sections.append(section)
        autofocus_first_error(
            self, [field.name for section in sections for field in (*section["fields"], *section["score_fields"])]
        )
        return sections


def _json_safe(value):
    if isinstance(value, date):
        return value.isoformat()
    return value


class YouForm(StepForm):
    marital_status = forms.ChoiceField(
        label=_("What is your marital status?"),
        choices=[("", _("Choose your marital status"))] + MARITAL_STATUS_CHOICES,
    )
    spouse_citizen_or_pr = yes_no(
        _("Is your spouse or common-law partner a citizen or permanent resident of Canada?"), required=False
    )
    spouse_accompanying = yes_no(_("Will your spouse or common-law partner come with you to Canada?"), required=False)
    age = forms.TypedChoiceField(
        label=_("How old are you?"),
        choices=AGE_CHOICES,
        coerce=int,
        help_text=_(
            "If you have been invited to apply, your age on the day you were invited; otherwise your age today."
        ),
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Lets us warn you before a birthday lowers your score. It is kept only in your session."),
    )
    required_when_asked = ("spouse_citizen_or_pr", "spouse_accompanying")
    sections = [
        ("status", _("Marital status"), ["marital_status"]),
        ("partner-status", _("Your spouse or partner"), ["spouse_citizen_or_pr", "spouse_accompanying"]),
        ("age", _("Age"), ["age", "date_of_birth"]),
    ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("marital_status") in SPOUSE_STATUSES:
            # IRCC does not ask whether a partner who is a citizen or PR will come: never scored.
            asked = ["spouse_citizen_or_pr"] + ([] if cleaned.get("spouse_citizen_or_pr") else ["spouse_accompanying"])
            for name in asked:
                if cleaned.get(name) is None and name not in self.errors:
                    self.add_error(name, _("Answer this question: you are married or in a common-law relationship."))
            if cleaned.get("spouse_citizen_or_pr") and cleaned.get("spouse_accompanying") is None:
                cleaned.pop("spouse_accompanying", None)
        else:
            # Not asked of a single person; answers kept from before stay kept (wizard.save_step).
            for name in ("spouse_citizen_or_pr", "spouse_accompanying"):
                if cleaned.get(name) is None:
                    cleaned.pop(name, None)
        born = cleaned.get("date_of_birth")
        if born is not None:
            today = date.today()
            if born > today or born.year < 1900:
                self.add_error("date_of_birth", _("Enter a real date of birth, or leave it empty."))
            elif (age := cleaned.get("age")) is not None:
                years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
                if min(max(years, 17), 45) != age:
                    self.add_error(
                        "date_of_birth",
                        _("This date of birth makes you %(years)s, not the age chosen above. Correct one of them.")
                        % {"years": years},
                    )
        return cleaned


class EducationForm(StepForm):
    education = forms.ChoiceField(
        label=_("What is your level of education?"),
        choices=EDUCATION_CHOICES,
        widget=RadioSelect,
        help_text=EDUCATION_HELP,
    )
    has_canadian_education = yes_no(
        _("Have you earned a Canadian degree, diploma or certificate?"),
        help_text=_(
            "Answer yes only if English or French as a second language made up no more than half of "
            "the study, you did not study under an award requiring you to return home, and you were "
            "in Canada, studying full time, for at least eight months."
        ),
    )
    canadian_education = forms.ChoiceField(
        label=_("If yes: which of these best describes your Canadian education?"),
        choices=CANADIAN_EDUCATION_CHOICES,
        widget=RadioSelect,
        required=False,
    )
    required_when_asked = ("canadian_education",)
    sections = [
        ("level", _("Your highest level of education"), ["education"]),
        ("canadian", _("Education in Canada"), ["has_canadian_education", "canadian_education"]),
    ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("has_canadian_education"):
            if not cleaned.get("canadian_education") and "canadian_education" not in self.errors:
                self.add_error("canadian_education", _("Choose the level of your Canadian credential."))
        elif cleaned.get("has_canadian_education") is False:
            cleaned["canadian_education"] = ""
        return cleaned


class LanguagesForm(StepForm):
    sections = [
        (
            "first",
            _("First official language"),
            ["first_test", "first_test_date", "first_reading", "first_writing", "first_listening", "first_speaking"],
        ),
        (
            "second",
            _("Other official language (optional)"),
            [
                "second_test",
                "second_test_date",
                "second_reading",
                "second_writing",
                "second_listening",
                "second_speaking",
            ],
        ),
    ]
    score_prefixes = ("first", "second")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        add_language_fields(self, "first", required=True)
        first_language = language_of(language_fields.current_test(self, "first"))
        other = {"english": "french", "french": "english"}.get(first_language)
        # Every test is listed (the first language's disabled): the page offers the other
        # language's tests as soon as the first test changes; clean() refuses the same language.
        add_language_fields(self, "second", required=False, none_label=_("No results in the other official language"))
        self.fields["second_test"].widget.excluded_language = first_language
        if not self.is_bound and other is None:
            self.fields["second_test"].help_text = _("Only a test of the other official language counts.")

    def clean(self):
        cleaned = super().clean()
        clean_language(self, cleaned, "first", required=True)
        clean_language(self, cleaned, "second", required=False)
        first, second = language_of(cleaned.get("first_test")), language_of(cleaned.get("second_test"))
        if first and second and first == second and "second_test" not in self.errors:
            self.add_error(
                "second_test",
                other_language_error("french" if first == "english" else "english"),
            )
        return cleaned


class WorkForm(StepForm):
    canadian_work_years = forms.TypedChoiceField(
        label=_("In the last ten years, how many years of skilled work experience in Canada do you have?"),
        choices=CANADIAN_WORK_CHOICES,
        coerce=int,
        widget=RadioSelect,
        help_text=_(
            "Paid, full time (or the same amount part time), in a job in TEER 0, 1, 2 or 3, with "
            "authorization to work in Canada. Self-employment and work while a full-time student do "
            "not count."
        ),
    )
    foreign_work_years = forms.TypedChoiceField(
        label=_("In the last ten years, how many total years of foreign skilled work experience do you have?"),
        choices=FOREIGN_WORK_CHOICES,
        coerce=int,
        widget=RadioSelect,
        help_text=_(
            "Paid, full time (or the same amount part time), in one occupation in TEER 0, 1, 2 or 3, outside Canada."
        ),
    )
    certificate_of_qualification = yes_no(
        _("Do you have a certificate of qualification from a Canadian province, territory or federal body?"),
        help_text=_(
            "A certificate of qualification lets people work in some skilled trades in Canada. Only "
            "the provinces, territories and a federal body can issue one; it is not the same as a "
            "nomination."
        ),
    )
    sections = [
        ("canada", _("Work in Canada"), ["canadian_work_years"]),
        ("abroad", _("Work outside Canada"), ["foreign_work_years"]),
        ("trade", _("Trades"), ["certificate_of_qualification"]),
    ]


class PartnerForm(StepForm):
    spouse_education = forms.ChoiceField(
        label=_("What is the highest level of education your spouse or common-law partner has?"),
        choices=EDUCATION_CHOICES,
        widget=RadioSelect,
        help_text=_(
            "Choose the highest level for which your partner earned a Canadian degree, diploma or certificate, or "
            "had an Educational Credential Assessment (ECA) for studies outside Canada (ECAs must be from an "
            "approved agency and less than five years old). “Two or more” means two or more post-secondary "
            "credentials, one of them from a program of three years or longer. A professional degree counts as a "
            "master’s only in medicine, veterinary medicine, dentistry, optometry, law, chiropractic medicine or "
            "pharmacy."
        ),
    )
    spouse_canadian_work_years = forms.TypedChoiceField(
        label=_(
            "In the last ten years, how many years of skilled work experience in Canada does your spouse "
            "or common-law partner have?"
        ),
        choices=CANADIAN_WORK_CHOICES,
        coerce=int,
        widget=RadioSelect,
    )
    sections = [
        ("spouse-education", _("Your partner’s education"), ["spouse_education"]),
        (
            "spouse",
            _("Your partner’s official language test (optional)"),
            [
                "spouse_test",
                "spouse_test_date",
                "spouse_reading",
                "spouse_writing",
                "spouse_listening",
                "spouse_speaking",
            ],
        ),
        ("spouse-work", _("Your partner’s work in Canada"), ["spouse_canadian_work_years"]),
    ]
    score_prefixes = ("spouse",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        add_language_fields(self, "spouse", required=False, none_label=_("No test results"))
        self.fields["spouse_test"].label = _("Which language test did your partner take?")

    def clean(self):
        cleaned = super().clean()
        clean_language(self, cleaned, "spouse", required=False)
        return cleaned


class AdditionalForm(StepForm):
    provincial_nomination = yes_no(_("Do you have a nomination certificate from a province or territory?"))
    sibling_in_canada = yes_no(
        _("Do you have a brother or sister living in Canada who is a citizen or permanent resident?"),
        help_text=_(
            "18 or older, related by blood, marriage, common-law partnership or adoption, with a parent in common."
        ),
    )
    spouse_sibling_in_canada = yes_no(
        _(
            "Does your spouse or common-law partner have a brother or sister living in Canada who is a citizen "
            "or permanent resident?"
        ),
        required=False,
        help_text=_(
            "Counts only when your partner comes with you to Canada and is not a citizen or permanent resident."
        ),
    )
    has_job_offer = yes_no(_("Do you have a written job offer from a Canadian employer?"))
    job_full_time = yes_no(_("Is it full time (at least 30 hours a week)?"), required=False)
    job_non_seasonal = yes_no(_("Is it non-seasonal?"), required=False)
    job_one_year = yes_no(_("Is it for at least one year after you become a permanent resident?"), required=False)
    job_lmia = forms.ChoiceField(
        label=_("Is it supported by an LMIA, or exempt from one?"),
        choices=LMIA_CHOICES,
        widget=RadioSelect,
        required=False,
    )
    job_teer = forms.ChoiceField(
        label=_("Which TEER category is the job in (NOC 2021)?"), choices=TEER_CHOICES, required=False
    )
    job_major_group_00 = yes_no(
        _("Is it in NOC Major Group 00 (senior managers, codes 00010 to 00015)?"),
        required=False,
    )
    sections = [
        ("nomination", _("Provincial nomination"), ["provincial_nomination"]),
        ("sibling", _("Family in Canada"), ["sibling_in_canada", "spouse_sibling_in_canada"]),
        (
            "job-offer",
            _("Job offer"),
            [
                "has_job_offer",
                "job_full_time",
                "job_non_seasonal",
                "job_one_year",
                "job_lmia",
                "job_teer",
                "job_major_group_00",
            ],
        ),
    ]
    JOB_FIELDS = ("job_full_time", "job_non_seasonal", "job_one_year", "job_lmia", "job_teer")
    required_when_asked = ("spouse_sibling_in_canada", *JOB_FIELDS, "job_major_group_00")

    def __init__(self, *args, with_spouse=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.with_spouse = with_spouse
        if not with_spouse:
            del self.fields["spouse_sibling_in_canada"]
            self.sections = [
                (key, legend, [n for n in names if n != "spouse_sibling_in_canada"])
                for key, legend, names in self.sections
            ]

    def clean(self):
        cleaned = super().clean()
        # The partner's sibling is not asked when the applicant has one: the 15 points are capped.
        if (
            self.with_spouse
            and cleaned.get("sibling_in_canada") is not True
            and cleaned.get("spouse_sibling_in_canada") is None
            and "spouse_sibling_in_canada" not in self.errors
        ):
            self.add_error("spouse_sibling_in_canada", _("Answer yes or no."))
        if cleaned.get("has_job_offer"):
            for name in self.JOB_FIELDS:
                if cleaned.get(name) in (None, "") and name not in self.errors:
                    self.add_error(name, _("Answer this question about your job offer."))
            if cleaned.get("job_teer") == "0":
                if cleaned.get("job_major_group_00") is None and "job_major_group_00" not in self.errors:
                    self.add_error("job_major_group_00", _("Answer this question about your job offer."))
            else:  # asked for TEER 0 only (Major Group 00 is part of it); an earlier answer is kept aside
                cleaned.pop("job_major_group_00", None)
        elif cleaned.get("has_job_offer") is False:
            for name in (*self.JOB_FIELDS, "job_major_group_00"):
                cleaned[name] = None
        return cleaned
