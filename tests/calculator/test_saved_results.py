"""Saved results are records: random public ids, nothing personal, never changed."""

import pytest

from calculator.models import ImmutableResultError, SavedResult
from calculator.saved.selectors import saved_result_get
from calculator.saved.services import saved_result_create
from crs.scoring import ProfileError, score

PROFILE = {
    "marital_status": "single",
    "age": 29,
    "education": "bachelors",
    "first_language": {"language": "english", "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9}},
}

pytestmark = pytest.mark.django_db


def test_a_saved_result_keeps_the_answers_rules_and_breakdown_as_computed():
    saved = saved_result_create(profile=PROFILE, effective_date="2026-08-15")
    expected = score(PROFILE, effective_date="2026-08-15")
    saved.refresh_from_db()
    assert saved.breakdown == expected
    assert saved.rules == expected["rules"] == "2025-03-25"
    assert saved.profile == PROFILE
    assert saved.created_at is not None


def test_public_ids_are_random_url_safe_and_at_least_128_bits():
    ids = {saved_result_create(profile=PROFILE).public_id for _ in range(20)}
    assert len(ids) == 20
    for public_id in ids:
        assert len(public_id) == 30  # 176 bits of base64url
        assert set(public_id) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def test_nothing_personal_or_unknown_is_stored():
    saved = saved_result_create(
        profile={
            **PROFILE,
            "date_of_birth": "1997-01-10",
            "name": "Ana",
            "email": "ana@example.com",
            "effective_date": "2026-08-15",
        }
    )
    assert saved.profile == PROFILE
    assert saved.breakdown["effective_date"] == "2026-08-15"


def test_a_profile_that_cannot_be_scored_is_not_saved():
    with pytest.raises(ProfileError):
        saved_result_create(profile={"education": "bachelors"})
    assert SavedResult.objects.count() == 0


def test_save_refuses_to_change_a_saved_result():
    saved = saved_result_create(profile=PROFILE)
    saved.breakdown = {**saved.breakdown, "total": 1200}
    with pytest.raises(ImmutableResultError):
        saved.save()
    assert saved_result_get(public_id=saved.public_id).breakdown["total"] != 1200


def test_queryset_update_is_refused():
    saved_result_create(profile=PROFILE)
    with pytest.raises(ImmutableResultError):
        SavedResult.objects.update(rules="2015-01-01")
    with pytest.raises(ImmutableResultError):
        SavedResult.objects.filter(rules="2025-03-25").update(rules="2015-01-01")


def test_admin_cannot_add_or_change(admin_client):
    saved = saved_result_create(profile=PROFILE)
    assert admin_client.get("/admin/calculator/savedresult/").status_code == 200
    assert admin_client.get("/admin/calculator/savedresult/add/").status_code == 403
    response = admin_client.post(f"/admin/calculator/savedresult/{saved.pk}/change/", {"rules": "2015-01-01"})
    assert response.status_code in (403, 200)
    saved.refresh_from_db()
    assert saved.rules == "2025-03-25"
