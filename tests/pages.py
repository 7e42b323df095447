"""Every page of the site, for the scans that must cover all of them: French
text (tests/test_i18n.py), accessibility and reflow (tests/e2e/test_a11y.py).

A page is a path without its language prefix.  `invalid` is form data that
makes the page answer with its errors shown (200, the form re-rendered), for
the "with errors" half of each scan.  `prepare(client)` puts the session or
the database in the state the page needs (answers given, a result saved)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    prefixed: bool = True  # under /en/ and /fr/; False for /r/<id>/
    invalid: dict | None = None
    status: int = 200
    prepare: Callable | None = field(default=None, compare=False)

    def url(self, language: str) -> str:
        return f"/{language}{self.path}" if self.prefixed else self.path


def site_pages() -> list[Page]:
    return [
        Page("home", "/"),
        Page("not-found", "/no-such-page/", status=404),
    ]
