"""The bundled IRCC feed's files, for the tests that read or import them (the ``bundled_feed``
fixture, which imports them, is in tests/conftest.py)."""

from tests.pages import DRAW_FEEDS

FEED, SUPPLEMENT = DRAW_FEEDS
