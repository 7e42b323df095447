"""The share links this browser made, so it (and only it) can delete them.

Kept in a signed cookie, not in the session: reading it costs no query on the share page (3 at
most), it outlives Start over (which flushes the session) so a person can still take a link down
after clearing their answers, and it holds ids only, no answers. Signed under the secret key, so
knowing a link is not enough to claim it.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from calculator.models import lifetime
from calculator.saved.selectors import PUBLIC_ID

COOKIE = "crs_links"
SALT = "calculator.saved.owned_links"
MAX_LINKS = 20  # the newest; 20 ids and the signature stay well under a cookie's 4 KB


def ids(request: HttpRequest) -> list[str]:
    value = request.get_signed_cookie(COOKIE, default="", salt=SALT)
    return [public_id for public_id in value.split(",") if PUBLIC_ID.fullmatch(public_id)]


def owns(request: HttpRequest, public_id: str) -> bool:
    return public_id in ids(request)


def remember(request: HttpRequest, response: HttpResponse, public_id: str) -> None:
    kept = [other for other in ids(request) if other != public_id][-(MAX_LINKS - 1) :]
    _store(response, [*kept, public_id])


def forget(request: HttpRequest, response: HttpResponse, public_id: str) -> None:
    _store(response, [other for other in ids(request) if other != public_id])


def _store(response: HttpResponse, public_ids: list[str]) -> None:
    response.set_signed_cookie(
        COOKIE,
        ",".join(public_ids),
        salt=SALT,
        max_age=int(lifetime().total_seconds()),
        path="/r/",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
