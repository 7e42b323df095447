"""`make bench` and `make soak`: the app under load, as production serves it.

    python benchmarks/run.py            # everything, ~4 minutes; writes benchmarks/RESULTS.md
    python benchmarks/run.py --soak     # 5 minutes at 32 clients; updates the soak section

Runs the engine and draws micro-benchmarks when present, then serves a fresh
copy of the app with gunicorn on loopback (see app_server.py) and drives each
page in pages.py with wrk at 1, 8 and 32 clients, reporting each against the
bare Django view measured in the same run.  Also: page weight of the first
wizard page and SQL queries per page.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import app_server, loadgen, machine, page_weight, visitor  # noqa: E402
from benchmarks.pages import BARE, BARE_POST, GOAL_CLIENTS, PAGES, Page  # noqa: E402

RESULTS = ROOT / "benchmarks" / "RESULTS.md"
CONCURRENCY = (1, 8, 32)
SOAK_START, SOAK_END = "<!-- soak:start -->", "<!-- soak:end -->"
PROFILE_START, PROFILE_END = "<!-- profile:start -->", "<!-- profile:end -->"  # written by profile_pages.py
GOAL_PAGE_WEIGHT_KB, GOAL_QUERIES = 70, 3


def main(argv: list[str]) -> int:
    options = _options(argv)
    if options.soak:
        return soak(options)
    return bench(options)


def _options(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soak", action="store_true", help="the 5-minute soak instead of the benchmark")
    parser.add_argument("--seconds", type=float, default=10, help="per page and concurrency (default 10)")
    parser.add_argument("--soak-seconds", type=float, default=300)
    parser.add_argument("--workers", type=int, default=app_server.default_workers())
    parser.add_argument("--no-micro", action="store_true", help="skip the engine and draws benchmarks")
    parser.add_argument(
        "--clients",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        default=CONCURRENCY,
        help="concurrencies, comma-separated (default 1,8,32; the goals are read at 8)",
    )
    return parser.parse_args(argv)


# --- the benchmark -------------------------------------------------------------------------------


def bench(options) -> int:
    about = machine.describe()
    micro = {} if options.no_micro else _micro_benchmarks()
    with app_server.serving(workers=options.workers) as (base, master, env):
        guest = _answered(base)
        present, absent = _probe(base, guest)
        loads, cpu = {}, {}
        for clients in options.clients:
            for page in present:
                print(f"  {page.name:<32} {clients:>2} clients …", end="", flush=True)
                before = app_server.worker_cpu_seconds(master)
                loads[page.name, clients] = load = _drive(base, page, guest, clients, options.seconds)
                # The workers' CPU (from /proc) over the run, per request answered.
                cpu[page.name, clients] = (
                    (app_server.worker_cpu_seconds(master) - before) * 1000 / max(load.requests, 1)
                )
                print(
                    f" {load.requests_per_second:8.0f} req/s  p99 {load.p99_ms:6.1f} ms  "
                    f"CPU {cpu[page.name, clients]:5.2f} ms/req  errors {load.errors}"
                )
        weight = _weigh_first_page(base)
        queries = _queries(env)
        rss = app_server.worker_rss_mib(master)
    text = _report(about, options, micro, present, absent, loads, cpu, weight, queries, rss)
    RESULTS.write_text(_keep_sections(text))
    print(f"\nwritten: {RESULTS.relative_to(ROOT)}")
    return 0


def _micro_benchmarks() -> dict[str, str]:
    found = {}
    for script in ("engine_bench.py", "draws_bench.py", "occupation_bench.py"):
        path = ROOT / "benchmarks" / script
        if path.exists():
            print(f"running {script} …", flush=True)
            completed = subprocess.run([sys.executable, str(path)], cwd=ROOT, capture_output=True, text=True)
            found[script] = (completed.stdout + (completed.stderr if completed.returncode else "")).strip()
            print(found[script])
    return found


def _answered(base) -> visitor.Visitor:
    """A visitor with every answer given; without the wizard, one with no session at all."""
    try:
        return visitor.answered(base)
    except Exception as error:  # the pages needing answers then report as absent
        print(f"no answered session ({type(error).__name__}: {error}); pages needing one are skipped")
        return visitor.Visitor(base)


def _probe(base, guest) -> tuple[list[Page], list[tuple[Page, str]]]:
    present, absent = [], []
    for page in PAGES:
        if page.session and not guest.cookies:
            absent.append((page, "no answered session"))
            continue
        try:
            status = _request(base, page, guest).status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError as error:
            status = str(error)
        (present.append(page) if status == 200 else absent.append((page, str(status))))
    if not present or present[0].name != BARE:
        raise RuntimeError("the bare view did not answer; does benchmarks/urls.py mount it?")
    return present, absent


def _request(base, page: Page, guest):
    data = guest.preview_body().encode() if page.preview_body else None
    headers = _headers(page, guest)
    request = urllib.request.Request(f"{base}{page.path}", data=data, headers=headers, method=page.method)
    return urllib.request.urlopen(request, timeout=10)


def _headers(page: Page, guest) -> dict[str, str]:
    headers = dict(guest.headers) if page.session else {}
    if page.method == "POST":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if page.htmx:
        headers["HX-Request"] = "true"
    return headers


def _drive(base, page: Page, guest, clients: int, seconds: float) -> loadgen.Load:
    return loadgen.run(
        f"{base}{page.path}",
        connections=clients,
        seconds=seconds,
        method=page.method,
        body=guest.preview_body() if page.preview_body else "",
        headers=_headers(page, guest),
    )


def _weigh_first_page(base) -> dict:
    for path in (visitor.FIRST_STEP, "/en/"):
        try:
            return {"path": path, **page_weight.weigh(base, path)}
        except urllib.error.HTTPError:
            continue
    raise RuntimeError("neither the first wizard page nor the home page answered")


def _queries(env) -> dict:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "queries.py")], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if completed.returncode:
        return {"error": completed.stderr.strip().splitlines()[-1:]}
    return json.loads(completed.stdout.strip().splitlines()[-1])


# --- the soak ------------------------------------------------------------------------------------


def soak(options) -> int:
    about = machine.describe()
    with app_server.serving(workers=options.workers) as (base, master, _env):
        guest = _answered(base)
        present, _ = _probe(base, guest)
        mix = [
            {
                "method": page.method,
                "path": page.path,
                "headers": _headers(page, guest),
                "body": guest.preview_body() if page.preview_body else "",
            }
            for page in present
            if not page.reference
        ]
        samples: list[tuple[float, list[float]]] = []
        done = threading.Event()

        def sample():
            started = time.monotonic()
            while not done.wait(10):
                samples.append((time.monotonic() - started, app_server.worker_rss_mib(master)))

        samples.append((0.0, app_server.worker_rss_mib(master)))
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        print(f"soak: {len(mix)} pages in turn, 32 clients, {options.soak_seconds:g} s …", flush=True)
        load = loadgen.run(f"{base}/", connections=32, seconds=options.soak_seconds, mix=mix)
        done.set()
        sampler.join()
        samples.append((options.soak_seconds, app_server.worker_rss_mib(master)))
    section = _soak_section(about, options, [m["path"] for m in mix], load, samples)
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n"
    if SOAK_START in text:
        text = re.sub(f"{SOAK_START}.*?{SOAK_END}", lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    RESULTS.write_text(text)
    print(section)
    return 0 if load.ok and _memory_flat(samples) else 1


def _memory_flat(samples) -> bool:
    """Flat: total worker RSS in the last minute within 10% (and 20 MiB) of the second minute's."""

    def total(window):
        sizes = [sum(rss) for at, rss in samples if window[0] <= at <= window[1]]
        return max(sizes) if sizes else 0

    end = samples[-1][0]
    early, late = total((60, 120)), total((end - 60, end))
    return late <= max(early * 1.10, early + 20)


