"""Template context shared by every page."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language_from_path


def language_links(request: HttpRequest) -> dict:
    """The current page in each language, so switching keeps the step, the
    query string and, through the session, every answer.

    Unprefixed pages (share links /r/<id>/) have one URL for both languages:
    there the switcher posts to Django's set_language view, which stores the
    choice in the language cookie and comes back to the same page."""
    path = request.get_full_path()
    return {
        "language_prefixed": get_language_from_path(request.path_info) is not None,
        "language_next": path,
        "language_links": [
            {"code": code, "name": name, "url": translate_url(path, code)}
            for code, name in settings.LANGUAGES
        ],
    }
