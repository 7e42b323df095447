"""What `make bench` measures: one line per page.  A page whose URL does not
answer 200 on this checkout is reported as absent, not measured."""

from __future__ import annotations

from dataclasses import dataclass

BARE = "bare view"
PREVIEW = "live-score preview"
BARE_POST = "bare view, POSTed as the preview"


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    method: str = "GET"
    session: bool = True  # sent with the answered visitor's cookies
    preview_body: bool = False
    htmx: bool = False
    reference: bool = False  # a bare view, measured to compare with; not part of the app
    goal: float | None = None  # req/s at GOAL_CLIENTS clients, as a share of the bare view's (issue 18)


GOAL_CLIENTS = 8


PAGES = [
    Page(BARE, "/bench/bare", session=False, reference=True),
    # The same bare view, sent what the preview is sent (session cookie, CSRF token, the Languages
    # step's fields): the part of the preview's cost that any CSRF-checked POST pays.
    Page(BARE_POST, "/bench/bare", method="POST", preview_body=True, htmx=True, reference=True),
    Page(PREVIEW, "/en/calculator/preview/", method="POST", preview_body=True, htmx=True, goal=0.40),
    Page("wizard step (Languages)", "/en/calculator/languages/", goal=0.20),
    Page("result page", "/en/calculator/result/", goal=0.15),
    Page("draws comparison", "/en/draws/standing/?score=478", goal=0.30),
    # What the occupation finder asks at each keystroke (htmx): the lookup and its partial.
    Page(
        "occupation suggestions", "/en/calculator/occupations/?q=infirmi%C3%A8re&purpose=noc", session=False, htmx=True
    ),
]