# --- the results file ----------------------------------------------------------------------------


def _report(about, options, micro, present, absent, loads, cpu, weight, queries, rss) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python benchmarks/run.py`); `make soak` fills in the soak section.",
        "Numbers are from one run on the machine below; compare ratios, not absolutes.",
        "",
        "## Machine",
        "",
    ]
    lines += [f"- {key}: {value}" for key, value in about.items()]
    lines += [
        f"- gunicorn workers: {options.workers} (sync), app and load generator on the same cores",
        "- database: a throwaway SQLite file with the bundled draws imported; DEBUG off; "
        "sessions and cache in the database",
        "",
    ]
    if micro:
        lines += ["## Engine and draws", ""]
        for script, output in micro.items():
            lines += [f"`python benchmarks/{script}`:", "", "```", output, "```", ""]
    lines += _goals_section(options, present, absent, loads, cpu)
    lines += [
        "## Pages under load",
        "",
        f"wrk, {options.seconds:g} s per page and concurrency, keep-alive connections. "
        "Ratios are to the bare Django view at the same concurrency in the same run; the workers' CPU "
        "per request is the gunicorn workers' user and system time (from /proc) over the run, divided by "
        "the requests answered.",
        "",
        "| page | clients | req/s | p50 ms | p99 ms | throughput vs bare | p99 vs bare | workers' CPU per request | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for clients in options.clients:
        bare = loads[BARE, clients]
        for page in present:
            load = loads[page.name, clients]
            lines.append(
                f"| {page.name} | {clients} | {load.requests_per_second:,.0f} | {load.p50_ms:.1f} | "
                f"{load.p99_ms:.1f} | {load.requests_per_second / bare.requests_per_second:.0%} | "
                f"{load.p99_ms / bare.p99_ms:.1f}× | {cpu[page.name, clients]:.2f} ms | {load.errors} |"
            )
    lines.append("")
    for page, status in absent:
        lines.append(f"- not measured: {page.name} (`{page.method} {page.path}` answered {status})")
    lines += ["", f"Worker memory after the run: {', '.join(f'{size:.0f}' for size in rss)} MiB.", ""]
    lines += [
        "## Page weight",
        "",
        f"The first wizard page (`{weight['path']}`) and everything it loads, as a new visitor, "
        f"compressed (goal < {GOAL_PAGE_WEIGHT_KB} KB): **{weight['compressed'] / 1024:.1f} KB in "
        f"{weight['requests']} requests** ({weight['as_served'] / 1024:.1f} KB as the app serves them: "
        "static files come Brotli-compressed from whitenoise, the HTML uncompressed from Django, "
        "counted gzip-compressed as a proxy would send it).",
        "",
        "| request | bytes | compressed | encoding |",
        "| --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| `{row['url']}` | {row['bytes']:,} | {row['compressed']:,} | {row['encoding']} |" for row in weight["files"]
    ]
    lines += [
        "",
        "## SQL queries per page",
        "",
        f"`benchmarks/queries.py`, Django's `CaptureQueriesContext`, second request of each (goal ≤ {GOAL_QUERIES}).",
        "",
        "| page | status | queries |",
        "| --- | ---: | ---: |",
    ]
    if "error" in queries:
        lines.append(f"| (failed: {queries['error']}) | | |")
    else:
        lines += [f"| {name} | {row['status']} | {row['queries']} |" for name, row in queries.items()]
        lines += ["", "<details><summary>The queries</summary>", ""]
        for name, row in queries.items():
            lines += [f"- {name}:"] + [f"  - `{sql}`" for sql in row["sql"]]
        lines += ["", "</details>"]
    lines += ["", PROFILE_START, "## Where the time goes (in process)", "", "Not run yet: `make profile`.", PROFILE_END]
    lines += ["", SOAK_START, "## Soak", "", "Not run yet: `make soak`.", SOAK_END, ""]
    return "\n".join(lines)


def _goals_section(options, present, absent, loads, cpu) -> list[str]:
    """The pages' goals (issue 18): req/s at GOAL_CLIENTS clients as a share of the bare view's."""
    if GOAL_CLIENTS not in options.clients:
        return []
    bare = loads[BARE, GOAL_CLIENTS]
    lines = [
        "## Goals",
        "",
        f"Requests per second at {GOAL_CLIENTS} clients as a share of the bare view's in the same run, "
        "with the gunicorn workers' CPU per request beside them (bare view: "
        f"{bare.requests_per_second:,.0f} req/s, {cpu[BARE, GOAL_CLIENTS]:.2f} ms of CPU per request).",
        "",
        "| page | req/s | vs bare | workers' CPU per request | goal vs bare | errors | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for page in present:
        if page.goal is None and page.name != BARE_POST:
            continue
        load = loads[page.name, GOAL_CLIENTS]
        share = load.requests_per_second / bare.requests_per_second
        verdict = "" if page.goal is None else ("met" if share >= page.goal and load.ok else "**missed**")
        goal = f"≥ {page.goal:.2f}" if page.goal is not None else "(reference)"
        lines.append(
            f"| {page.name} | {load.requests_per_second:,.0f} | {share:.2f} | {cpu[page.name, GOAL_CLIENTS]:.2f} ms | "
            f"{goal} | {load.errors} | {verdict} |"
        )
    lines += [
        f"| {page.name} | not measured ({status}) | | | ≥ {page.goal:.2f} | | **missed** |"
        for page, status in absent
        if page.goal
    ]
    return [*lines, ""]


def _keep_sections(text: str) -> str:
    """The soak and profile sections of the results file as they were (other commands write them)."""
    if not RESULTS.exists():
        return text
    old_text = RESULTS.read_text()
    for start, end in ((SOAK_START, SOAK_END), (PROFILE_START, PROFILE_END)):
        old = re.search(f"{start}.*?{end}", old_text, flags=re.S)
        if old and "Not run yet" not in old.group(0):
            kept = old.group(0)
            text = re.sub(f"{start}.*?{end}", lambda _: kept, text, flags=re.S)  # noqa: B023 (used at once)
    return text


def _soak_section(about, options, paths, load, samples) -> str:
    totals = [(at, sum(rss)) for at, rss in samples]
    lines = [
        SOAK_START,
        "## Soak",
        "",
        f"`make soak`, {about['date']}: wrk, 32 clients for {options.soak_seconds:g} s, requests in turn "
        f"over {', '.join(f'`{p}`' for p in paths)}; {options.workers} gunicorn workers.",
        "",
        f"- requests: {load.requests:,} ({load.requests_per_second:,.0f}/s), p50 {load.p50_ms:.1f} ms, "
        f"p99 {load.p99_ms:.1f} ms, max {load.max_ms:.0f} ms",
        f"- errors (connection, timeout or status outside 2xx/3xx): **{load.errors}**",
        f"- memory (sum of worker RSS, MiB), every 10 s: {', '.join(f'{total:.0f}' for _, total in totals)}",
        f"- memory flat (last minute within 10% of the second minute): **{'yes' if _memory_flat(samples) else 'NO'}**",
        SOAK_END,
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
