"""Project-wide test settings: plain static storage so pages render without
`collectstatic`."""

import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _no_feed_from_the_internet(settings):
    """IRCC's feed is never fetched by a test: a test that needs one starts a local server
    (tests/draws/feed_server.py); anything else would hit a closed local port."""
    settings.DRAWS_FEED_URL = "http://127.0.0.1:9/no-feed-in-tests.json"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """Compile locale/*/django.po when its .mo is missing or stale, so a bare
    `pytest` serves French as `make test` (which runs compilemessages) does.
    Compiled files are never committed."""
    import shutil
    import subprocess
    from pathlib import Path

    msgfmt = shutil.which("msgfmt")
    for po in (Path(__file__).resolve().parents[1] / "locale").glob("*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if msgfmt and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
            subprocess.run([msgfmt, "--check", "-o", str(mo), str(po)], check=True)


@pytest.fixture
def bundled_feed(db):
    """The bundled IRCC feed (draws/data) imported into the test database."""
    from tests.pages import import_bundled_draws

    import_bundled_draws()
