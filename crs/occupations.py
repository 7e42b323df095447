"""Occupations by job title: NOC 2021 unit groups found from what a person calls their job.

Nobody knows their NOC code by heart, but everyone can type "registered nurse" or « infirmière ».
``data/noc-2021.json`` holds all 516 NOC 2021 unit groups with their TEER and about 57,000
illustrative job titles in English and French (Statistics Canada, NOC 2021 Version 1.0; Statistics
Canada Open Licence, see ``data/NOC-2021-LICENCE.md``).

A lookup must stay well under 5 ms over every title (``make bench``), so the titles are indexed
once per process: each title folded (case and accents dropped, punctuation as spaces) and every
word of it in a sorted list, so the titles holding a word that starts with the typed text are a
binary search away. Pure Python, no Django.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crs.dated import in_force
from crs.eligibility.rules.categories import category_rules

DATA = Path(__file__).resolve().parent / "data" / "noc-2021.json"
MIN_QUERY = 2  # characters: one letter matches a third of all titles and helps nobody
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_ACCENTS = re.compile(r"[\u0300-\u036f]+")  # combining marks, once NFKD has split them off


@dataclass(frozen=True)
class Occupation:
    code: str  # five digits
    teer: int  # 0-5, the code's second digit
    title_en: str
    title_fr: str

    @property
    def major_group_00(self) -> bool:
        """Senior management occupations (00010-00015), which a job offer's points treat apart."""
        return self.code.startswith("00")

    def title(self, language: str) -> str:
        return self.title_fr if language == "fr" else self.title_en


@dataclass(frozen=True)
class Match:
    occupation: Occupation
    title: str  # the job title that matched, as published
    language: str  # "en" or "fr": the language of that title


class OccupationIndex:
    """Every title of the file, indexed by the start of each word.

    Titles are numbered shortest first, and each word keeps the numbers of its titles in order, so
    walking the merged lists of the words that start with the typed text meets the best (shortest)
    titles first and can stop as soon as ``limit`` unit groups are found, however common the
    prefix ("co" starts 1,400 words)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.occupations = {
            row["code"]: Occupation(row["code"], int(row["teer"]), row["title_en"], row["title_fr"]) for row in rows
        }
        titles: list[tuple[str, str, str, str]] = []
        for row in rows:
            for language in ("en", "fr"):
                for text in (row[f"title_{language}"], *row[f"examples_{language}"]):
                    folded = fold(text)
                    if folded:
                        titles.append((" " + folded, text, row["code"], language))
        titles.sort(key=lambda title: (len(title[0]), title[0]))
        self.titles = tuple(titles)
        self._exact: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        for number, (folded, _text, _code, _language) in enumerate(self.titles):
            self._exact.setdefault(folded, []).append(number)
            for word in set(folded.split()):
                by_word.setdefault(word, []).append(number)
        self._words = sorted(by_word)
        self._ids = [by_word[word] for word in self._words]
        self._reach = list(itertools.accumulate((len(ids) for ids in self._ids), initial=0))

    def get(self, code: str) -> Occupation | None:
        return self.occupations.get(code)

    def search(self, query: str, *, limit: int = 10) -> list[Match]:
        """The unit groups with a title holding every word typed (as the start of a word): a title
        equal to the query first, then the shortest titles. One match per NOC code, with its best
        title."""
        folded = fold(query)
        tokens = folded.split()
        if len(folded) < MIN_QUERY or not tokens:
            return []
        needles = [" " + token for token in tokens]
        ranges = [self._range(token) for token in tokens]
        start, end = min(ranges, key=lambda span: self._reach[span[1]] - self._reach[span[0]])
        walk = heapq.merge(*self._ids[start:end]) if end - start > 1 else iter(self._ids[start] if end > start else ())
        found: dict[str, int] = {}
        for number in itertools.chain(self._exact.get(" " + folded, ()), walk):
            if len(found) >= limit:
                break
            folded_title, _text, code, _language = self.titles[number]
            if code not in found and all(needle in folded_title for needle in needles):
                found[code] = number
        return [
            Match(self.occupations[code], self.titles[number][1], self.titles[number][3])
            for code, number in found.items()
        ]

    def _range(self, token: str) -> tuple[int, int]:
        """The words starting with ``token``: positions in the sorted word list."""
        return bisect.bisect_left(self._words, token), bisect.bisect_left(self._words, token + "\uffff")


def fold(text: str) -> str:
    """Lower case, accents dropped, anything but letters and digits as single spaces:
    « Infirmière autorisée » and "infirmiere autorisee" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold()).replace("œ", "oe").replace("æ", "ae")
    return _NOT_WORD.sub(" ", _ACCENTS.sub("", decomposed)).strip()


@cache
def occupation_index() -> OccupationIndex:
    """The index, built on first use and kept for the life of the process."""
    return OccupationIndex(json.loads(DATA.read_text(encoding="utf-8")))


def category_lists(code: str, on: dt.date) -> tuple[str, ...]:
    """The ids of the category-based selection lists that include ``code`` on ``on`` (none before
    category-based selection began)."""
    rules, before = in_force(category_rules(), on)
    if before:
        return ()
    return tuple(
        category.id
        for category in rules.categories
        if category.occupations is not None and code in category.occupations.codes
    )
