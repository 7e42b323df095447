"""Bytes a browser downloads for a page, everything included, compressed.

Fetches the page and every stylesheet, script and icon it references, asking
for Brotli/gzip like a browser.  Static files come compressed from whitenoise;
Django sends HTML uncompressed (compressing it in the app invites BREACH), so
the HTML is also counted as a compressing proxy would send it (gzip -6).
"""

from __future__ import annotations

import gzip
import urllib.request
from html.parser import HTMLParser


class _Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if (
            tag == "link"
            and attrs.get("href")
            and set((attrs.get("rel") or "").split()) & {"stylesheet", "icon", "preload", "modulepreload"}
        ):
            self.urls.append(attrs["href"])
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def weigh(base: str, path: str, headers: dict[str, str] | None = None) -> dict:
    ask = {"Accept-Encoding": "br, gzip", **(headers or {})}
    html = _fetch(f"{base}{path}", ask)
    parser = _Assets()
    parser.feed(html["body"].decode("utf-8", "replace"))
    assets = [_fetch(url if url.startswith("http") else f"{base}{url}", ask) for url in dict.fromkeys(parser.urls)]
    html_compressed = len(gzip.compress(html["body"], 6)) if not html["encoding"] else len(html["body"])
    rows = [
        {
            "url": path,
            "bytes": len(html["body"]),
            "compressed": html_compressed,
            "encoding": html["encoding"] or "gzip (proxy)",
        }
    ]
    rows += [
        {
            "url": a["url"].removeprefix(base),
            "bytes": len(a["body"]),
            "compressed": len(a["body"]),
            "encoding": a["encoding"] or "none",
        }
        for a in assets
    ]
    return {
        "requests": len(rows),
        "as_served": sum(r["bytes"] for r in rows),
        "compressed": sum(r["compressed"] for r in rows),
        "files": rows,
    }


def _fetch(url: str, headers: dict[str, str]) -> dict:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return {"url": url, "body": response.read(), "encoding": response.headers.get("Content-Encoding", "")}
