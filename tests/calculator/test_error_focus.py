"""After an invalid submit the page comes back with ``autofocus`` on the first invalid field, in the
order the page shows the fields, and on no other element: the browser puts focus there as the page
loads, with or without JavaScript (no script, so nothing for the strict CSP to refuse)."""

import re

import pytest

from tests.calculator.conftest import MARRIED, SINGLE
from tests.calculator.test_wizard_views import ALL_STEPS, INVALID, STEP_URL, fill_until
from tests.calculator.wizard_posts import fill_in

pytestmark = pytest.mark.django_db

FOCUSABLE = r"<(?:input|select|textarea|button|a)\b[^>]*>"


def autofocused(page):
    """The tags that carry an ``autofocus`` attribute."""
    return [tag for tag in re.findall(FOCUSABLE, page) if re.search(r"\sautofocus(?:[\s=>])", tag)]


def element_id(tag):
    return re.search(r'\bid="([^"]+)"', tag).group(1)


@pytest.mark.parametrize("slug", ALL_STEPS)
def test_an_invalid_step_autofocuses_the_invalid_field_and_nothing_else(client, slug):
    data = fill_until(client, MARRIED, slug)
    field, bad, _message = INVALID[slug]
    page = client.post(STEP_URL.format(slug), {**data, field: bad}).content.decode()
    [tag] = autofocused(page)
    assert re.fullmatch(rf"id_{field}(_0)?", element_id(tag)), tag


def test_the_first_invalid_field_in_page_order_gets_focus_not_the_first_error_raised(client):
    # The age error is raised first (field cleaning), the spouse questions' errors later (clean()),
    # but the spouse questions come first on the page.
    page = client.post(STEP_URL.format("you"), {"marital_status": "married", "age": "99"}).content.decode()
    assert 'id="id_age"' in page and "is-invalid" in page
    [tag] = autofocused(page)
    assert element_id(tag) == "id_spouse_citizen_or_pr_0"
    assert 'value="yes"' in tag


def test_an_invalid_radio_group_autofocuses_its_checked_option(client):
    data = fill_until(client, SINGLE, "additional")
    page = client.post(
        STEP_URL.format("additional"), {**data, "has_job_offer": "yes", "job_lmia": "open_permit"}
    ).content.decode()
    # The offer's details are missing: the first one on the page is "full time?".
    [tag] = autofocused(page)
    assert element_id(tag) == "id_job_full_time_0"
    page = client.post(
        STEP_URL.format("additional"),
        {
            **data,
            "has_job_offer": "yes",
            "job_full_time": "no",
            "job_non_seasonal": "yes",
            "job_one_year": "yes",
            "job_lmia": "lmia",
            "job_teer": "0",
        },
    ).content.decode()
    # TEER 0 asks about Major Group 00 (the last question), left unanswered.
    [tag] = autofocused(page)
    assert element_id(tag) == "id_job_major_group_00_0" and 'value="yes"' in tag


def test_a_valid_page_autofocuses_nothing(client):
    assert autofocused(client.get(STEP_URL.format("you")).content.decode()) == []
    data = fill_until(client, SINGLE, "languages")
    client.post(STEP_URL.format("languages"), data)
    assert autofocused(client.get(STEP_URL.format("languages")).content.decode()) == []


def test_an_invalid_scenario_step_autofocuses_its_first_invalid_field(client):
    fill_in(client, SINGLE)
    client.post("/en/calculator/scenarios/new/", {"name": "More work"})
    page = client.post(
        "/en/calculator/scenarios/1/edit/languages/",
        {
            "first_test": "IELTS",
            "first_reading": "7",
            "first_writing": "ten",
            "first_listening": "9.3",
            "first_speaking": "7",
        },
    ).content.decode()
    [tag] = autofocused(page)
    assert element_id(tag) == "id_first_writing"


def test_the_eligibility_questions_autofocus_their_first_invalid_answer(client):
    fill_in(client, {**SINGLE, "canadian_work_years": 1})
    client.post("/en/calculator/eligibility/", {"outside_quebec": "yes"})
    response = client.post(
        "/en/calculator/eligibility/",
        {"outside_quebec": "yes", "occupation_noc": "12ab", "canadian_months_teer_0_1_last_3_years": "-3"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    [tag] = autofocused(page)
    # "Your work experience" is shown before "Your occupation".
    assert element_id(tag) == "id_canadian_months_teer_0_1_last_3_years"
