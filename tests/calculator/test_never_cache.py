"""Pages that show a person's answers or their score tell browsers and proxies not to keep a copy
(a shared computer's Back button, a caching proxy): ``Cache-Control: no-store``."""

import pytest
from django.urls import resolve
from django.utils import translation

from tests.calculator.conftest import SINGLE
from tests.calculator.wizard_posts import fill_in
from tests.pages import site_pages
from tests.site_map import route_names

pytestmark = pytest.mark.django_db

PERSONAL_PAGES = [
    "/en/calculator/you/",
    "/en/calculator/additional/",
    "/en/calculator/result/",
    "/en/calculator/eligibility/",
    "/en/calculator/scenarios/",
    "/en/calculator/scenarios/1/edit/work/",
]


@pytest.fixture
def answered(client):
    fill_in(client, SINGLE)
    client.post("/en/calculator/scenarios/new/", {"name": "More work"})
    return client


@pytest.mark.parametrize("path", PERSONAL_PAGES)
def test_pages_holding_personal_answers_are_never_cached(answered, path):
    response = answered.get(path)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_live_score_panel_is_never_cached(answered):
    response = answered.post("/en/calculator/preview/", {"wizard_step": "you"}, HTTP_HX_REQUEST="true")
    assert "no-store" in response["Cache-Control"]


# --- every page of the URL configuration, sorted into the two kinds --------------------------------

# Pages that show a person's answers or what is computed from them. The share pages are public by
# link, but they hold one person's answers (age, education, scores): no shared cache keeps them.
PERSONAL = {
    "calculator:step",
    "calculator:result",
    "calculator:eligibility",
    "calculator:planning_questions",
    "calculator:partner",
    "calculator:projection",
    "calculator:scenarios",
    "calculator:scenario_step",
    "calculator:start_over",
    "shared_result",
    "shared_result_delete",
}
# Pages that show nothing of anyone's answers: the same for every visitor but for a link's wording.
PUBLIC = {
    "calculator:home",  # "Start" or "Continue", nothing answered
    "calculator:occupations",  # the search typed in the address, matched against the NOC
    "draws:list",
    "draws:standing",  # the score typed in the address, against the published rounds
}
# Not pages: POST-only actions (never cached by a browser or a proxy), the score card (a picture of
# the total only, cached a year on purpose: tests/calculator/test_score_card.py), the language
# switch, and the fragments checked one by one above and below.
NOT_PAGES = {
    "calculator:share",
    "calculator:preview",
    "calculator:language_scores",
    "calculator:scenario_create",
    "calculator:scenario_share",
    "calculator:scenario_delete",
    "calculator:occupation_use",
    "shared_result_start",
    "score_card",
    "set_language",
}


def _view_name(page) -> str:
    with translation.override("en"):  # the /en/ prefix resolves while English is active
        path = ("/en" if page.prefixed else "") + page.path.split("?")[0].format(scenario_id=1, public_id="x")
        return resolve(path).view_name


def test_every_route_is_sorted_as_personal_or_public():
    """A new page must say whether it holds answers (then it is never cached) or not."""
    with translation.override("en"):
        routes = {name for name in route_names() if not name.startswith(("admin:", "api:"))}
    assert routes - PERSONAL - PUBLIC - NOT_PAGES == set()
    assert (PERSONAL | PUBLIC | NOT_PAGES) - routes == set(), "a name here that the URL configuration lost"


PERSONAL_SITE_PAGES = [page for page in site_pages() if page.status == 200 and _view_name(page) in PERSONAL]


def test_the_scanned_pages_cover_every_personal_route():
    assert {_view_name(page) for page in PERSONAL_SITE_PAGES} == PERSONAL


@pytest.mark.parametrize("page", PERSONAL_SITE_PAGES, ids=lambda page: page.name)
def test_every_page_showing_answers_is_private_and_never_stored(client, page):
    """Walks the site's pages (tests/pages.py) in the state each needs: ``never_cache`` gives
    ``no-store`` (nothing kept, not even by the browser's Back cache on a shared computer) and
    ``private`` (no proxy between keeps it)."""
    if page.prepare is not None:
        page.prepare(client)
    response = client.get(page.url("en"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_score_fields_fragment_with_typed_scores_is_never_cached(answered):
    response = answered.get(
        "/en/calculator/language-scores/first/", {"first_test": "IELTS", "first_reading": "7"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_the_public_pages_are_left_cacheable(client, db):
    for path in ("/en/", "/en/calculator/occupations/?q=nurse", "/en/draws/standing/?score=470"):
        assert "no-store" not in client.get(path).get("Cache-Control", ""), path
