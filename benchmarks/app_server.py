"""The app as production runs it, on loopback, for the load tests.

A throwaway SQLite database in a temporary folder (migrated, draws imported),
static files collected, gunicorn with DEBUG off and the bare view mounted.
Nothing outside the temporary folder and ``staticfiles/`` is touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


def default_workers() -> int:
    """The same count `make serve` uses: two per core plus one."""
    return 2 * (os.cpu_count() or 1) + 1


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.settings",  # the site plus the bare view
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),  # DEBUG off refuses the public development key
        DJANGO_HTTPS="0",
        # No line per request: thousands a second would bury the bench's own output.
        DJANGO_REQUEST_LOG="0",
        DATABASE_URL=f"sqlite:///{database}",
    )
    return env


def prepare(env: dict[str, str]) -> None:
    """Migrate, import the bundled draws, collect static files."""
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
    feeds = _draw_feeds()
    if feeds:
        subprocess.run([*manage, "import_draws", *feeds], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "collectstatic", "--noinput", "--clear", "-v", "0"], cwd=ROOT, env=env, check=True)


def _draw_feeds() -> list[str]:
    """The feeds `make data` imports, read from the Makefile so the two never disagree."""
    for line in (ROOT / "Makefile").read_text().splitlines():
        if "import_draws" in line:
            return [word for word in line.split() if word.endswith(".json")]
    return []


@contextlib.contextmanager
def serving(*, workers: int | None = None):
    """Yield (base URL, master pid, env) for a gunicorn serving a fresh copy of the app."""
    with tempfile.TemporaryDirectory(prefix="crs-bench-") as folder:
        env = environment(Path(folder) / "bench.sqlite3")
        prepare(env)
        port = free_port()
        server = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "crs_site.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers or default_workers()),
                "--worker-tmp-dir",
                "/dev/shm",
                "--log-level",
                "warning",
                "--error-logfile",
                "-",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(f"{base}/bench/bare", server)
            yield base, server.pid, env
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout} s")


def workers(master_pid: int) -> list[Path]:
    """/proc entries of the gunicorn workers (the master's children)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == master_pid:
            found.append(entry)
    return found


def worker_cpu_seconds(master_pid: int) -> float:
    """CPU time (user + system) the gunicorn workers have used so far, in seconds."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in workers(master_pid):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    return total / ticks


def worker_rss_mib(master_pid: int) -> list[float]:
    """Resident memory of each gunicorn worker (the master's children), in MiB."""
    sizes = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent != master_pid:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        except (OSError, ValueError, IndexError):
            continue
    return sorted(sizes)
