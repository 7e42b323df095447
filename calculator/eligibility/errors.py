"""The error raised for answers the eligibility engine cannot use.

The scoring engine owns ``ProfileError`` (a ``ValueError`` naming the offending ``field``); the
API turns it into a 400. Eligibility raises the same class so callers catch one error type. Until
``calculator.scoring`` exists on main, a local class with the same shape stands in.
"""

from __future__ import annotations

try:  # pragma: no cover - which branch runs depends on whether the scoring engine is installed
    from calculator.scoring import ProfileError
except ImportError:  # pragma: no cover

    class ProfileError(ValueError):  # type: ignore[no-redef]
        """A profile or extra answer is missing or malformed; ``field`` names it."""

        def __init__(self, field: str, message: str) -> None:
            super().__init__(message)
            self.field = field


__all__ = ["ProfileError"]
