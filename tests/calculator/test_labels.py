"""The names the site gives the domain's ids are written once: ``calculator.labels`` (and, for the
draw types the draws app needs too, ``draws.names.ROUND_NAMES``, which it re-exports).

The second half reads the source (an AST walk, nothing imported): a module that writes its own
table of category names, as five modules once did in five different wordings, fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.utils import translation

from calculator import labels
from crs.partner_swap import SKIPPED
from crs.rounds import DRAW_TYPES, OTHER
from crs.scoring import score
from crs.vocabulary import ABILITIES, CATEGORY_IDS, SECTIONS
from draws.models import Category
from draws.names import ROUND_NAMES

ROOT = Path(__file__).resolve().parents[2]
# The one home of each table of names: labels.py, and the draw types' names the draws app shares.
HOMES = frozenset({ROOT / "calculator" / "labels.py", ROOT / "draws" / "names.py"})
TRANSLATION_CALLS = frozenset({"_", "gettext", "gettext_lazy", "gettext_noop", "pgettext", "pgettext_lazy"})


@pytest.mark.parametrize("category", CATEGORY_IDS)
def test_every_category_of_the_vocabulary_has_a_name(category):
    assert str(labels.CATEGORY_NAMES[category]).strip()


def test_every_draw_type_has_a_name():
    assert set(ROUND_NAMES) == {*DRAW_TYPES, OTHER}


def test_every_section_and_ability_has_a_name():
    assert set(labels.SECTION_NAMES) == set(labels.SECTION_SHORT_NAMES) == set(SECTIONS)
    assert set(labels.ABILITY_NAMES) == set(ABILITIES)


def test_every_line_of_a_breakdown_has_a_name():
    breakdown = score(
        {
            "marital_status": "married",
            "spouse_accompanying": True,
            "age": 30,
            "education": "bachelors",
            "first_language": {"test": "CELPIP", "scores": dict.fromkeys(ABILITIES, 9)},
        }
    )
    lines = {(section, key) for section in SECTIONS for key in breakdown[section] if key not in SKIPPED}
    assert lines == set(labels.LINE_NAMES)


def test_the_draws_categories_and_the_calculator_use_the_same_words():
    for value, label in Category.choices:
        assert label == ROUND_NAMES[value]
    for category in set(Category.values) & set(CATEGORY_IDS):
        assert dict(Category.choices)[category] == labels.CATEGORY_NAMES[category]


@pytest.mark.parametrize("category", CATEGORY_IDS)
def test_every_category_name_is_translated_into_french(category):
    with translation.override("en"):
        english = str(labels.CATEGORY_NAMES[category])
    with translation.override("fr"):
        assert str(labels.CATEGORY_NAMES[category]) != english


def _translated(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name in TRANSLATION_CALLS


def _category_id(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value in CATEGORY_IDS


def category_name_tables(source: str) -> list[int]:
    """The lines where ``source`` gives a category id a translated name of its own: a dict entry
    ``"stem": _("…")``, or a pair ``("stem", _("…"))`` (choices, a TextChoices member)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            lines += [
                key.lineno
                for key, value in zip(node.keys, node.values, strict=True)
                if _category_id(key) and _translated(value)
            ]
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            if _category_id(node.elts[0]) and _translated(node.elts[1]):
                lines.append(node.lineno)
    return lines


def test_the_scan_finds_a_table_of_category_names():
    """The check below can fail: it finds the tables the code used to have."""
    assert category_name_tables('TYPE_NAMES = {"general": _("General"), "stem": _("STEM occupations")}') == [1]
    assert category_name_tables('class Category(TextChoices):\n    TRADES = "trades", _("Trades")\n') == [2]
    assert category_name_tables('CHOICES = [("healthcare", gettext_lazy("Healthcare"))]') == [1]
    assert category_name_tables('COLOURS = {"stem": "#123456"}; CATEGORY = ("stem", ROUND_NAMES["stem"])') == []


def test_no_module_but_labels_writes_its_own_category_names():
    found = {}
    for package in ("calculator", "draws"):
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts or path in HOMES:
                continue
            if lines := category_name_tables(path.read_text(encoding="utf-8")):
                found[str(path.relative_to(ROOT))] = lines
    assert found == {}, "category names belong in calculator/labels.py (draws/names.py for draw types)"
