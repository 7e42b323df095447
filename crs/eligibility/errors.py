"""The error raised for answers the eligibility engine cannot use.

It is the scoring engine's ``ProfileError`` (a ``ValueError`` naming the offending ``field``), so
the API and the wizard catch one error type for the profile and the extra answers alike.
"""

from __future__ import annotations

from crs.scoring import ProfileError

__all__ = ["ProfileError"]
