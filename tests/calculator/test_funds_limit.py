"""Settlement funds have one limit, the engine's: the form refuses more, next to the field, instead
of accepting an amount the engine then drops from the session."""

import pytest

from calculator.eligibility import extra_answers
from crs.eligibility.answers import MAX_INT
from tests.calculator.test_eligibility_page import URL, person
from tests.calculator.wizard_posts import fill_in

pytestmark = pytest.mark.django_db


def test_funds_over_the_engines_limit_are_refused_with_a_message_and_nothing_is_lost(client):
    fill_in(client, person())
    client.post(URL, {"outside_quebec": "yes", "settlement_funds_cad": "20000"})
    response = client.post(URL, {"outside_quebec": "yes", "settlement_funds_cad": str(MAX_INT + 1)})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some answers need your attention" in html
    assert "less than or equal to" in html
    assert client.session[extra_answers.SESSION_KEY] == {"outside_quebec": True, "settlement_funds_cad": 20000}


def test_funds_at_the_limit_are_kept(client):
    fill_in(client, person())
    response = client.post(URL, {"settlement_funds_cad": str(MAX_INT)})
    assert response.status_code == 302
    assert extra_answers.load(client.session)["settlement_funds_cad"] == MAX_INT


def test_the_message_is_in_french_on_the_french_page(client):
    fill_in(client, person())
    response = client.post(URL.replace("/en/", "/fr/"), {"settlement_funds_cad": str(MAX_INT + 1)})
    assert response.status_code == 200
    assert "inférieure ou égale" in response.content.decode()
