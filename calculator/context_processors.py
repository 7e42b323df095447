"""Template context shared by every page."""

from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject, lazy
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_from_path

from draws.names import max_score_text


def language_links(request: HttpRequest) -> dict:
    """The current page in each language, so switching keeps the step, the
    query string and, through the session, every answer.

    Lazy: only full pages show the switcher, and reversing every URL costs a
    third of the live-score partial's render, which never shows it."""
    return {"language_links": SimpleLazyObject(lambda: _links(request))}


def max_score(request: HttpRequest) -> dict:
    """The highest CRS score, read from the rule sets (crs.vocabulary), as the page's language writes
    it (grouped, as IRCC writes it in each language): templates say "of {{ max_score }}", never the
    number itself."""
    return {"max_score": _max_score_text()}


_max_score_text = lazy(max_score_text, str)  # formatted when rendered, in the language active then


def _links(request: HttpRequest) -> list[dict]:
    """Unprefixed pages (share links /r/<id>/) have one URL for both languages;
    there the link adds ``?lang=`` (read by those views, see calculator/saved/views.py)."""
    path = request.get_full_path()
    if get_language_from_path(request.path_info) is None:
        return [
            {"code": code, "name": name, "url": f"{request.path}?{urlencode({'lang': code})}"}
            for code, name in settings.LANGUAGES
        ]
    current = get_language()
    return [{"code": code, "name": name, "url": _translated(path, code, current)} for code, name in settings.LANGUAGES]


@lru_cache(maxsize=1024)
def _translated(path: str, code: str, current: str) -> str:
    """``translate_url``, worked out once per page address: it resolves the path and reverses it
    (a quarter of a millisecond), and the answer depends only on the address, the target language
    and the active one (the URL patterns never change while the process runs)."""
    return translate_url(path, code)
