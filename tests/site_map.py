"""What the site has, found rather than listed: the parameterless pages in the URL
configuration, the pages reachable by following links from them, and the fields of the
forms on a page.  Shared by the security crawl and the fuzz tests, so a page or a form
added later is checked without touching them."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

SKIPPED_PREFIXES = ("/static/", "/media/", "/i18n/", "/admin/logout", "/__debug__/")


def page_urls(language: str = "en") -> list[str]:
    """Every route without parameters, as a path (``/en/…``, ``/api/score``)."""
    with translation.override(language):
        found = [f"/{route}" for route in _routes(get_resolver().url_patterns, "")]
    return sorted({url for url in found if not url.startswith(SKIPPED_PREFIXES)})


def _routes(patterns, prefix: str):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if any(marker in route for marker in "<(^$\\[*?"):
            continue
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


@dataclass
class Page:
    url: str
    status: int
    content_type: str
    html: str
    headers: dict = field(default_factory=dict)


def crawl(client, starts: list[str], *, limit: int = 80) -> list[Page]:
    """GET ``starts`` and every same-site page they link to (breadth first, ``limit`` pages)."""
    queue = deque(starts)
    seen: set[str] = set()
    pages: list[Page] = []
    while queue and len(pages) < limit:
        url = queue.popleft()
        if url in seen or url.startswith(SKIPPED_PREFIXES):
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        final = response.request["PATH_INFO"]
        content_type = response.get("Content-Type", "")
        html = response.content.decode("utf-8", "replace") if "html" in content_type else ""
        pages.append(Page(final, response.status_code, content_type, html, dict(response.items())))
        seen.add(final)
        for link in links(html):
            if link not in seen:
                queue.append(link)
    return pages


def links(html: str) -> list[str]:
    """Same-site link targets (``href`` of ``<a>``), without fragments."""
    parser = _Collector()
    parser.feed(html)
    found = []
    for tag, attrs in parser.elements:
        href = attrs.get("href") or ""
        if tag != "a" or not href:
            continue
        href = urldefrag(href)[0]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue
        found.append(href)
    return found


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # input type, "select" or "textarea"
    options: tuple[str, ...] = ()


def form_fields(html: str, *, form_id: str | None = None, method: str = "post") -> list[Field]:
    """The named fields of the first form with ``method`` on the page (or the form with ``form_id``)."""
    parser = _Collector()
    parser.feed(html)
    fields: dict[str, Field] = {}
    inside = False
    current_select: str | None = None
    options: dict[str, list[str]] = {}
    for tag, attrs in parser.elements:
        if tag == "form":
            wanted = attrs.get("id") == form_id if form_id else (attrs.get("method") or "get").lower() == method
            if inside:
                break
            inside = wanted
            continue
        if tag == "/form":
            if inside:
                break
            continue
        if not inside:
            continue
        name = attrs.get("name")
        if tag == "select" and name:
            current_select = name
            options[name] = []
            fields[name] = Field(name, "select")
        elif tag == "option" and current_select:
            options[current_select].append(attrs.get("value", ""))
        elif tag == "/select":
            current_select = None
        elif tag in {"input", "textarea"} and name:
            kind = "textarea" if tag == "textarea" else (attrs.get("type") or "text").lower()
            if kind in {"submit", "button", "image", "reset"}:
                continue
            previous = fields.get(name)
            values = (*previous.options, attrs.get("value", "")) if previous else (attrs.get("value", ""),)
            fields[name] = Field(name, kind, values if kind in {"radio", "checkbox", "hidden"} else ())
    return [Field(f.name, f.kind, tuple(options[f.name])) if f.kind == "select" else f for f in fields.values()]


class _Collector(HTMLParser):
    """Start tags (and end tags as ``/tag``) in document order, with their attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text_after: dict[int, str] = {}

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {key: value if value is not None else "" for key, value in attrs}))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.elements.append((f"/{tag}", {}))

    def handle_data(self, data):
        if self.elements:
            index = len(self.elements) - 1
            self.text_after[index] = self.text_after.get(index, "") + data


def inline_code(html: str) -> list[str]:
    """Everything a strict CSP would block: inline scripts, style elements and attributes,
    event-handler attributes and ``javascript:`` URLs."""
    parser = _Collector()
    parser.feed(html)
    problems = []
    for index, (tag, attrs) in enumerate(parser.elements):
        if tag == "script" and not attrs.get("src"):
            script_type = attrs.get("type", "").lower()
            body = parser.text_after.get(index, "").strip()
            if script_type not in {"application/json", "application/ld+json"} and body:
                problems.append(f"inline <script>: {body[:60]!r}")
        if tag == "style":
            problems.append("<style> element")
        for name, value in attrs.items():
            if name == "style":
                problems.append(f"style attribute on <{tag}>: {value[:60]!r}")
            elif name.startswith("on"):
                problems.append(f"{name} handler on <{tag}>")
            elif name in {"href", "src", "action", "formaction"} and value.strip().lower().startswith("javascript:"):
                problems.append(f"javascript: URL in {name} on <{tag}>")
    return problems


def route_names(patterns=None, namespace: str = ""):
    """Every named route of the URL configuration, with its namespace (``calculator:result``)."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from route_names(entry.url_patterns, inner)
        elif entry.name:
            yield namespace + entry.name
