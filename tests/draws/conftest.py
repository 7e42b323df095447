"""The bundled IRCC feed's files, for the tests that read or import them (the ``bundled_feed``
fixture, which imports them, is in tests/conftest.py)."""

import pytest

from tests.pages import DRAW_FEEDS

from .feed_server import FeedServer

FEED, SUPPLEMENT = DRAW_FEEDS


@pytest.fixture
def feed_server(settings):
    """IRCC's feed played by a local server; `settings.DRAWS_FEED_URL` points at it."""
    with FeedServer() as server:
        settings.DRAWS_FEED_URL = server.url
        yield server
