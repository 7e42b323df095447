"""The share page /r/<id>/: the saved result as it was, in the viewer's language, without JavaScript."""

import pytest
from django.test import Client

from calculator.saved.services import saved_result_create
from crs.scoring import engine
from crs.scoring.rules import RULE_SETS

PROFILE = {
    "marital_status": "single",
    "age": 29,
    "education": "bachelors",
    "canadian_work_years": 1,
    "first_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def saved():
    return saved_result_create(profile=PROFILE)


def test_the_link_works_in_a_fresh_session_without_javascript(saved):
    response = Client().get(f"/r/{saved.public_id}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'CRS score <strong class="score-total">{saved.total}</strong> of 1,200' in html
    assert f"http://testserver/r/{saved.public_id}/" in html  # the link as plain text
    assert "<script>" not in html and "onclick" not in html
    assert 'data-action="canadian_work"' in html  # the plan is there


def test_unknown_or_altered_ids_are_404(saved, client):
    altered = saved.public_id[:-1] + ("A" if saved.public_id[-1] != "A" else "B")
    for public_id in (altered, "0" * 30, "1", saved.public_id + "x", str(saved.pk)):
        assert client.get(f"/r/{public_id}/").status_code == 404, public_id


def test_it_is_not_indexed_and_previews_as_the_score(saved, client):
    response = client.get(f"/r/{saved.public_id}/")
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"].startswith("noindex")
    title = f"CRS score {saved.total} of 1,200"
    assert f'<meta property="og:title" content="{title}">' in html
    assert f'<meta name="twitter:title" content="{title}">' in html
    assert f'<meta property="og:url" content="http://testserver/r/{saved.public_id}/">' in html


def test_it_renders_in_the_viewers_language(saved, client):
    response = client.get(f"/r/{saved.public_id}/", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<html lang="fr">' in response.content.decode()
    assert "Accept-Language" in response["Vary"]
    english = client.get(f"/r/{saved.public_id}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'href="/r/{saved.public_id}/?lang=fr"' in english
    switched = client.get(f"/r/{saved.public_id}/?lang=fr", HTTP_ACCEPT_LANGUAGE="en")
    assert '<html lang="fr">' in switched.content.decode()


def test_the_saved_breakdown_is_served_after_the_rules_change(saved, client, monkeypatch, request):
    newest = RULE_SETS[-1]
    changed = newest.replace(id="2099-01-01", age=(tuple(p - 10 if p else 0 for p in newest.age[0]), newest.age[1]))
    monkeypatch.setattr(engine, "rule_set_for", lambda day: changed)
    engine._scoring_day_of.cache_clear()  # scoring days are memoised with their rule set
    request.addfinalizer(engine._scoring_day_of.cache_clear)

    html = client.get(f"/r/{saved.public_id}/").content.decode()
    assert f'<strong class="score-total">{saved.total}</strong>' in html
    assert f'<span class="breakdown__total-number">{saved.total}</span>' in html
    assert f"with the rules in force from {saved.rules}" in html
    assert "The rules have changed since this result was saved" in html
    assert f"<strong>{saved.total - 10}</strong>" in html  # today's score, shown beside it


def test_no_note_when_nothing_changed(saved, client):
    html = client.get(f"/r/{saved.public_id}/").content.decode()
    assert "rules-changed" not in html


def test_only_get_is_allowed(saved, client):
    assert client.post(f"/r/{saved.public_id}/").status_code == 405


# --- with the wizard: the Share button and "Start from these answers" ----------------------------

from calculator.models import SavedResult  # noqa: E402
from crs.scoring import score  # noqa: E402
from tests.calculator.conftest import MARRIED, SINGLE  # noqa: E402
from tests.calculator.wizard_posts import fill_in  # noqa: E402


@pytest.mark.parametrize("profile", [SINGLE, MARRIED], ids=["single", "married"])
def test_share_saves_the_wizard_answers_and_shows_the_link(client, profile):
    fill_in(client, profile)
    response = client.post("/en/calculator/share/")
    saved = SavedResult.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/r/{saved.public_id}/"
    assert saved.breakdown == score(profile)
    assert saved.profile.items() >= profile.items()  # the wizard also says "no" where the profile is silent


def test_share_with_htmx_swaps_in_the_link(client):
    fill_in(client, SINGLE)
    response = client.post("/en/calculator/share/", HTTP_HX_REQUEST="true")
    saved = SavedResult.objects.get()
    html = response.content.decode()
    assert response.status_code == 200 and 'id="share-url"' in html
    assert f'value="http://testserver/r/{saved.public_id}/"' in html
    assert "<html" not in html


def test_share_without_finished_answers_goes_back_to_the_wizard(client):
    response = client.post("/en/calculator/share/")
    assert response.status_code == 302 and "/en/calculator/" in response["Location"]
    assert SavedResult.objects.count() == 0


def test_share_with_htmx_without_finished_answers_redirects_the_whole_page(client):
    """htmx follows a 302 and would swap the wizard's whole page into the Share section."""
    response = client.post("/en/calculator/share/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/en/calculator/you/"
    assert "<html" not in response.content.decode()
    assert SavedResult.objects.count() == 0


def test_share_with_htmx_over_the_limit_says_so_in_the_share_section(client):
    """htmx does not swap a 4xx answer, so a plain-text 429 would leave the button doing nothing."""
    from calculator.saved.services import RESULTS_RATE
    from throttle.decorators import parse_rate

    fill_in(client, SINGLE)
    limit, _period = parse_rate(RESULTS_RATE)
    for _ in range(limit):
        assert client.post("/en/calculator/share/", HTTP_HX_REQUEST="true").status_code == 200
    response = client.post("/en/calculator/share/", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200 and response["Retry-After"]
    assert 'id="share"' in html and "<html" not in html
    assert 'role="alert"' in html and "Too many requests" in html
    assert 'action="/en/calculator/share/"' in html  # the button stays, to try again later
    assert SavedResult.objects.count() == limit
    assert client.post("/en/calculator/share/").status_code == 429  # without htmx: as before


def test_the_result_page_offers_share_and_the_plan(client):
    fill_in(client, SINGLE)
    html = client.get("/en/calculator/result/").content.decode()
    assert 'action="/en/calculator/share/"' in html and "csrfmiddlewaretoken" in html
    assert 'class="plan-action' in html


@pytest.mark.parametrize("profile", [SINGLE, MARRIED], ids=["single", "married"])
def test_start_from_these_answers_fills_a_fresh_wizard_and_leaves_the_result_alone(profile):
    saved = saved_result_create(profile=profile)
    before = (saved.profile, saved.breakdown)
    visitor = Client()
    response = visitor.post(f"/r/{saved.public_id}/start/")
    assert response.status_code == 302
    result = visitor.get("/en/calculator/result/")
    assert result.status_code == 200
    assert f'<span class="breakdown__total-number">{saved.total}</span>' in result.content.decode()
    saved.refresh_from_db()
    assert (saved.profile, saved.breakdown) == before


def test_start_needs_post_and_a_real_id(saved, client):
    assert client.get(f"/r/{saved.public_id}/start/").status_code == 405
    assert client.post(f"/r/{'x' * 30}/start/").status_code == 404
