"""Fetching IRCC's rounds feed over HTTP: no database, no Django.

The feed is a public JSON file of about 1 MB.  The request has a timeout and the answer a size
cap, so a hung or runaway server cannot hold a worker or fill its memory; it sends back the
ETag and Last-Modified of the previous answer, so an unchanged feed costs a 304 and no parsing.
Every failure is a `FeedError` saying what went wrong.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from .feed import FeedError, decode_feed

TIMEOUT_SECONDS = 30
MAX_BYTES = 8 * 1024 * 1024  # the full feed is about 1 MB
USER_AGENT = "crs-calculator (Express Entry draw history refresh)"


@dataclass(frozen=True)
class Fetched:
    text: str  # "" when not modified
    etag: str
    last_modified: str
    not_modified: bool = False


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """GET `url` (http or https only), conditionally when `etag` or `last_modified` is given."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(f"{url}: only http:// and https:// addresses can be fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FeedError(f"{url}: the feed is {declared} bytes, over the {max_bytes}-byte limit")
            body = _read_capped(response, url, max_bytes)
            if declared and declared.isdigit() and len(body) < int(declared):
                raise FeedError(f"{url}: the answer was cut short ({len(body)} of {declared} bytes)")
            return Fetched(
                text=_decoded(body, url),
                etag=response.headers.get("ETag", ""),
                last_modified=response.headers.get("Last-Modified", ""),
            )
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Fetched(
                text="",
                etag=error.headers.get("ETag", "") or etag,
                last_modified=error.headers.get("Last-Modified", "") or last_modified,
                not_modified=True,
            )
        raise FeedError(f"{url}: the server answered HTTP {error.code}") from None
    except urllib.error.URLError as error:
        raise FeedError(f"{url}: unreachable ({error.reason})") from None
    except TimeoutError:
        raise FeedError(f"{url}: no answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise FeedError(f"{url}: the answer was cut short or malformed ({error!r})") from None


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    chunks, size = [], 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FeedError(f"{url}: the feed is over the {max_bytes}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _decoded(body: bytes, url: str) -> str:
    try:
        return decode_feed(body)
    except FeedError as error:
        raise FeedError(f"{url}: {error}") from None
