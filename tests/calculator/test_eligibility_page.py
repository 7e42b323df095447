"""The eligibility page, through the view: the program edges of eligibility.md as a person sees them.

The engine's own cases are in tests/crs/eligibility/; these check that the page asks only
what is missing, keeps the answers apart from the wizard's, and shows each edge the right way round.
"""

import re

import pytest

from calculator.eligibility import extra_answers
from calculator.questionnaire import wizard
from tests.calculator.wizard_posts import fill_in

URL = "/en/calculator/eligibility/"
ALL_ANSWERED = {
    "outside_quebec": True,
    "has_eca": True,
    "skilled_continuous_months_last_10_years": 12,
    "settlement_funds_cad": 20000,
    "dependent_children": 0,
}


def clb(level):
    return {
        "language": "english",
        "clb": {ability: level for ability in ("reading", "writing", "listening", "speaking")},
    }


def person(**changes):
    profile = {
        "age": 30,
        "marital_status": "single",
        "education": "bachelors",
        "first_language": clb(7),
        "canadian_work_years": 1,
        "foreign_work_years": 0,
    }
    profile.update(changes)
    return profile


def page_for(client, profile, extra):
    fill_in(client, profile)
    session = client.session
    session[extra_answers.SESSION_KEY] = extra
    session.save()
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def section(html, element_id):
    start = html.index(f'id="{element_id}"')
    end = html.find("</section>", start)
    return html[start:end]


def program_state(html, program):
    heading = re.search(r'<span class="state state--(\w+)">', section(html, f"program-{program}"))
    return heading.group(1)


def requirement_state(html, program, name):
    match = re.search(
        r'<tr class="requirement requirement--(\w+)">\s*<th scope="row">' + re.escape(name),
        section(html, f"program-{program}"),
    )
    assert match, f"no {name!r} row for {program}"
    return match.group(1)


