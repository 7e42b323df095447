"""``as_bootstrap_field`` lays out every field of every form of both apps (the questionnaire's steps,
the eligibility page's extra questions, the planning questions, the occupation search, a scenario's
name, the draws filters and "where a score stands") exactly as crispy-forms' Bootstrap 5 pack does (the same
elements, attributes and text), blank, answered and with errors, in English and French; only
whitespace between tags may differ."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django.utils import translation

from calculator.eligibility.extra_answers import ExtraAnswersForm
from calculator.occupations.views import OccupationSearchForm
from calculator.planning.answers import PlanningForm
from calculator.questionnaire import wizard
from calculator.scenarios.forms import ScenarioNameForm
from crs.eligibility import EXTRA_FIELDS
from crs_site.templatetags.bootstrap_fields import as_bootstrap_field
from draws.forms import DrawFilterForm, StandingForm

GOLDEN = Path(__file__).resolve().parent / "data" / "golden" / "cases.json"

WRONG = {
    "marital_status": "engaged",
    "age": "x",
    "spouse_citizen_or_pr": "maybe",
    "education": "phd",
    "has_canadian_education": "yes",
    "first_test": "IELTS",
    "first_test_date": "2099-13-45",
    "first_reading": "99",
    "first_writing": "<b>7</b>",
    "second_test": "CELPIP",
    "second_reading": "12",
    "canadian_work_years": "9",
    "spouse_test": "NCLC",
    "spouse_reading": "2",
    "has_job_offer": "yes",
    "job_teer": "7",
}


class Tree(HTMLParser):
    """Start tags with their attributes (in any order), end tags and text, whitespace collapsed."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.items = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.items.append(("start", tag, sorted(attrs, key=lambda pair: pair[0])))

    def handle_endtag(self, tag):
        self.items.append(("end", tag))

    def handle_data(self, data):
        text = " ".join(data.split())
        if text:
            self.items.append(("text", text))


def forms_for(step, data=None, initial=None):
    kwargs = {"with_spouse": True} if step.slug == "additional" else {}
    pair = [
        step.form_class(data, **kwargs) if data is not None else step.form_class(initial=initial or {}, **kwargs)
        for _ in range(2)
    ]
    for form in pair:
        if data is not None:
            form.is_valid()
        form.get_sections()  # what the page does first (it gives the first error autofocus)
    return pair


def states():
    """(step, data, initial): blank, each golden profile's answers as typed and as kept, wrong answers."""
    profiles = [case["profile"] for case in json.loads(GOLDEN.read_text())["cases"]]
    for step in wizard.STEPS:
        yield step, None, None
        yield step, {}, None
        yield step, WRONG, None
        for profile in profiles[::4]:
            posts = dict(wizard.profile_to_step_data(profile))
            if step.slug in posts:
                yield step, posts[step.slug], None
                kept = forms_for(step, posts[step.slug])[0]
                if kept.is_valid():
                    yield step, None, kept.answers()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_field_of_every_step_is_laid_out_as_crispy_lays_it_out(language):
    compared = 0
    with translation.override(language):
        for step, data, initial in states():
            ours, crispys = forms_for(step, data, initial)
            for name in ours.fields:
                expected = Tree(as_crispy_field(crispys[name])).items
                assert Tree(as_bootstrap_field(ours[name])).items == expected, (step.slug, name, data, initial)
                compared += 1
    assert compared > 500


ALL_EXTRA_KEYS = [spec.key for spec in EXTRA_FIELDS]

