"""The public draws pages, with and without input, good and bad."""

import pytest
from django.template.loader import render_to_string

from draws.selectors import standing


def test_draw_list_shows_rounds_newest_first_and_paginates(client, bundled_feed):
    response = client.get("/en/draws/")
    assert response.status_code == 200
    assert "445 rounds" in response.content.decode()
    assert [d.number for d in response.context["page"]][:2] == ["444", "443"]
    assert response.context["page"].paginator.num_pages == 18
    assert "HX-Request" in response["Vary"]


def test_draw_list_filters_by_category_and_year(client, bundled_feed):
    response = client.get("/en/draws/", {"category": "stem", "year": "2023"})
    assert [d.number for d in response.context["page"]] == ["274", "254"]
    page_two = client.get("/en/draws/", {"category": "pnp", "page": "2"}).content.decode()
    assert "category=pnp&amp;page=1" in page_two  # pagination keeps the filter


def test_draw_list_with_nonsense_filters_shows_errors_not_a_500(client, bundled_feed):
    response = client.get("/en/draws/", {"category": "nope", "year": "abc", "page": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors and response.context["page"].number == 1


def test_htmx_request_gets_only_the_list_partial(client, bundled_feed):
    response = client.get("/en/draws/", {"category": "cec"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="draw-list")
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="draw-list">') and "<html" not in body


def test_standing_page_without_a_score_shows_just_the_form(client, bundled_feed):
    response = client.get("/en/draws/standing/")
    body = response.content.decode()
    assert response.status_code == 200 and 'name="score"' in body and "<svg" not in body
    assert "invalid-feedback" not in body


def test_standing_page_with_a_score_shows_band_tables_chart_and_rank(client, bundled_feed):
    body = client.get("/en/draws/standing/", {"score": "455"}).content.decode()
    assert "Strategic zone" in body
    assert 'role="img"' in body and '<title id="trend-title">' in body and "<desc" in body
    assert "Last 6 months" in body and "Last 12 months" in body
    assert "600 points a provincial nomination adds" in body
    assert "candidates in the pool on" in body
    assert "style=" not in body  # the CSP forbids inline styles


@pytest.mark.parametrize(
    ("score", "message"),
    [
        ("", "Enter your CRS score, a whole number from 0 to 1,200."),
        ("abc", "Enter your CRS score as a whole number, like 475."),
        ("1201", "A CRS score cannot be above 1,200."),
        ("-5", "A CRS score cannot be below 0."),
        ("9" * 500, "A CRS score cannot be above 1,200."),
        ("9" * 5000, "Enter your CRS score as a whole number"),
    ],
)
def test_bad_scores_answer_200_with_the_reason_next_to_the_field(client, db, score, message):
    response = client.get("/en/draws/standing/", {"score": score})
    body = response.content.decode()
    assert response.status_code == 200
    assert message in body and 'aria-invalid="true"' in body and 'id="id_score_error"' in body
    assert 'aria-describedby="id_score_helptext id_score_error"' in body  # the box names its help and its error


def test_standing_page_on_an_empty_database_still_renders(client, db):
    body = client.get("/en/draws/standing/", {"score": "480"}).content.decode()
    assert "No pool distribution has been loaded yet." in body and "No rounds in this period." in body


def test_the_standing_partial_renders_for_other_pages(bundled_feed, rf):
    html = render_to_string("draws/standing.html#standing", {"standing": standing(score=510)}, request=rf.get("/"))
    assert "Front of the pack" in html and "<svg" in html and "<html" not in html


def test_nav_links_to_the_draws_page(client, db):
    assert 'href="/en/draws/"' in client.get("/en/").content.decode()


def test_trend_chart_coordinates_are_plain_numbers_in_french(client, bundled_feed):
    """French formats 304.5 as "304,5"; an SVG coordinate written that way is invalid and the
    chart is not drawn. Geometry must never be localised."""
    import re

    body = client.get("/fr/draws/standing/", {"score": "455"}).content.decode()
    svg = body[body.index('<svg class="trend-chart"') : body.index("</svg>", body.index('<svg class="trend-chart"'))]
    coordinates = re.findall(r'\s(?:x1|x2|y1|y2|cx|cy|x|y)="([^"]*)"', svg)
    points = [pair for path in re.findall(r'points="([^"]*)"', svg) for pair in path.split()]
    assert coordinates and points
    assert [value for value in coordinates if not re.fullmatch(r"-?\d+(\.\d+)?", value)] == []
    assert [pair for pair in points if not re.fullmatch(r"-?\d+(\.\d+)?,-?\d+(\.\d+)?", pair)] == []


def test_the_draws_pages_read_the_data_version_and_at_most_its_payload(
    client, bundled_feed, django_assert_max_num_queries, django_assert_num_queries
):
    for url in ("/en/draws/", "/en/draws/?category=cec&year=2026", "/en/draws/standing/?score=478"):
        with django_assert_max_num_queries(2):
            assert client.get(url).status_code == 200
    with django_assert_num_queries(1):  # the version: this version and score were computed already
        client.get("/en/draws/standing/?score=478")


def test_every_page_with_rounds_says_how_current_they_are_and_warns_when_old(client, bundled_feed):
    from datetime import date
    from unittest import mock

    with mock.patch("django.utils.timezone.localdate", return_value=date(2026, 10, 1)):
        for url in ("/en/draws/", "/en/draws/standing/?score=478"):
            html = client.get(url).content.decode()
            assert "published by IRCC up to #444, Sept. 16, 2026; not yet checked" in html
            assert "may be missing" not in html
    with mock.patch("django.utils.timezone.localdate", return_value=date(2026, 12, 2)):
        for url in ("/en/draws/", "/en/draws/standing/?score=478"):
            html = client.get(url).content.decode()
            assert "newest round here is 77 days old: rounds IRCC held after Sept. 16, 2026 may be missing" in html
        html = client.get("/en/draws/standing/?score=478").content.decode()
        assert "rounds, held from" in html and "to Sept. 16, 2026." in html
        assert "No round after Sept. 16, 2026 is loaded: the last 77 days of this period are not covered." in html
