"""Every translated name the site gives one of the domain's ids, written once.

The engines (``crs/``) speak ids: the draw types and categories of ``crs.rounds`` and
``crs.vocabulary.CATEGORY_IDS``, the programs, the requirements and selection-grid factors of
``crs.eligibility``, the abilities (``crs.vocabulary.ABILITIES``), the sections of the breakdown
(``crs.vocabulary.SECTIONS``) and their lines. A page that shows one of them takes its name from
here, so a translator or a newcomer finds the wording in one file and two pages never call the same
thing by different words. The wording is IRCC's (docs/eligibility.md, docs/crs-rules.md).

One table is not written here: the names of the draw types, categories included, live in
``draws.names.ROUND_NAMES`` and are imported below. The draws app labels its own categories with
them (``draws.models.Category``) and may not import ``calculator`` (docs/architecture.md), so the
table sits in the lower app and this module re-exports it; ``tests/calculator/test_labels.py``
fails if any other module writes its own table of category names.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from crs.vocabulary import CATEGORY_IDS
from draws.names import ROUND_NAMES

__all__ = [
    "ABILITY_NAMES",
    "CATEGORY_NAMES",
    "EDUCATION_NAMES",
    "GRID_FACTORS",
    "LANGUAGE_NAMES",
    "LINE_NAMES",
    "PROGRAM_NAMES",
    "PROGRAM_SHORT",
    "REQUIREMENT_NAMES",
    "ROUND_NAMES",
    "SECTION_NAMES",
    "SECTION_SHORT_NAMES",
    "ability_in_sentence",
    "category_name",
]

# The rounds of invitations: draw types (crs.rounds.DRAW_TYPES and OTHER), categories among them.
CATEGORY_NAMES = {category: ROUND_NAMES[category] for category in CATEGORY_IDS}

# The three Express Entry programs (crs.eligibility): their names are their rounds' names.
PROGRAM_NAMES = {program: ROUND_NAMES[program] for program in ("fsw", "cec", "fst")}
PROGRAM_SHORT = {"fsw": _("FSW"), "cec": _("CEC"), "fst": _("FST")}

# What a program or a category requires (the ids of crs.eligibility's requirement lines).
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
# The six factors of the Federal Skilled Worker selection grid.
GRID_FACTORS = {
    "language": _("Official languages"),
    "education": _("Education"),
    "experience": _("Work experience"),
    "age": _("Age"),
    "arranged_employment": _("Arranged employment in Canada"),
    "adaptability": _("Adaptability"),
}

# The four abilities a language test reports (crs.vocabulary.ABILITIES), as a field's label.
ABILITY_NAMES = {
    "reading": _("Reading"),
    "writing": _("Writing"),
    "listening": _("Listening"),
    "speaking": _("Speaking"),
}
LANGUAGE_NAMES = {"english": _("English"), "french": _("French")}
# Credentials as the planner's actions name them ("Earn …", "Complete …").
EDUCATION_NAMES = {
    "two_or_more": _("a second post-secondary credential (two or more, one of them 3 years or longer)"),
    "masters": _("a master's degree (or an entry-to-practice professional degree)"),
    "bachelors": _("a bachelor's degree"),
    "one_or_two_year": _("a Canadian diploma or certificate of 1 or 2 years"),
    "three_year_plus": _("a Canadian degree or diploma of 3 years or more (or a master's or doctorate)"),
}

# The four sections of the breakdown (crs.vocabulary.SECTIONS), as IRCC's grid names them.
SECTION_NAMES = {
    "core": _("Core / human capital factors"),
    "spouse": _("Spouse or common-law partner factors"),
    "transferability": _("Skill transferability factors"),
    "additional": _("Additional points"),
}
# The same four where there is room for one word (the live score panel beside the questions).
SECTION_SHORT_NAMES = {
    "core": _("Core"),
    "spouse": _("Spouse"),
    "transferability": _("Transferability"),
    "additional": _("Additional"),
}
# The lines of each section, keyed (section, line) as the breakdown holds them; the result's breakdown
# lists them under their section's name, so a spouse's line needs no "spouse" of its own.
LINE_NAMES = {
    ("core", "age"): _("Age"),
    ("core", "education"): _("Level of education"),
    ("core", "first_language"): _("Official languages: first official language"),
    ("core", "second_language"): _("Official languages: second official language"),
    ("core", "canadian_work"): _("Canadian work experience"),
    ("spouse", "education"): _("Level of education"),
    ("spouse", "language"): _("First official language"),
    ("spouse", "canadian_work"): _("Canadian work experience"),
    ("transferability", "education_language"): _("Official language proficiency and education"),
    ("transferability", "education_canadian_work"): _("Canadian work experience and education"),
    ("transferability", "foreign_language"): _("Official language proficiency and foreign work experience"),
    ("transferability", "foreign_canadian_work"): _("Canadian and foreign work experience"),
    ("transferability", "certificate_language"): _(
        "Certificate of qualification (official language proficiency and certificate)"
    ),
    ("additional", "provincial_nomination"): _("Provincial or territorial nomination"),
    ("additional", "job_offer"): _("Arranged employment"),
    ("additional", "canadian_education"): _("Post-secondary education in Canada"),
    ("additional", "french"): _("French-language skills"),
    ("additional", "sibling"): _("Brother or sister in Canada"),
}


def category_name(category_id: str, default: str = "") -> str:
    """A category's name; an id no table knows (a new one in the data) keeps the data's own name."""
    return str(CATEGORY_NAMES.get(category_id, default or category_id))


def ability_in_sentence(ability: str) -> str:
    """An ability's name inside a sentence ("raise reading", « compréhension de l'écrit »)."""
    return str(ABILITY_NAMES[ability]).lower()
