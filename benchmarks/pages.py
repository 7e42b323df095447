"""What `make bench` measures: one line per page.  A page whose URL does not
answer 200 on this checkout is reported as absent, not measured."""

from __future__ import annotations

from dataclasses import dataclass

BARE = "bare view"


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    method: str = "GET"
    session: bool = True  # sent with the answered visitor's cookies
    preview_body: bool = False
    htmx: bool = False


PAGES = [
    Page(BARE, "/bench/bare", session=False),
    Page("live-score preview", "/en/calculator/preview/", method="POST", preview_body=True, htmx=True),
    Page("wizard step", "/en/calculator/work/"),
    Page("result page", "/en/calculator/result/"),
    Page("draws comparison", "/en/draws/standing/?score=470"),
]
