"""Middleware of the site's frame."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path


def remember_language(get_response: Callable[[HttpRequest], HttpResponse]):
    """Keep the language of the last prefixed page (/en/…, /fr/…) in the
    language cookie, so that unprefixed pages — share links /r/<id>/ — and the
    bare / follow the language the visitor chose with the switcher.  Before any
    choice, Accept-Language decides (LocaleMiddleware)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        language = get_language_from_path(request.path_info)
        if language is None:
            # One URL, a page per language: caches must key on the cookie too.
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        elif response.status_code < 400 and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response

    return middleware


def reject_nul_bytes(get_response: Callable[[HttpRequest], HttpResponse]):
    """A NUL byte is never part of a valid path or query here, and PostgreSQL refuses it in a
    query (a 500 from any lookup or admin filter it reached).  Such requests are answered before
    any view runs: 404 for the path (no object can have that name), 400 for the query string."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path_info:
            return HttpResponseNotFound("Not found", content_type="text/plain; charset=utf-8")
        if any("\x00" in text for key, values in request.GET.lists() for text in (key, *values)):
            return HttpResponseBadRequest(
                "The query string holds a NUL byte.", content_type="text/plain; charset=utf-8"
            )
        return get_response(request)

    return middleware
