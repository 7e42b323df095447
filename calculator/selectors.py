"""Reads."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from .models import PUBLIC_ID_BYTES, SavedResult
from .scoring import engine

# The profile format's keys, as the engine reads them (one list, kept by the engine).
PROFILE_KEYS = engine._KNOWN_KEYS
PUBLIC_ID_LENGTH = -(-PUBLIC_ID_BYTES * 4 // 3)  # unpadded base64 of the random bytes


def saved_result_get(*, public_id: str) -> SavedResult:
    """The saved result with this id, or Http404 (also for anything that is not an id we issue)."""
    if len(public_id) != PUBLIC_ID_LENGTH:
        return get_object_or_404(SavedResult.objects.none())
    return get_object_or_404(SavedResult, public_id=public_id)
