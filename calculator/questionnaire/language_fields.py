"""The language-result questions (test, test date, four scores) shared by the Languages and Partner steps.

One source of truth for ranges and levels: the engine's ``language_tests`` (``LANGUAGE_TESTS``,
``scales_for``, ``to_clb``). The form never knows a chart; it asks the engine whether a score is one
the chosen test gives, and shows the engine's own description of the range next to each score.

Answers are stored per field (``first_test``, ``first_test_date``, ``first_reading`` …) so a form can
be re-shown from the session as typed; ``language_result`` turns them into the profile format.
"""

from datetime import date
from functools import cache, partial, wraps

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from calculator.labels import ABILITY_NAMES, LANGUAGE_NAMES, ability_in_sentence
from crs.scoring import ProfileError
from crs.scoring.dates import parse_date
from crs.scoring.expiry import is_expired
from crs.scoring.language_tests import ABILITIES, LANGUAGE_TESTS, scales_for, to_clb

CLB_ENGLISH = "CLB"
NCLC_FRENCH = "NCLC"
LEVEL_CHOICES = {CLB_ENGLISH: "english", NCLC_FRENCH: "french"}
EARLIEST_TEST_DATE = date(2000, 1, 1)


def test_choices(language=None):
    """(value, label) of every test (of ``language`` only, when given), then the levels-known options."""
    choices = [
        (code, test.label) for code, test in LANGUAGE_TESTS.items() if language is None or test.language == language
    ]
    levels = [(CLB_ENGLISH, _("I know my CLB levels (English)")), (NCLC_FRENCH, _("I know my NCLC levels (French)"))]
    return choices + [(code, label) for code, label in levels if language is None or LEVEL_CHOICES[code] == language]


def language_of(test):
    """'english', 'french' or None for a test code (or a levels-known option)."""
    if test in LEVEL_CHOICES:
        return LEVEL_CHOICES[test]
    meta = LANGUAGE_TESTS.get(test)
    return meta.language if meta else None


def level_select_choices():
    """A CLB or NCLC level, for those who know theirs (a callable: listed only when shown)."""
    return [
        ("", _("Choose a level")),
        ("0", _("Below level 4")),
        *((str(level), str(level)) for level in range(4, 10)),
        ("10", _("10 or more")),
    ]


class TestSelect(forms.Select):
    """A select whose options carry ``data-language``, so a small script can offer only the other
    official language's tests for the second language.

    ``excluded_language``: the options of that language are listed but disabled (the first
    language's, for the second language). Listing every test lets the script offer the other
    language's tests at once when the first language changes, before anything is saved."""

    excluded_language = None

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        language = language_of(value)
        if language:
            option["attrs"]["data-language"] = language
            if language == self.excluded_language and not selected:
                option["attrs"].update({"disabled": True, "hidden": True})
        return option


def _test_select_choices(language, none_label):
    return [("", none_label or _("Choose a test")), *test_choices(language)]


def once_per_language(function):
    """``function``'s text, worked out once per arguments and language, then reused.

    The texts of the score fields are the same for every visitor, and the live score panel builds
    the fields (whose help texts Django reads when it validates) on every change of an answer. The
    arguments must come from a small fixed set (codes, the engine's scales), never from input.
    """
    texts = cache(lambda language, *args: function(*args))

    @wraps(function)
    def text(*args):
        return texts(get_language(), *args)

    return text


@once_per_language
def other_language_error(language):
    return _("Your other official language must be the other one: choose a test of %(language)s.") % {
        "language": LANGUAGE_NAMES[language]
    }


