"""Finding an occupation by job title for the questions that need one: a page that works without
JavaScript, matches under the question with htmx, and the pick kept for its question."""

from __future__ import annotations

import re

from calculator.eligibility import extra_answers
from tests.calculator.conftest import SINGLE
from tests.calculator.wizard_posts import fill_in

STATCAN = "Contains information licensed under the Statistics Canada Open Licence"


def test_the_search_page_lists_matches_with_code_teer_and_category_lists(client, db):
    html = client.get("/en/calculator/occupations/?q=infirmi%C3%A8re&purpose=noc").content.decode()
    match = html[html.index('data-code="31301"') :]
    assert "NOC 31301: Registered nurses and registered psychiatric nurses; TEER 1" in match
    assert "Category lists: Healthcare and social services" in match[: match.index("</li>")]
    assert 'action="/en/calculator/occupations/use/"' in match
    assert STATCAN in html


def test_the_search_page_without_a_query_is_a_form(client, db):
    response = client.get("/en/calculator/occupations/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="q"' in html and "occupation-match" not in html
    assert STATCAN in html


def test_a_query_too_long_is_an_error_beside_the_field_not_a_500(client, db):
    response = client.get("/en/calculator/occupations/?q=" + "a" * 300)
    assert response.status_code == 200
    assert "invalid-feedback" in response.content.decode() or "errorlist" in response.content.decode()


def test_htmx_under_a_question_gets_buttons_that_fill_the_field(client, db):
    response = client.get(
        "/en/calculator/occupations/?q=electrician&purpose=teer",
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="occupation-results-teer",
    )
    html = response.content.decode()
    assert "<main" not in html
    assert 'data-use-occupation data-code="72200" data-teer="2" data-major00="no"' in html
    assert response["Vary"].count("HX-Request")


def test_picking_a_noc_keeps_it_as_the_eligibility_answer(client, db):
    fill_in(client, SINGLE)
    response = client.post("/en/calculator/occupations/use/", {"code": "31301", "purpose": "noc"})
    assert response.status_code == 302 and response["Location"].startswith("/en/calculator/eligibility/")
    assert extra_answers.load(client.session)["occupation_noc"] == "31301"
    html = client.get(response["Location"]).content.decode()
    assert 'value="31301"' in html
    assert "NOC 31301: Registered nurses and registered psychiatric nurses (TEER 1)." in html
    assert STATCAN in html


def test_picking_a_job_offer_occupation_fills_its_teer_on_the_step(client, db):
    fill_in(client, SINGLE)
    response = client.post("/en/calculator/occupations/use/", {"code": "00012", "purpose": "teer"})
    assert response["Location"].startswith("/en/calculator/additional/")
    html = client.get(response["Location"]).content.decode()
    assert '<option value="0" selected>' in html
    assert re.search(r'name="has_job_offer" value="yes"[^>]* checked>', html)
    assert re.search(r'name="job_major_group_00" value="yes"[^>]* checked>', html)
    # a refresh keeps the pick; saving the step makes the saved answers win
    assert '<option value="0" selected>' in client.get(response["Location"]).content.decode()
    client.post(
        "/en/calculator/additional/", {"provincial_nomination": "no", "sibling_in_canada": "no", "has_job_offer": "no"}
    )
    assert '<option value="0" selected>' not in client.get("/en/calculator/additional/").content.decode()


def test_an_unknown_code_is_refused_without_an_error_page(client, db):
    response = client.post("/en/calculator/occupations/use/", {"code": "99999", "purpose": "noc"})
    assert response.status_code == 302 and response["Location"] == "/en/calculator/occupations/"
