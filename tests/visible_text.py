"""The text a person sees or hears on a page: text nodes outside <script>,
<style> and <template>, the attributes read aloud or shown (aria-label, title,
alt, placeholder, button values) and the meta description.  Text inside an
element that says it is in another language (lang="en" on the switcher) is
left out."""

from __future__ import annotations

from html.parser import HTMLParser

SPOKEN_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")
SILENT = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Reader(HTMLParser):
    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack: list[tuple[str, str | None]] = []  # open elements: (tag, lang attribute)
        self.chunks: list[str] = []

    def _language(self) -> str:
        for _tag, lang in reversed(self.stack):
            if lang is not None:
                return lang.split("-")[0].lower()
        return self.language

    def _silent(self) -> bool:
        return any(tag in SILENT for tag, _ in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        language = (attrs.get("lang") or self._language()).split("-")[0].lower()
        if language == self.language and not self._silent():
            self.chunks.extend(attrs[name] for name in SPOKEN_ATTRIBUTES if attrs.get(name))
            if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
                self.chunks.append(attrs.get("value", ""))
            if tag == "meta" and attrs.get("name") == "description":
                self.chunks.append(attrs.get("content", ""))
        if tag not in VOID:
            self.stack.append((tag, attrs.get("lang")))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if data.strip() and not self._silent() and self._language() == self.language:
            self.chunks.append(data)


def visible_text(html: str, language: str) -> str:
    """The page's words in `language`, whitespace collapsed."""
    reader = _Reader(language)
    reader.feed(html)
    return " ".join(" ".join(reader.chunks).split())
