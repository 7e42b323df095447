"""The pages that compare a score with the draws read the rounds once: the plan, the categories
and the standing all use the same rows (goal: 3 queries or fewer per page, benchmarks/queries.py)."""

from calculator.saved.services import saved_result_create

from .conftest import MARRIED


def test_the_result_page_reads_the_session_the_rounds_and_the_pool_once_each(
    married_done, bundled_feed, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        response = married_done.get("/en/calculator/result/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Recent cut-offs by draw type" in html and "What would raise your score" in html


def test_the_share_page_reads_the_result_the_rounds_and_the_pool_once_each(
    client, bundled_feed, django_assert_max_num_queries
):
    saved = saved_result_create(profile=MARRIED)
    with django_assert_max_num_queries(3):
        response = client.get(f"/r/{saved.public_id}/")
    assert response.status_code == 200
    assert "Recent cut-offs by draw type" in response.content.decode()
