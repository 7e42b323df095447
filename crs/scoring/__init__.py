"""The CRS scoring engine: pure Python, no Django, so the CLI, API, wizard and benchmarks share it.

Public API: ``score``; ``with_spouse`` and ``scored_with_spouse`` (the spouse rule, for callers that
ask before scoring); ``ProfileError``, ``RULE_SETS``, ``rule_set_for``, ``RuleSet``. Language-test
metadata lives in ``crs.scoring.language_tests``; the domain's ids and limits in ``crs.vocabulary``.
"""

from .engine import score, scored_with_spouse, with_spouse
from .errors import ProfileError
from .rule_set import RuleSet
from .rules import RULE_SETS, rule_set_for

__all__ = ["score", "scored_with_spouse", "with_spouse", "ProfileError", "RuleSet", "RULE_SETS", "rule_set_for"]
