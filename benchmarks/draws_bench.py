"""How long `draws.selectors.standing()` takes with 10,000 draws, for a version of the draw data
this process has not read yet (the payload read and parsed, the standing computed) and for one it
holds (the version read, the standing kept from the first call).

Run: ``.venv/bin/python benchmarks/draws_bench.py [draws] [repeats]`` from the project root.
It builds a throwaway SQLite database in a temporary directory (never the
project's), creates the draws and the latest pool snapshot, then times the
comparison two ways: draws spread one a day (a realistic share in the
24-month window), and every draw inside the window (the worst case).  It
also prints the number of SQL queries, which must not grow with the draws.
"""

import atexit
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TMP = tempfile.mkdtemp(prefix="draws-bench-")
atexit.register(shutil.rmtree, TMP, ignore_errors=True)
os.environ["DATABASE_URL"] = f"sqlite:///{TMP}/bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crs_site.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from draws import selectors  # noqa: E402
from draws.feed import POOL_BANDS  # noqa: E402
from draws.models import Category, Draw, PoolBand, PoolSnapshot  # noqa: E402
from draws.selectors import standing  # noqa: E402
from draws.services import draw_data_changed  # noqa: E402

TODAY = date(2026, 11, 21)
CATEGORIES = Category.values


def fill(count: int, *, spread_days: int) -> None:
    Draw.objects.all().delete()
    Draw.objects.bulk_create(
        (
            Draw(
                number=str(i + 1),
                sequence=(i + 1) * 100,
                date=TODAY - timedelta(days=(count - i) * spread_days // count),
                name="Bench",
                category=CATEGORIES[i % len(CATEGORIES)],
                invitations=1000,
                cutoff=350 + (i * 37) % 450,
            )
            for i in range(count)
        ),
        batch_size=1000,
    )
    draw_data_changed()  # what every write in draws.services does


def time_standing(repeats: int, *, held: bool) -> tuple[float, float, int]:
    """Median and worst ms of standing() plus its chart, and its SQL queries; `held`: the
    process already holds this version of the data (else it is dropped before each call)."""
    standing(score=480, today=TODAY)  # warm up
    timings = []
    for _ in range(repeats):
        if not held:
            selectors._held = None
        started = time.perf_counter()
        result = standing(score=480, today=TODAY)
        _ = result.chart  # the SVG geometry the page renders
        timings.append((time.perf_counter() - started) * 1000)
    if not held:
        selectors._held = None
    with CaptureQueriesContext(connection) as queries:
        standing(score=480, today=TODAY)
    return statistics.median(timings), max(timings), len(queries)


def main(argv) -> None:
    count = int(argv[1]) if len(argv) > 1 else 10_000
    repeats = int(argv[2]) if len(argv) > 2 else 20
    call_command("migrate", verbosity=0)
    snapshot = PoolSnapshot.objects.create(as_of=TODAY, total=230_000)
    PoolBand.objects.bulk_create(
        PoolBand(snapshot=snapshot, crs_min=low, crs_max=high, count=15_000) for low, high in POOL_BANDS.values()
    )
    for label, spread in (("spread one a day", count), ("all within 24 months", 700)):
        fill(count, spread_days=spread)
        in_window = Draw.objects.filter(date__gt=TODAY - timedelta(days=731)).count()
        for held, when in ((False, "a new version"), (True, "a version already held")):
            median, worst, queries = time_standing(repeats, held=held)
            print(
                f"standing(): {count:,} draws, {label} ({in_window:,} in the window), {when}: "
                f"median {median:.2f} ms, max {worst:.2f} ms over {repeats} runs, {queries} SQL queries"
            )


if __name__ == "__main__":
    main(sys.argv)
