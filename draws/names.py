"""The names of the kinds of rounds of invitations, and IRCC's published draw names, in the reader's
language.

``ROUND_NAMES`` is the one table of the names the site gives each draw type (``crs.rounds``: the
general rounds, the three programs, provincial nominees, every category of
``crs.vocabulary.CATEGORY_IDS``, and "other"), in IRCC's own wording (the round names of its
category-based selection page, docs/eligibility.md section 5). It lives here, not in
``calculator.labels``, because the draws app needs it for its own categories
(``draws.models.Category`` takes its labels from it) and may not import ``calculator``
(docs/architecture.md); ``calculator.labels`` imports it from here, so both apps show the same words.

The bundled feed is IRCC's English one, so a name like "Healthcare and Social Services Occupations,
2026-Version 3" is kept as published and shown as is in English; in another language its stem is
translated and the version kept. A stem nobody translated yet falls back to the draw's category,
which is always translated.
"""

from __future__ import annotations

import re

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from crs.vocabulary import MAX_SCORE


def max_score_text() -> str:
    """The highest CRS score (``crs.vocabulary.MAX_SCORE``) as the active language writes it, with
    the thousands grouped as IRCC groups them in English and in French. Every page, form and image
    says it this way (both apps read it from here, since ``draws`` may not import ``calculator``)."""
    return number_format(MAX_SCORE, force_grouping=True)


ROUND_NAMES = {
    "general": _("General (all programs)"),
    "cec": _("Canadian Experience Class"),
    "fsw": _("Federal Skilled Worker Program"),
    "fst": _("Federal Skilled Trades Program"),
    "pnp": _("Provincial Nominee Program"),
    "french": _("French-language proficiency"),
    "healthcare": _("Healthcare and social services occupations"),
    "stem": _("STEM occupations"),
    "trades": _("Trade occupations"),
    "transport": _("Transport occupations"),
    "agriculture": _("Agriculture and agri-food occupations"),
    "education": _("Education occupations"),
    "physicians": _("Physicians with Canadian work experience"),
    "senior_managers": _("Senior managers with Canadian work experience"),
    "researchers": _("Researchers with Canadian work experience"),
    "military": _("Skilled military recruits"),
    "other": _("Other targeted draws"),
}

# Published name stems (lower case, as IRCC wrote them over the years) → the draw type whose name
# translates them; older names that are not today's get their own words.
_STEM_TYPES = {
    "canadian experience class": "cec",
    "provincial nominee program": "pnp",
    "federal skilled trades": "fst",
    "federal skilled worker": "fsw",
    "french language proficiency": "french",
    "french-language proficiency": "french",
    "healthcare and social services occupations": "healthcare",
    "stem occupations": "stem",
    "trade occupations": "trades",
    "trades occupations": "trades",
    "transport occupations": "transport",
    "agriculture and agri-food occupations": "agriculture",
    "education occupations": "education",
    "physicians with canadian work experience": "physicians",
    "senior managers with canadian work experience": "senior_managers",
    "researchers with canadian work experience": "researchers",
    "skilled military recruits": "military",
}
STEMS = {
    "no program specified": _("No Program Specified"),
    "general": _("General"),
    "healthcare occupations": _("Healthcare occupations"),
    **{stem: ROUND_NAMES[draw_type] for stem, draw_type in _STEM_TYPES.items()},
}

# "Transport Occupations, 2026-Version 2", "French-Language proficiency 2026-Version 2",
# "Healthcare occupations (Version 1)"
VERSIONED = re.compile(
    r"^(?P<stem>.*?),?\s*(?:(?P<year>\d{4})-Version\s*(?P<number>\d+)|\(Version\s*(?P<only>\d+)\))$", re.IGNORECASE
)


def published_name(name: str, category: str) -> str:
    """``name`` as IRCC published it in English; in another language, translated."""
    if (translation.get_language() or "en").split("-")[0] == "en":
        return name
    match = VERSIONED.match(" ".join(name.split()))
    stem = match["stem"] if match else name
    translated = STEMS.get(" ".join(stem.split()).lower())
    if translated is None:
        return str(ROUND_NAMES.get(category, name))
    if match and match["year"]:
        return gettext("%(name)s (%(year)s, version %(number)s)") % {
            "name": translated,
            "year": match["year"],
            "number": match["number"],
        }
    if match:
        return gettext("%(name)s (version %(number)s)") % {"name": translated, "number": match["only"]}
    return str(translated)
