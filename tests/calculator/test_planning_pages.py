"""The planning pages: the partner comparison and the month-by-month score, with their questions."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calculator.questionnaire.wizard import profile_to_step_data
from crs.partner_swap import compare
from crs.projection import profile_on, project
from crs.scoring import score

from .conftest import MARRIED, SINGLE

FIELDS = (
    "next",
    "date_of_birth",
    "working_in",
    "working_since",
    "eca_date",
    "partner_date_of_birth",
    "partner_age",
    "partner_foreign_work_years",
    "partner_canadian_education",
    "partner_certificate_of_qualification",
)
PARTNER = {"partner_age": "29", "partner_foreign_work_years": "2", "partner_canadian_education": "none"}


def _post_questions(client, data, next_page="projection"):
    return client.post("/en/calculator/planning/questions/", {"next": next_page, "working_in": "no", **data})


def _numbers(html, css_class):
    return [int(n) for n in re.findall(rf'class="[^"]*{css_class}[^"]*">\s*<strong>(\d+)</strong>', html)]


def test_the_result_page_links_to_both_planning_pages_for_a_couple(married_done, bundled_feed):
    html = married_done.get("/en/calculator/result/").content.decode()
    assert 'href="/en/calculator/planning/month-by-month/"' in html
    assert 'href="/en/calculator/planning/partner/"' in html


def test_a_single_person_gets_no_partner_link_and_no_partner_questions(single_done, bundled_feed):
    html = single_done.get("/en/calculator/result/").content.decode()
    assert "/planning/month-by-month/" in html and "/planning/partner/" not in html
    questions = single_done.get("/en/calculator/planning/questions/").content.decode()
    assert "partner_age" not in questions and "working_since" in questions


def test_the_partner_page_asks_for_the_partners_age_first(married_done, bundled_feed):
    html = married_done.get("/en/calculator/planning/partner/").content.decode()
    assert "/en/calculator/planning/questions/?next=partner" in html


def test_the_partner_page_shows_both_totals_from_the_engine(married_done, bundled_feed, django_assert_max_num_queries):
    response = _post_questions(married_done, PARTNER, "partner")
    assert response.status_code == 302 and response.headers["Location"] == "/en/calculator/planning/partner/"
    with django_assert_max_num_queries(3):
        html = married_done.get("/en/calculator/planning/partner/").content.decode()
    from crs.partner_swap import PartnerFacts

    expected = compare(MARRIED, PartnerFacts(age=29, foreign_work_years=2))
    assert expected.principal["total"] == score(MARRIED)["total"]
    assert f"<strong>{expected.principal['total']}</strong>" in html
    assert f"<strong>{expected.partner['total']}</strong>" in html
    assert "Who brings which points" in html


def test_the_month_by_month_page_shows_every_point_as_the_engines_score(
    married_done, bundled_feed, django_assert_max_num_queries
):
    _post_questions(
        married_done, {"date_of_birth": "1993-01-20", "working_in": "canada", "working_since": "2024-02-10"}
    )
    with django_assert_max_num_queries(3):
        response = married_done.get("/en/calculator/planning/month-by-month/")
    html = response.content.decode()
    assert response.status_code == 200 and "<svg" in html and "When to act" in html
    from datetime import date

    from crs.projection import Dates

    dates = Dates(date_of_birth=date(1993, 1, 20), working_in="canada", working_since=date(2024, 2, 10))
    series = project(MARRIED, dates)
    rows = re.findall(r'<th scope="row">(\d{4}-\d\d-\d\d)</th><td class="text-end">(\d+)</td>', html)
    assert len(rows) == len(series.points)
    for day, total in rows:
        aged = profile_on(MARRIED, dates, date.fromisoformat(day), start=series.start)
        assert int(total) == score(aged, effective_date=day)["total"]
    assert ": you turn 34, " in html


@pytest.mark.parametrize(
    "data, field",
    [
        ({"date_of_birth": "2999-01-01"}, "date_of_birth"),
        ({"date_of_birth": "1950-01-01"}, "date_of_birth"),
        ({"working_in": "canada", "working_since": ""}, "working_since"),
        ({"partner_date_of_birth": "1997-01-01", "partner_age": "40"}, "partner_age"),
    ],
)
def test_bad_planning_answers_are_shown_next_to_their_field_and_keep_the_others(married_done, data, field):
    response = _post_questions(married_done, {"eca_date": "2022-01-01", **data})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="error_1_id_{field}"' in html or f"id_{field}" in html and "invalid-feedback" in html
    assert 'value="2022-01-01"' in html


def test_the_french_pages_speak_french(married_done, bundled_feed):
    _post_questions(married_done, PARTNER, "partner")
    for path in ("planning/partner/", "planning/month-by-month/", "planning/questions/"):
        html = married_done.get(f"/fr/calculator/{path}").content.decode()
        assert 'lang="fr"' in html
        assert "Which of you" not in html and "When to act" not in html


def test_a_single_person_sees_the_couple_note_on_the_partner_page(single_done, bundled_feed):
    html = single_done.get("/en/calculator/planning/partner/").content.decode()
    assert "This comparison is for a married or common-law couple" in html
    assert SINGLE["age"] == 30


def test_the_share_link_carries_the_comparison(married_done, bundled_feed, django_assert_max_num_queries):
    from crs.partner_swap import PartnerFacts

    _post_questions(married_done, PARTNER, "partner")
    response = married_done.post("/en/calculator/share/", {"carry": "partner"})
    assert response.status_code == 302
    location = response.headers["Location"]
    assert re.fullmatch(r"/r/[\w-]+/\?partner=29\.2\.none\.0", location)
    expected = compare(MARRIED, PartnerFacts(age=29, foreign_work_years=2))
    with django_assert_max_num_queries(3):
        html = married_done.get(location).content.decode()
    assert "Who brings which points" in html
    assert f"<strong>{expected.partner['total']}</strong>" in html
    plain = married_done.get(location.split("?")[0]).content.decode()
    assert "Who brings which points" not in plain


@pytest.mark.parametrize("param", ["29.2.none", "29.9.none.0", "29.2.phd.0", "x.2.none.0", "29.2.none.0.1", ""])
def test_a_share_link_with_a_bad_comparison_shows_the_result_without_it(client, bundled_feed, param):
    from calculator.saved.services import saved_result_create

    saved = saved_result_create(profile=MARRIED)
    response = client.get(f"/r/{saved.public_id}/?partner={param}")
    assert response.status_code == 200 and "Who brings which points" not in response.content.decode()


def test_a_far_future_start_is_refused_not_a_crash(client):
    body = {"profile": {"age": 30, "effective_date": "9999-12-01"}}
    response = client.post("/api/projection", body, content_type="application/json")
    assert response.status_code == 400 and response.json()["field"] == "effective_date"


_any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["", "1990-02-29", "2026-02-30", "0001-01-01", "9999-12-31", "canada", "abroad", "yes", "45", "-1", "29"]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.fixed_dictionaries({name: _any_text for name in FIELDS}))
def test_the_planning_questions_never_fail_and_never_touch_the_crs_answers(married_done, data):
    before = married_done.session["crs_wizard"]
    response = married_done.post("/en/calculator/planning/questions/", data)
    assert response.status_code in (200, 302)
    assert married_done.session["crs_wizard"] == before
    for path in ("planning/partner/", "planning/month-by-month/"):
        assert married_done.get(f"/en/calculator/{path}").status_code == 200


def test_when_the_higher_scoring_partner_is_not_eligible_the_page_says_so(client, bundled_feed):
    from tests.calculator.wizard_posts import fill_in

    clb = {"language": "english", "clb": {"reading": 7, "writing": 7, "listening": 7, "speaking": 7}}
    fill_in(
        client,
        {
            "marital_status": "married",
            "spouse_accompanying": True,
            "spouse_citizen_or_pr": False,
            "age": 44,
            "education": "secondary",
            "first_language": clb,
            "canadian_work_years": 1,
            "spouse_education": "masters",
            "spouse_language": {"language": "english", "clb": {a: 6 for a in clb["clb"]}},
            "spouse_canadian_work_years": 0,
        },
    )
    _post_questions(client, {"partner_age": "27"}, "partner")
    html = client.get("/en/calculator/planning/partner/").content.decode()
    assert "Your spouse or partner would score higher as the principal applicant (277 against 146)" in html
    assert "they do not appear eligible for any Express Entry program" in html
    assert "Your spouse or partner should apply" not in html


def test_the_comparison_names_each_section_with_its_maximum_from_the_rules(married_done, bundled_feed):
    from crs.vocabulary import maxima_of

    _post_questions(married_done, PARTNER, "partner")
    html = married_done.get("/en/calculator/planning/partner/").content.decode()
    maxima = maxima_of(score(MARRIED))
    assert maxima.total == 1200
    for name, section in (
        ("Core / human capital factors", "core"),
        ("Spouse or common-law partner factors", "spouse"),
        ("Skill transferability factors", "transferability"),
        ("Additional points", "additional"),
    ):
        assert f"{name} (maximum {getattr(maxima, section)})" in html


@pytest.mark.parametrize(
    "url",
    [
        "/en/calculator/planning/questions/",
        "/en/calculator/planning/partner/",
        "/en/calculator/planning/month-by-month/",
    ],
)
def test_a_planning_page_with_a_step_still_to_answer_goes_to_that_step(client, db, url):
    (first_slug, first_data), (second_slug, _), *_ = profile_to_step_data(MARRIED)
    assert client.post(f"/en/calculator/{first_slug}/", first_data).status_code == 302

    response = client.get(url)

    assert response.status_code == 302 and response["Location"] == f"/en/calculator/{second_slug}/"
