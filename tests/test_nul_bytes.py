"""A NUL byte can never be part of a valid id or filter; PostgreSQL refuses it in a query (a 500
there), so such requests are answered before any query: 404 for an id in the path, 400 for a query
string. Run against PostgreSQL too (``make test-postgres``), where the 500 showed."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from calculator.saved.selectors import PUBLIC_ID_LENGTH

pytestmark = pytest.mark.django_db

NUL_ID = "a" * (PUBLIC_ID_LENGTH - 3) + "%00" + "bb"  # the right length once decoded


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", f"/r/{NUL_ID}/"), ("get", f"/r/{NUL_ID}/card.png"), ("post", f"/r/{NUL_ID}/start/")],
)
def test_a_share_id_with_a_nul_byte_is_404_before_any_query(client, method, path):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(path)
    assert response.status_code == 404
    assert not [q for q in queries.captured_queries if "calculator_savedresult" in q["sql"]]


@pytest.mark.parametrize("alphabet_outsider", ["!", "%20", "%C3%A9", "."])
def test_a_share_id_outside_the_issued_alphabet_is_404(client, alphabet_outsider):
    public_id = "a" * (PUBLIC_ID_LENGTH - 1) + alphabet_outsider
    assert client.get(f"/r/{public_id}/").status_code == 404


@pytest.mark.parametrize("query", ["category__exact=%00", "q=%00", "year=%00", "o=%00", "%00=1"])
def test_an_admin_list_with_a_nul_byte_in_its_filters_is_400_not_500(client, query):
    user = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw-for-tests-only")
    client.force_login(user)
    client.raise_request_exception = False
    response = client.get(f"/admin/draws/draw/?{query}")
    assert response.status_code == 400


def test_a_page_with_a_nul_byte_in_its_query_string_is_400(client):
    client.raise_request_exception = False
    assert client.get("/en/draws/standing/?score=%00").status_code == 400
