"""ISO date parsing shared by the engine and the language charts.

Profiles repeat the same few dates (scoring day, test dates), so parsed dates are memoised: a dict
hit is several times cheaper than ``date.fromisoformat``. The cache is bounded so a stream of
distinct dates cannot grow it without limit.
"""

from datetime import date

_CACHE: dict = {}
_CACHE_LIMIT = 4096


def parse_date(text):
    """The date for a ``YYYY-MM-DD`` string, or None when it is not one."""
    if type(text) is not str:
        return None
    day = _CACHE.get(text)
    if day is not None:
        return day
    if len(text) != 10:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[text] = day
    return day
