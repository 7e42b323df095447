"""How long one occupation lookup takes over every NOC 2021 job title (goal: 5 ms or less).

Run: ``python benchmarks/occupation_bench.py`` from the project root. The lookups are what a person
types, keystroke by keystroke (every prefix of two characters or more) of job titles in English and
French, accents and capitals as typed, plus the broadest prefixes there are (two letters that
start thousands of titles). The index is built once per process (timed apart), as the site does.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crs.occupations import occupation_index  # noqa: E402

TYPED = (
    "registered nurse",
    "infirmière",
    "Infirmier auxiliaire",
    "software developer",
    "développeur de logiciels",
    "electrician",
    "électricien",
    "truck driver",
    "camionneur",
    "cook",
    "cuisinier",
    "early childhood educator",
    "éducatrice à la petite enfance",
    "civil engineer",
    "ingénieur civil",
    "welder",
    "soudeur",
    "accountant",
    "comptable",
    "physician",
    "médecin de famille",
    "university professor",
    "senior manager",
)
BROAD = ("co", "ma", "in", "de", "te", "a b", "de la", "technicien en", "manager")


def lookups() -> list[str]:
    prefixes = [text[:end] for text in TYPED for end in range(2, len(text) + 1)]
    return prefixes + list(BROAD)


def main() -> None:
    started = time.perf_counter()
    index = occupation_index()
    built = time.perf_counter() - started
    queries = lookups()
    for query in queries:  # warm
        index.search(query)
    # Each query's best of 5 runs: the machine is shared, and a run another process interrupted
    # measures the scheduler, not the lookup. The goal is on the slowest query's best run.
    best = {query: [] for query in queries}
    for _ in range(5):
        for query in queries:
            started = time.perf_counter()
            index.search(query)
            best[query].append((time.perf_counter() - started) * 1000)
    every = sorted(ms for runs in best.values() for ms in runs)
    slowest, query = max((min(runs), query) for query, runs in best.items())
    print(
        f"occupation lookup: {len(index.titles):,} titles, {len(queries)} typed queries x5: "
        f"median {statistics.median(every):.3f} ms; slowest query {query!r} {slowest:.3f} ms at best "
        f"(goal <= 5 ms: {'met' if slowest <= 5 else 'NOT met'}), every run's worst {every[-1]:.1f} ms; "
        f"index built once per process in {built:.2f} s"
    )


if __name__ == "__main__":
    main()
