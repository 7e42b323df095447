"""ISO date parsing shared by the engine and the language charts.

Profiles repeat the same few dates (scoring day, test dates), so parsed dates are memoised by a
bounded ``lru_cache``: a hit is several times cheaper than ``date.fromisoformat``, and a stream of
distinct dates cannot grow the cache without limit.
"""

from datetime import date
from functools import lru_cache


def parse_date(text: object) -> date | None:
    """The date for a ``YYYY-MM-DD`` string, or None when it is not one."""
    if type(text) is not str or len(text) != 10:
        return None
    return _parse(text)


@lru_cache(maxsize=4096)
def _parse(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
