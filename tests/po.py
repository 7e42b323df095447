"""A small reader for the project's gettext catalogue (no dependency): enough
to list entries, their flags and whether they are translated."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

FRENCH_PO = Path(__file__).resolve().parents[1] / "locale" / "fr" / "LC_MESSAGES" / "django.po"


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr.values())

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


def read_po(path: Path = FRENCH_PO) -> list[Entry]:
    """Every entry, the header (msgid "") first, in file order."""
    entries: list[Entry] = []
    entry = Entry()
    key: tuple[str, int] | None = None

    def finish():
        nonlocal entry, key
        if key is not None:
            entries.append(entry)
        entry, key = Entry(), None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if key is not None and key[0] == "msgstr" and not line.startswith('"'):
            finish()  # the next entry starts without a blank line
        if line.startswith("#~"):
            entry.obsolete = True
            continue
        if line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            _append(entry, key, ast.literal_eval(line))
            continue
        keyword, _, value = line.partition(" ")
        if keyword.startswith("msgstr["):
            key = ("msgstr", int(keyword[7:-1]))
        else:
            key = (keyword, 0)
        if key[0] == "msgstr":
            entry.msgstr[key[1]] = ""
        _append(entry, key, ast.literal_eval(value))
    finish()
    return [entry for entry in entries if not entry.obsolete]


def messages(path: Path = FRENCH_PO) -> list[Entry]:
    """The entries to translate: every one but the header."""
    return [entry for entry in read_po(path) if entry.msgid]


def _append(entry: Entry, key: tuple[str, int] | None, text: str) -> None:
    if key is None:
        return
    name, index = key
    if name == "msgstr":
        entry.msgstr[index] += text
    elif name == "msgid":
        entry.msgid += text
    elif name == "msgid_plural":
        entry.msgid_plural = (entry.msgid_plural or "") + text
    elif name == "msgctxt":
        entry.msgctxt = (entry.msgctxt or "") + text
