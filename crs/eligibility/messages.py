"""The engine's sentences as translatable messages, without importing Django.

Every user-facing sentence is written once, here in the engine, as a gettext msgid with named
placeholders: ``_("needs %(wanted)s; has %(months)s months", wanted=..., months=12)``. ``makemessages``
(xgettext) collects the literal because the call is named ``_``; the call itself translates nothing
and returns a ``Message``, whose ``english()`` is the ``detail`` the JSON API has always given and
whose ``as_json()`` is the same sentence as msgid + parameters, which the site renders in the
reader's language (``calculator/eligibility/text.py``).

A parameter is an int (numbers are grouped for the language: 15,263 / 15 263), a str shown as it
is (a NOC code, a date), a nested ``Message`` (translated too), a ``Joined`` list of messages, or a
``CategoryName`` (named by the site from its id, since category names come from a data file).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Union

Param = Union[int, str, "Message", "Joined", "CategoryName"]
Text = Union["Message", "Joined"]  # what a requirement's or a grid line's detail is made from


@dataclass(frozen=True)
class Message:
    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def english(self) -> str:
        if not self.params:
            return self.msgid
        return self.msgid % {key: _english(value) for key, value in self.params.items()}

    def with_params(self, **params: Param) -> Message:
        return Message(self.msgid, {**self.params, **params})

    def as_json(self) -> dict[str, Any]:
        return {"msgid": self.msgid, "params": {key: _json(value) for key, value in self.params.items()}}

    def __str__(self) -> str:
        return self.english()


@dataclass(frozen=True)
class Joined:
    """Messages shown as one list (``"; "`` between the shortfalls of each ability, say)."""

    separator: str
    items: Sequence[Message]

    def english(self) -> str:
        return _english(self)

    def as_json(self) -> dict[str, Any]:
        return {"join": self.separator, "items": [item.as_json() for item in self.items]}


@dataclass(frozen=True)
class CategoryName:
    id: str
    text: str  # the English name from the data file

    def english(self) -> str:
        return self.text

    def as_json(self) -> dict[str, Any]:
        return {"category": self.id, "text": self.text}


def _(msgid: str, /, **params: Param) -> Message:
    """Mark ``msgid`` for translation and keep its parameters (see the module docstring)."""
    return Message(msgid, params)


def _english(value: Param) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, Joined):
        return value.separator.join(item.english() for item in value.items)
    if isinstance(value, CategoryName):
        return value.text
    return str(value)


def _json(value: Param) -> Any:
    if isinstance(value, (Message, Joined, CategoryName)):
        return value.as_json()
    return value