def add_language_fields(form, prefix, *, required, none_label=None, language=None):
    """Add ``{prefix}_test``, ``_test_date`` and the four score fields to ``form``.

    The live score panel builds these fields on every change of an answer, so they are cheap to
    build: the choices are callables (Django lists them only when it renders or checks them) and
    texts with values in them are made once per language. When the test changes, the page
    (calculator/questionnaire/_step_form.html) fetches that test's score fields with htmx.
    """
    form.fields[f"{prefix}_test"] = forms.ChoiceField(
        label=_("Which language test did you take?")
        if prefix != "second"
        else _("Other official language: which test did you take?"),
        choices=partial(_test_select_choices, language, none_label),
        required=required,
        widget=TestSelect,
        error_messages={
            "invalid_choice": _("Choose a test from the list.") if language is None else other_language_error(language)
        },
        help_text=_("Only these tests are accepted for Express Entry. IELTS Academic and PTE Academic are not."),
    )
    form.fields[f"{prefix}_test_date"] = forms.DateField(
        label=_("Test date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("IRCC accepts results for two years from the test date."),
    )
    test = current_test(form, prefix)
    for ability in ABILITIES:
        form.fields[f"{prefix}_{ability}"] = _score_field(ability, test)


def current_test(form, prefix):
    """The test the form is about: the submitted one, else the saved one."""
    source = form.data if form.is_bound else form.initial
    test = source.get(form.add_prefix(f"{prefix}_test") if form.is_bound else f"{prefix}_test")
    return test if isinstance(test, str) and (test in LANGUAGE_TESTS or test in LEVEL_CHOICES) else None


SCORE_INPUT_ATTRS = {"inputmode": "decimal", "autocomplete": "off", "size": "6"}


def _score_field(ability, test):
    """One score field.  Widgets are passed as classes and set up afterwards: a widget instance
    would be deep-copied by the field (choices normalised twice), eight times per language step,
    and on every live-score preview."""
    label = ABILITY_NAMES[ability]
    if test in LEVEL_CHOICES:
        field = forms.CharField(
            label=label, required=False, max_length=8, widget=forms.Select, help_text=_level_help(ability)
        )
        field.widget.choices = level_select_choices
        return field
    field = forms.CharField(
        label=label,
        required=False,
        max_length=8,
        strip=True,
        widget=forms.TextInput,
        help_text=score_help(test, ability),
    )
    field.widget.attrs.update(SCORE_INPUT_ATTRS)
    field.widget.attrs.update(scale_attrs(test, ability))
    return field


def scale_attrs(test, ability):
    """The engine's range for a score box, as data attributes: when the test changes, the page's
    script keeps a typed score that fits the new test and clears (with a note) one that does not.
    No test: nothing fits."""
    if test is None:
        return {"data-score-scale": "none"}
    scale = scales_for(test)[ability]
    attrs = {"data-score-min": _number(scale.minimum), "data-score-max": _number(scale.maximum)}
    attrs["data-score-step"] = "0.5" if scale.step == 0.5 else "1"
    if scale.allows_m:
        attrs["data-score-m"] = "true"
    return attrs


@once_per_language
def _level_help(ability):
    return _("Your level in %(ability)s.") % {"ability": ability_in_sentence(ability)}


def score_help(test, ability):
    """The engine's own words for the range and step of ``ability`` on ``test``."""
    if test is None:
        return _(
            "Choose your test first: each test has its own range (IELTS 0–9 in steps of 0.5, "
            "CELPIP 0–12, PTE Core 10–90, TEF Canada up to 300, 360 or 450, TCF Canada up to 699 or 20)."
        )
    if test == "TEF":
        return _tef_help(ability)
    return range_text(scales_for(test)[ability])


@once_per_language
def _tef_help(ability):
    """Which column of the TEF Canada attestation to copy: Express Entry reads the ancien score,
    whatever the test date (crs-rules.md §F4), and the attestation also prints a score out of 699."""
    return _(
        "Copy the « Équivalence ancien score » column of your attestation, not the score out of 699: "
        "from 0 to %(maximum)s."
    ) % {"maximum": scales_for("TEF")[ability].maximum}


@once_per_language
def range_text(scale):
    """ "From 0 to 9, in steps of 0.5" — the range and step of one scale, translatable."""
    values = {"minimum": _number(scale.minimum), "maximum": _number(scale.maximum)}
    if scale.step == 0.5:
        text = _("From %(minimum)s to %(maximum)s, in steps of 0.5.") % values
    else:
        text = _("From %(minimum)s to %(maximum)s, in whole numbers.") % values
    if scale.allows_m:
        missing = _("“M” (missing) is also accepted.")  # outside the f-string, where makemessages finds it
        text = f"{text} {missing}"
    return text


def _number(value):
    return str(int(value)) if float(value).is_integer() else str(value)


def clean_language(form, cleaned, prefix, *, required):
    """Validate one language result in ``cleaned`` and normalise its scores to numbers.

    Errors are added to the field they concern; valid fields stay in ``cleaned`` so a live preview
    can still use them.
    """
    test = cleaned.get(f"{prefix}_test") or None
    day = cleaned.get(f"{prefix}_test_date")
    date_field = f"{prefix}_test_date"
    if day is not None:
        if day > date.today():
            form.add_error(date_field, _("The test date cannot be in the future."))
            day = None
        elif day < EARLIEST_TEST_DATE:
            form.add_error(date_field, _("Enter a test date after 2000-01-01."))
            day = None
        elif is_expired(day, date.today()):
            form.warnings.append(
                _(
                    "These results are more than two years old: IRCC no longer accepts them. "
                    "The score below still counts them."
                )
            )
    if day is not None:
        cleaned[date_field] = day.isoformat()
    if test is None:
        if not required and any(cleaned.get(f"{prefix}_{a}") for a in ABILITIES):
            form.add_error(f"{prefix}_test", _("Choose the test these scores come from, or clear the scores."))
        return
    for ability in ABILITIES:
        name = f"{prefix}_{ability}"
        raw = cleaned.get(name)
        if raw in (None, ""):
            if name not in form.errors:
                missing = (
                    _("Enter your partner’s %(ability)s result.")
                    if prefix == "spouse"
                    else _("Enter your %(ability)s result.")
                )
                form.add_error(name, missing % {"ability": ability_in_sentence(ability)})
            continue
        value = _clean_score(form, name, test, ability, raw)
        if value is not None:
            cleaned[name] = value


def _clean_score(form, name, test, ability, raw):
    if test in LEVEL_CHOICES:
        if raw.isascii() and raw.isdigit() and len(raw) <= 2 and 0 <= int(raw) <= 12:
            return min(int(raw), 10)
        form.add_error(name, _("Choose a level from the list."))
        return None
    value = parse_score(raw)
    if value is None:
        form.add_error(name, _("Enter a number, such as 7 or 6.5."))
        return None
    try:
        to_clb(test, ability, value)
    except ProfileError:
        scale = scales_for(test)[ability]
        if scale.looks_like_new_scale(value):
            form.add_error(
                name,
                _(
                    "%(score)s looks like the score out of 699. For Express Entry, copy the « Équivalence "
                    "ancien score » column of your TEF Canada attestation: from 0 to %(maximum)s."
                )
                % {"score": raw, "maximum": scale.maximum},
            )
            return None
        form.add_error(
            name,
            _("%(test)s does not give this score. %(range)s")
            % {"test": LANGUAGE_TESTS[test].label, "range": range_text(scale)},
        )
        return None
    return value


def parse_score(raw):
    """A typed score as the engine reads it: an int, a float for halves, "M" (CELPIP), or None."""
    text = str(raw).strip().replace(",", ".")
    if text.upper() == "M":
        return "M"
    if not text or len(text) > 6 or not text.isascii():
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() else number


def score_levels(values, prefix):
    """{score field name: "Gives CLB 9."} for the scores in ``values`` (answers-shaped: test and
    scores) that the test gives; "" for the others. The engine's ``to_clb`` says the level, so the
    page shows, as a person types, what each ability is worth."""
    test = values.get(f"{prefix}_test")
    levels = {}
    for ability in ABILITIES:
        name = f"{prefix}_{ability}"
        levels[name] = ""
        raw = values.get(name)
        if test not in LANGUAGE_TESTS or raw in (None, ""):
            continue
        score = parse_score(raw)
        try:
            clb = to_clb(test, ability, score)
        except (ProfileError, TypeError):
            continue
        levels[name] = _level_text(LANGUAGE_TESTS[test].language, clb)
    return levels


def _level_text(language, clb):
    if clb < 4:
        name = _("NCLC %(level)d") if language == "french" else _("CLB %(level)d")
        return _("Gives less than %(level)s.") % {"level": name % {"level": 4}}
    name = _("NCLC %(level)d") if language == "french" else _("CLB %(level)d")
    return _("Gives %(level)s.") % {"level": name % {"level": clb}}


def language_result(answers, prefix):
    """The profile-format language result from stored answers, or None when not (fully) given."""
    test = answers.get(f"{prefix}_test")
    scores = {ability: answers.get(f"{prefix}_{ability}") for ability in ABILITIES}
    if not test or any(value in (None, "") for value in scores.values()):
        return None
    if test in LEVEL_CHOICES:
        return {"language": LEVEL_CHOICES[test], "clb": scores}
    if test not in LANGUAGE_TESTS:
        return None
    result = {"test": test, "scores": scores}
    if answers.get(f"{prefix}_test_date"):
        result["test_date"] = answers[f"{prefix}_test_date"]
    return result


def refused_scores(answers, prefix):
    """The abilities whose saved score the saved test no longer gives. Only TEF Canada can have
    them: answers saved before its scores were read on the ancien column (0–300/360/450) may hold
    a score out of 699, which the engine now refuses rather than converts."""
    test = answers.get(f"{prefix}_test")
    if test not in LANGUAGE_TESTS:
        return []
    scales = scales_for(test)
    refused = []
    for ability in ABILITIES:
        raw = answers.get(f"{prefix}_{ability}")
        if raw not in (None, "") and scales[ability].clb(parse_score(raw) if isinstance(raw, str) else raw) is None:
            refused.append(ability)
    return refused


def results_too_old(answers, prefix, today=None):
    return is_expired(parse_date(answers.get(f"{prefix}_test_date")), today or date.today())
