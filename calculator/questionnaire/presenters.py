"""The live score panel beside the questions, as the wizard, its preview and the scenario editor
show it: one ``score()`` of what is known so far, the change since the last total shown, and the
language results IRCC no longer accepts."""

from __future__ import annotations

from calculator.questionnaire.scoring import breakdown_for
from calculator.results.expired import expired_rows
from crs.vocabulary import MAX_SCORE

_NOT_SCORED = object()  # no breakdown given: score the profile


def panel(
    profile: dict, previous_total: str | None = None, unsaved: bool = False, *, breakdown: object = _NOT_SCORED
) -> dict:
    """The panel for ``profile``. ``previous_total``: the total the page showed before (a POSTed
    text, checked here), for the change; ``unsaved``: the fields on screen differ from the kept
    answers; ``breakdown``: ``breakdown_for(profile)`` when the page has it already."""
    scored = breakdown_for(profile) if breakdown is _NOT_SCORED else breakdown
    delta = None
    if isinstance(scored, dict) and previous_total is not None:
        text = str(previous_total).strip()
        if text.isascii() and text.isdigit() and len(text) <= 4 and int(text) <= MAX_SCORE:
            delta = scored["total"] - int(text)
    return {"breakdown": scored, "delta": delta, "unsaved": unsaved, "expired": expired_rows(profile, scored)}
