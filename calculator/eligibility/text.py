"""Words for the eligibility engine's answer. The engine (pure Python) writes each sentence once, as
a gettext msgid with named placeholders and its parameters (``crs/eligibility/messages.py``);
this is where those become sentences in the reader's language (the names of programs,
requirements, grid factors and categories are in ``calculator.labels``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext

from calculator.labels import category_name


def text(message: Mapping[str, Any] | None) -> str:
    """A message of the engine (``{"msgid", "params"}``, or ``{"join", "items"}``) in the active
    language. An id the catalogue lacks comes out in English, never as an error."""
    if not message:
        return ""
    if "join" in message:
        return message["join"].join(text(item) for item in message["items"])
    params = {key: _param(value) for key, value in (message.get("params") or {}).items()}
    translated = gettext(message["msgid"])
    if not params:
        return translated
    try:
        return translated % params
    except (KeyError, TypeError, ValueError):  # a translation that lost a placeholder
        return message["msgid"] % params


def _param(value: Any) -> str:
    if isinstance(value, Mapping):
        if "category" in value:
            return category_name(value["category"], value.get("text", ""))
        return text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number_format(value, force_grouping=True)
    return str(value)
