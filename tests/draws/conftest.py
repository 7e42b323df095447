"""Fixtures: the bundled IRCC feed imported into the test database."""

from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parents[2] / "draws" / "data"
FEED = DATA / "ee_rounds.json"
SUPPLEMENT = DATA / "ee_rounds_435-444.json"


@pytest.fixture
def bundled_feed(db):
    call_command("import_draws", str(FEED), str(SUPPLEMENT), stdout=open("/dev/null", "w"))