# (form, data): each form outside the questionnaire, as each page builds it, blank, sent empty,
# answered, and answered wrongly.
OTHER_FORMS = {
    "extra answers": (
        lambda data: ExtraAnswersForm(data, keys=ALL_EXTRA_KEYS),
        [
            {},
            {"outside_quebec": "yes", "settlement_funds_cad": "15000", "occupation_noc": "31301"},
            {"outside_quebec": "perhaps", "settlement_funds_cad": "-3", "dependent_children": "x", "has_eca": "no"},
            {"occupation_noc": "9", "occupation_months_last_3_years": "99", "occupation_category": "nope"},
        ],
    ),
    "extra answers, single": (lambda data: ExtraAnswersForm(data, keys=ALL_EXTRA_KEYS, with_partner=False), [{}]),
    "planning": (
        lambda data: PlanningForm(data, with_partner=True, age=30),
        [
            {},
            {"date_of_birth": "1990-05-01", "working_in": "canada", "working_since": "2022-01-01"},
            {"date_of_birth": "2999-01-01", "working_in": "abroad", "eca_date": "not a day", "partner_age": "200"},
            {"partner_date_of_birth": "1980-01-01", "partner_age": "20", "partner_foreign_work_years": "x"},
        ],
    ),
    "occupation search": (lambda data: OccupationSearchForm(data), [{}, {"q": "nurse"}, {"q": "x" * 101}]),
    "scenario name": (
        lambda data: ScenarioNameForm(data, where="new-scenario"),
        [{}, {"name": "IELTS 8 everywhere"}, {"name": "<b>x</b>" * 40}],
    ),
    "scenario name, editor": (lambda data: ScenarioNameForm(data, where="scenario", initial={"name": "Mine"}), []),
    "draw filters": (
        lambda data: DrawFilterForm(data, years=(2025, 2024)),
        [{}, {"category": "cec", "year": "2024"}, {"category": "nope", "year": "1999"}],
    ),
    "standing": (
        lambda data: StandingForm(data),
        [{}, {"score": "478"}, {"score": "abc"}, {"score": "1201"}, {"score": "-5"}],
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", OTHER_FORMS)
def test_every_field_of_the_other_forms_is_laid_out_as_crispy_lays_it_out(name, language):
    make, posts = OTHER_FORMS[name]
    compared = 0
    with translation.override(language):
        for data in [None, *posts]:
            ours, crispys = make(data), make(data)
            if data is not None:
                ours.is_valid(), crispys.is_valid()
            for field in ours.fields:
                expected = Tree(as_crispy_field(crispys[field])).items
                assert Tree(as_bootstrap_field(ours[field])).items == expected, (name, field, data)
                compared += 1
    assert compared >= len(make(None).fields) * (1 + len(posts))


def test_the_draws_forms_say_which_error_and_help_belong_to_the_field():
    """What the draws pages' hand-written fields did: the box is marked invalid and names its help
    and its error, which sit next to it under those ids, and keeps what was typed."""
    html = as_bootstrap_field(StandingForm({"score": "1201"})["score"])
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_score_helptext id_score_error"' in html
    assert 'id="id_score_helptext"' in html and 'id="id_score_error"' in html
    assert 'value="1201"' in html and 'inputmode="numeric"' in html and 'autocomplete="off"' in html
    assert 'min="0"' in html and 'max="1200"' in html and 'for="id_score"' in html
    filters = DrawFilterForm({"category": "nope"}, years=(2025,))
    html = as_bootstrap_field(filters["category"])
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_category_error"' in html
    assert 'id="id_category_error"' in html and '<label for="id_category"' in html


def test_a_field_crispy_knows_and_this_does_not_is_left_to_crispy():
    from django import forms

    class Agree(forms.Form):
        agree = forms.BooleanField(label="I agree")

    assert as_bootstrap_field(Agree()["agree"]) == as_crispy_field(Agree()["agree"])


@pytest.mark.parametrize("data", [None, {"pick": "b"}, {"pick": ""}, {"pick": "zz"}])
def test_a_select_with_groups_and_an_empty_choice_is_laid_out_as_crispy_lays_it_out(data):
    from django import forms

    class Pick(forms.Form):
        pick = forms.ChoiceField(
            label="Pick <one>",
            help_text="Any <b>one</b>",
            choices=[(None, "None yet"), ("Letters", [("a", "A & a"), ("b", "B")]), ("", [("c", "C")]), ("d", "D")],
        )

    ours, theirs = Pick(data), Pick(data)
    if data is not None:
        ours.is_valid(), theirs.is_valid()
    assert Tree(as_bootstrap_field(ours["pick"])).items == Tree(as_crispy_field(theirs["pick"])).items
