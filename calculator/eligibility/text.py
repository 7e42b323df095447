"""Words for the eligibility engine's answer. The engine (pure Python) writes each sentence once, as
a gettext msgid with named placeholders and its parameters (``crs/eligibility/messages.py``);
this is where those become sentences in the reader's language, and where the names of programs,
requirements, grid factors and categories are kept."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PROGRAM_NAMES = {
    "fsw": _("Federal Skilled Worker Program"),
    "cec": _("Canadian Experience Class"),
    "fst": _("Federal Skilled Trades Program"),
}
PROGRAM_SHORT = {"fsw": _("FSW"), "cec": _("CEC"), "fst": _("FST")}
REQUIREMENT_NAMES = {
    "skilled_work": _("Skilled work experience"),
    "canadian_work": _("Canadian work experience"),
    "trade": _("Occupation in a skilled trade"),
    "trade_work": _("Work experience in the trade"),
    "offer_or_certificate": _("Job offer or certificate of qualification"),
    "language": _("Language ability"),
    "education": _("Education"),
    "selection_grid": _("Selection grid: 67 points of 100"),
    "settlement_funds": _("Settlement funds"),
    "outside_quebec": _("Living outside Quebec"),
    "program": _("Eligible for a program (FSW, CEC or FST)"),
    "french": _("French-language ability"),
    "occupation": _("Occupation on the category's list"),
    "recent_work": _("Recent work in that occupation"),
    "military_service_and_offer": _("Military service and a Canadian Armed Forces offer"),
}
GRID_FACTORS = {
    "language": _("Official languages"),
    "education": _("Education"),
    "experience": _("Work experience"),
    "age": _("Age"),
    "arranged_employment": _("Arranged employment in Canada"),
    "adaptability": _("Adaptability"),
}
CATEGORY_NAMES = {
    "french": _("French-language proficiency"),
    "healthcare": _("Healthcare and social services"),
    "stem": _("STEM occupations"),
    "trades": _("Trade occupations"),
    "transport": _("Transport"),
    "agriculture": _("Agriculture and agri-food"),
    "education": _("Education"),
    "physicians": _("Physicians with Canadian work experience"),
    "senior_managers": _("Senior managers with Canadian work experience"),
    "researchers": _("Researchers with Canadian work experience"),
    "military": _("Skilled military recruits"),
}


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


def category_name(category_id: str, default: str = "") -> str:
    return str(CATEGORY_NAMES.get(category_id, default or category_id))


def _param(value: Any) -> str:
    if isinstance(value, Mapping):
        if "category" in value:
            return category_name(value["category"], value.get("text", ""))
        return text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return number_format(value, force_grouping=True)
    return str(value)
