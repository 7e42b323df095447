"""`{% rounds_currency currency %}`: how current the rounds on a page are.

Every page that shows rounds says it the same way: the newest round loaded, when IRCC's feed
was last checked, and a visible notice when that round is more than `STALE_DAYS` old.  Pass a
`draws.selectors.Currency` (`standing.currency`, or `rounds_currency()` on a page without a
standing).

`{% standing_section standing %}`: the standing partial (`draws/standing.html#standing`: the band,
the pool rank, the cut-off tables, the chart) of one `draws.selectors.Standing`, rendered once per
version of the draw data, score, day and language, then reused (see `standing_html`).
"""

import threading

from django import template
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from draws.selectors import STALE_DAYS

register = template.Library()

STANDING_PARTIAL = "draws/standing.html#standing"
# Rendered standings kept by each process: a score's section is 40 to 80 KB (French text is
# stored two bytes a character), so 256 of them stay under 20 MB; a draw day's scores cluster.
RENDERED_KEPT = 256

_rendered: dict[tuple, str] = {}
_lock = threading.Lock()


@register.inclusion_tag("draws/_currency.html")
def rounds_currency(currency):
    return {"currency": currency, "stale_days": STALE_DAYS}


@register.simple_tag(takes_context=True)
def standing_section(context, standing) -> SafeString:
    return standing_html(standing, band_in_summary=bool(context.get("band_in_summary")))


def standing_html(standing, *, band_in_summary: bool = False) -> SafeString:
    """The standing partial of ``standing``, as the page shows it.

    Everything in it follows from the standing alone (a version of the draw data, the score, the
    day, when IRCC's feed was last checked), the language, and whether the page already gives the
    band in its summary (the result and share pages): so it is rendered once per such key and kept
    in this process.  A new version of the data (an import, an admin edit) is a new key, so no
    server ever shows a stale one; a standing read from the tables without a version (a database
    never written through `draws.services`) is rendered every time."""
    currency = standing.currency
    key = (
        standing.version,
        standing.score,
        standing.today,
        currency.checked_at if currency else None,
        get_language(),
        band_in_summary,
    )
    if standing.version is not None:
        kept = _rendered.get(key)
        if kept is not None:
            return mark_safe(kept)
    # Only these two names: the partial reads nothing else from the page (the key above says so).
    html = get_template(STANDING_PARTIAL).render({"standing": standing, "band_in_summary": band_in_summary})
    if standing.version is not None:
        with _lock:
            while len(_rendered) >= RENDERED_KEPT:
                _rendered.pop(next(iter(_rendered)))
            _rendered[key] = str(html)
    return mark_safe(html)
