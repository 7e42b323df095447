"""Reads of saved results: one by its public id, and the rule set a saved result was scored under."""

from __future__ import annotations

import re

from django.shortcuts import get_object_or_404

from calculator.models import PUBLIC_ID_BYTES, SavedResult
from crs.scoring import RULE_SETS

PUBLIC_ID_LENGTH = -(-PUBLIC_ID_BYTES * 4 // 3)  # unpadded base64 of the random bytes
# secrets.token_urlsafe's alphabet: anything else (a NUL byte, which PostgreSQL refuses in a query)
# is not an id we issued, so it is a 404 without asking the database.
PUBLIC_ID = re.compile(rf"[A-Za-z0-9_-]{{{PUBLIC_ID_LENGTH}}}")


def saved_result_get(*, public_id: str) -> SavedResult:
    """The saved result with this id, or Http404 (also for anything that is not an id we issue)."""
    if not PUBLIC_ID.fullmatch(public_id):
        return get_object_or_404(SavedResult.objects.none())
    return get_object_or_404(SavedResult, public_id=public_id)


def rule_set_by_id(rule_set_id: str):
    return next((rule_set for rule_set in RULE_SETS if rule_set.id == rule_set_id), None)
