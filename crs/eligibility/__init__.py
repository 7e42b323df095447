"""Express Entry program and category eligibility (pure Python, no Django).

Public API:

* ``assess(profile, extra, *, effective_date=None) -> dict``: scores the CRS profile with
  ``crs.scoring.score`` for its CLB levels, then answers FSW / CEC / FST eligibility,
  settlement funds and category rounds for the rules in force on the date.
* ``assess_breakdown(profile, breakdown, extra)``: the same from an existing
  score breakdown (what the API uses, so the profile is scored once).
* ``EXTRA_FIELDS`` / ``EXTRA_KEYS``: the extra answers, documented in ``answers.py``.
* ``ProfileError``: raised for unusable input; ``.field`` names the key.

Facts and sources: eligibility.md (copied rule tables live in ``rules/`` and ``data/``).
"""

from __future__ import annotations

from crs.scoring.errors import ProfileError

from .answers import EXTRA_FIELDS, EXTRA_KEYS, OCCUPATION_CATEGORIES
from .engine import assess, assess_breakdown

__all__ = [
    "EXTRA_FIELDS",
    "EXTRA_KEYS",
    "OCCUPATION_CATEGORIES",
    "ProfileError",
    "assess",
    "assess_breakdown",
]