@pytest.mark.django_db
def test_without_finished_answers_the_page_sends_you_to_the_questionnaire(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/en/calculator/you/"


@pytest.mark.django_db
def test_fsw_needs_clb_7_in_every_ability(client):
    html = page_for(client, person(first_language=clb(6)), ALL_ANSWERED)
    assert requirement_state(html, "fsw", "Language ability") == "failed"
    assert program_state(html, "fsw") == "failed"


@pytest.mark.django_db
def test_fsw_at_clb_7_meets_the_language_minimum(client):
    html = page_for(client, person(first_language=clb(7)), ALL_ANSWERED)
    assert requirement_state(html, "fsw", "Language ability") == "met"
    assert program_state(html, "fsw") == "met"


@pytest.mark.django_db
def test_fsw_grid_of_66_fails_by_one_point_line_by_line(client):
    html = page_for(client, person(age=37), ALL_ANSWERED)
    grid = section(html, "program-fsw")
    assert "66 of 100 points; the pass mark is 67." in grid
    assert "1 point short." in grid
    assert requirement_state(html, "fsw", "Selection grid") == "failed"
    for factor in (
        "Official languages",
        "Education",
        "Work experience",
        "Age",
        "Arranged employment in Canada",
        "Adaptability",
    ):
        assert f'<th scope="row">{factor}</th>' in grid


@pytest.mark.django_db
def test_fsw_grid_of_67_passes(client):
    html = page_for(client, person(age=36), ALL_ANSWERED)
    assert "67 of 100 points; the pass mark is 67." in section(html, "program-fsw")
    assert requirement_state(html, "fsw", "Selection grid") == "met"
    assert program_state(html, "fsw") == "met"


@pytest.mark.django_db
def test_cec_with_11_months_of_canadian_work_is_one_month_short(client):
    extra = {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 11,
        "canadian_months_teer_2_3_last_3_years": 0,
    }
    html = page_for(client, person(), extra)
    assert requirement_state(html, "cec", "Canadian work experience") == "failed"
    assert "11 months" in section(html, "program-cec")
    assert program_state(html, "cec") == "failed"


@pytest.mark.django_db
def test_cec_with_12_months_of_canadian_work_is_met(client):
    extra = {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 12,
        "canadian_months_teer_2_3_last_3_years": 0,
    }
    html = page_for(client, person(), extra)
    assert requirement_state(html, "cec", "Canadian work experience") == "met"
    assert program_state(html, "cec") == "met"


@pytest.mark.django_db
def test_cec_teer_2_or_3_work_needs_only_clb_5(client):
    extra = {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 0,
        "canadian_months_teer_2_3_last_3_years": 12,
    }
    html = page_for(client, person(first_language=clb(5)), extra)
    assert requirement_state(html, "cec", "Language ability") == "met"
    assert program_state(html, "cec") == "met"


@pytest.mark.django_db
def test_cec_teer_0_or_1_work_at_clb_5_is_not_enough(client):
    extra = {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 12,
        "canadian_months_teer_2_3_last_3_years": 0,
    }
    html = page_for(client, person(first_language=clb(5)), extra)
    assert requirement_state(html, "cec", "Language ability") == "failed"
    assert program_state(html, "cec") == "failed"


@pytest.mark.django_db
def test_cec_teer_2_or_3_work_at_clb_4_is_not_enough(client):
    extra = {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 0,
        "canadian_months_teer_2_3_last_3_years": 12,
    }
    html = page_for(client, person(first_language=clb(4)), extra)
    assert requirement_state(html, "cec", "Language ability") == "failed"


@pytest.mark.django_db
def test_the_page_asks_only_what_is_missing(client):
    html = page_for(client, person(), {})
    form = section(html, "extra-questions")
    assert 'name="outside_quebec"' in form
    assert 'name="canadian_months_teer_0_1_last_3_years"' in form
    # The CRS answers already say single: no question about a spouse.
    assert 'name="spouse_canadian_work_1_year"' not in form
    assert "Not known yet" in section(html, "program-cec")


@pytest.mark.django_db
def test_answers_are_kept_beside_the_wizards_without_changing_them(client):
    fill_in(client, person())
    before = client.session[wizard.SESSION_KEY]
    response = client.post(
        URL,
        {
            "outside_quebec": "yes",
            "canadian_months_teer_0_1_last_3_years": "12",
            "canadian_months_teer_2_3_last_3_years": "0",
        },
    )
    assert response.status_code == 302
    assert client.session[wizard.SESSION_KEY] == before
    assert client.session[extra_answers.SESSION_KEY] == {
        "outside_quebec": True,
        "canadian_months_teer_0_1_last_3_years": 12,
        "canadian_months_teer_2_3_last_3_years": 0,
    }
    html = client.get(URL).content.decode()
    assert program_state(html, "cec") == "met"


@pytest.mark.django_db
def test_bad_answers_are_shown_next_to_the_field_and_nothing_is_lost(client):
    fill_in(client, person())
    client.post(URL, {"outside_quebec": "yes"})
    response = client.post(
        URL, {"outside_quebec": "yes", "canadian_months_teer_0_1_last_3_years": "-3", "occupation_noc": "12ab"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some answers need your attention" in html
    assert "Enter the five digits of a NOC 2021 code." in html
    assert client.session[extra_answers.SESSION_KEY] == {"outside_quebec": True}


@pytest.mark.django_db
def test_oversized_and_unknown_fields_never_give_a_500(client):
    fill_in(client, person())
    response = client.post(
        URL, {"settlement_funds_cad": "9" * 5000, "not_a_question": "x", "canadian_months_teer_0_1_last_3_years": "1e9"}
    )
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_tampered_session_answer_is_ignored(client):
    html = page_for(client, person(), {"outside_quebec": "maybe", "nonsense": 1, "dependent_children": -4})
    assert "Not known yet" in html


@pytest.mark.django_db
def test_categories_show_recent_cutoffs_and_say_a_round_is_not_promised(client):
    from datetime import timedelta

    from django.utils import timezone

    from draws.models import Draw

    today = timezone.localdate()
    for number, (days, cutoff) in enumerate([(20, 430), (60, 476)], start=900):
        Draw.objects.create(
            number=str(number),
            date=today - timedelta(days=days),
            category="healthcare",
            cutoff=cutoff,
            invitations=1000,
            name="Healthcare and social services occupations",
        )
    extra = {**ALL_ANSWERED, "occupation_category": "healthcare", "occupation_months_last_3_years": 12}
    html = page_for(client, person(), extra)
    categories = section(html, "categories")
    assert "does not mean a round will be held" in categories
    row = categories[categories.index('href="#category-healthcare"') :]
    row = row[: row.index("</tr>")]
    assert "2 rounds, cut-offs 430–476" in row
    assert "Could be invited" in row


@pytest.mark.django_db
def test_the_result_page_has_a_compact_summary_and_a_try_a_change_form(client):
    fill_in(client, person())
    html = client.get("/en/calculator/result/").content.decode()
    assert "Can you enter the Express Entry pool?" in html
    assert 'href="/en/calculator/eligibility/"' in html
    assert 'action="/en/calculator/scenarios/new/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "education, words",
    [("two_year", "two-year post-secondary program: "), ("masters", "master's or professional degree: ")],
)
def test_the_fsw_grid_names_education_in_words_not_internal_values(client, education, words):
    html = page_for(client, person(education=education), ALL_ANSWERED)
    grid = section(html, "program-fsw")
    assert words in grid.replace("&#x27;", "'")
    for internal in ("two year:", "masters:", "two_year", "spouse language +", "canadian work +"):
        assert internal not in grid
