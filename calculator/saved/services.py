"""Writes. Keyword-only, typed; views and the API call these, never ``Model.objects.create``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from calculator.models import SavedResult
from crs.eligibility import ProfileError
from crs.eligibility.answers import parse_extra
from crs.scoring import score
from crs.vocabulary import PROFILE_FIELDS

# Saved results per client address, whichever way they are made: the Share button, a scenario's
# Share, POST /api/results. One budget, so no door saves more than the others allow.
RESULTS_RATE = "30/10m"


def saved_result_create(
    *, profile: Mapping, effective_date: date | str | None = None, eligibility_answers: Mapping | None = None
) -> SavedResult:
    """Score ``profile`` once and keep the answers, the rule set and that breakdown together.

    Only profile-format keys are kept (a date of birth or anything else a caller carries is
    dropped: the profile holds the age, which is all the score needs). The scoring day lives in the
    breakdown, so ``effective_date`` is not repeated in the stored answers. ``eligibility_answers``
    (crs.eligibility's extra answers) are kept so the link shows the same rounds the person can
    enter; unusable ones are dropped rather than refusing the result. Raises ProfileError.
    """
    answers = {key: value for key, value in profile.items() if key in PROFILE_FIELDS and key != "effective_date"}
    day = effective_date if effective_date is not None else profile.get("effective_date")
    breakdown = score(answers, effective_date=day)
    result = SavedResult(
        profile=answers, rules=breakdown["rules"], breakdown=breakdown, eligibility_answers=_extra(eligibility_answers)
    )
    result.save()
    return result


def _extra(answers: Mapping | None) -> dict:
    try:
        return parse_extra(answers or {})
    except ProfileError:
        return {}


def saved_result_delete(*, saved: SavedResult) -> None:
    """Delete a link at the request of the browser that made it."""
    saved.delete()


def saved_results_purge(*, now: datetime | None = None) -> int:
    """Delete every saved result past its lifetime; returns how many."""
    deleted, _by_model = SavedResult.objects.expired(now=now).delete()
    return deleted
