"""HEAD answers like GET on every page (status and headers, no body): link checkers and monitors
send HEAD, and a 405 tells them the page is broken."""

import pytest

from tests.pages import import_bundled_draws, site_pages

pytestmark = pytest.mark.django_db

PAGES = [page for page in site_pages() if page.status == 200]


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_head_answers_like_get(client, page):
    if page.prepare is not None:
        page.prepare(client)
    url = page.url("en")
    got = client.get(url)
    head = client.head(url)
    assert head.status_code == got.status_code == 200
    assert head["Content-Type"] == got["Content-Type"]
    assert head.content == b""


def test_head_on_the_score_card_answers_like_get(client):
    import json

    from tests.pages import MARRIED

    import_bundled_draws()
    public_id = client.post("/api/results", json.dumps(MARRIED), content_type="application/json").json()["id"]
    head = client.head(f"/r/{public_id}/card.png")
    assert head.status_code == 200
    assert head["Content-Type"] == "image/png"
