"""The highest CRS score is read from the rule sets (``crs.vocabulary.MAX_SCORE``), never written out:
templates say "of {{ max_score }}" (calculator.context_processors.max_score), forms and the API
schema use MAX_SCORE. A page that writes the number itself would keep saying it if the rules changed.

The only 1200s left are not the score: the link-preview image's width, and the name of a database
constraint, kept so no migration has to rename it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.utils import translation

from calculator.context_processors import max_score
from crs.vocabulary import MAX_SCORE

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("calculator", "draws", "templates")
NOT_THE_SCORE = {
    ("calculator/saved/card.py", "WIDTH, HEIGHT = 1200, 630"),  # the card's size in pixels
    ("templates/calculator/saved/shared_result.html", '<meta property="og:image:width" content="1200">'),
    ("draws/models.py", 'name="draw_cutoff_0_1200"'),  # the constraint's name in the database
}


def literal_max_scores(path: str, text: str, maximum: int = MAX_SCORE) -> list[str]:
    """The lines of ``text`` that write ``maximum`` (1200 or 1,200), except the listed non-scores."""
    written = re.compile(rf"(?<![\d.,]){maximum // 1000}[,\u202f\u00a0 ]?{maximum % 1000:03d}(?!\d|[.,]\d)")
    return [
        line.strip()
        for line in text.splitlines()
        if written.search(line) and not any(path == where and allowed in line for where, allowed in NOT_THE_SCORE)
    ]


def test_the_scan_finds_the_maximum_written_out():
    assert literal_max_scores("x.html", "<span>/ 1200</span>") == ["<span>/ 1200</span>"]
    assert literal_max_scores("x.py", '_("A whole number from 0 to 1,200.")') != []
    assert literal_max_scores("x.py", "SCORE = 11200 or 1200.5 or 120") == []
    assert literal_max_scores("calculator/saved/card.py", "WIDTH, HEIGHT = 1200, 630") == []


def test_no_template_or_module_writes_the_maximum_score():
    found = {}
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in (".py", ".html", ".txt", ".xml") or "migrations" in path.parts:
                continue
            relative = str(path.relative_to(ROOT))
            if lines := literal_max_scores(relative, path.read_text(encoding="utf-8")):
                found[relative] = lines
    assert found == {}, "use crs.vocabulary.MAX_SCORE (templates: {{ max_score }})"


@pytest.mark.parametrize(("language", "expected"), [("en", "1,200"), ("fr", "1\u202f200")])
def test_pages_write_the_maximum_as_the_language_writes_numbers(language, expected):
    context = max_score(RequestFactory().get("/"))
    with translation.override(language):
        assert str(context["max_score"]) == expected
