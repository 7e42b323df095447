"""The shape every dated rule set fills in, and the vocabulary its tables are indexed by.

A rule set is data: tables of points plus the date it took effect and where the numbers come from.
The engine only indexes these tables, so a new rule set is a new module under ``rules/`` (usually
``previous.RULE_SET.replace(...)`` with the tables that changed), never a date test in the engine.

Table conventions, chosen so scoring is pure indexing:
- a *pair* is ``(single, with_spouse)`` and is indexed by the ``with_spouse`` bool;
- language tables are tuples indexed by CLB 0–10;
- education tables are tuples indexed by position in ``EDUCATION_LEVELS`` (the official order);
- work tables are tuples indexed by whole years, the last entry being "N or more".
"""

EDUCATION_LEVELS = (
    "less_than_secondary",
    "secondary",
    "one_year",
    "two_year",
    "bachelors",
    "two_or_more",
    "masters",
    "doctoral",
)
CANADIAN_EDUCATION_LEVELS = ("none", "secondary", "one_or_two_year", "three_year_plus")
MARITAL_STATUSES = ("single", "married", "common_law", "divorced", "separated", "widowed", "annulled")
SPOUSE_STATUSES = frozenset(("married", "common_law"))

_FIELDS = (
    "id",
    "effective_from",
    "source",
    "verified_on",
    # A. core
    "age",
    "education",
    "first_language",
    "second_language",
    "second_language_cap",
    "canadian_work",
    # B. spouse
    "spouse_education",
    "spouse_language",
    "spouse_canadian_work",
    # C. transferability
    "education_tier",
    "language_tier",
    "canadian_work_tier",
    "foreign_work_tier",
    "education_language",
    "education_canadian_work",
    "foreign_language",
    "foreign_canadian_work",
    "certificate_language",
    "transferability_group_cap",
    "transferability_cap",
    # D. additional
    "provincial_nomination",
    "classify_job_offer",
    "job_offer",
    "canadian_education",
    "sibling",
    "french_min_nclc",
    "french_english_min_clb",
    "french",
    "additional_cap",
    # reported changes after this set that the calculator does not model: ((date, warning, job-offer warning), ...)
    "unmodelled_changes",
)


class RuleSet:
    """One dated CRS grid. Plain slots, built once at import; the engine reads attributes only."""

    __slots__ = _FIELDS

    def __init__(self, **tables):
        missing = set(_FIELDS) - tables.keys()
        unknown = tables.keys() - set(_FIELDS)
        if missing or unknown:
            raise TypeError(f"RuleSet tables missing {sorted(missing)}, unknown {sorted(unknown)}")
        for name, value in tables.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError("rule sets are read-only; build a new one with replace()")

    def replace(self, **changes):
        """A new rule set equal to this one except for ``changes`` (a later era reusing tables)."""
        return RuleSet(**{name: getattr(self, name) for name in _FIELDS} | changes)

    def __repr__(self):
        return f"<RuleSet {self.id}>"
