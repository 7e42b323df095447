"""Slow clients against gunicorn's sync workers, straight and behind nginx (deploy/nginx.conf).

    .venv/bin/python benchmarks/slow_clients.py [--workers 2] [--slow 12]

A sync worker serves one connection from its first byte to its last. A client that sends half a
request and then waits holds that worker until gunicorn's timeout kills it (30 s), so a handful of
such connections, which cost their sender nothing, stop a node. This opens ``--slow`` of them (half
stop in the middle of the headers, half in the middle of a POST body), then times ordinary GETs of
the home page from a well-behaved client. Straight to gunicorn they wait for a worker that never
comes; behind nginx, which reads each request whole before passing it on, they answer at once.

nginx runs the repository's ``deploy/nginx.conf`` itself, with only the ports, the certificate (a
throwaway self-signed one) and the app server swapped, so the measurement is of that file.
Needs Debian's ``nginx`` and ``openssl``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import app_server  # noqa: E402

NGINX_CONF = ROOT / "deploy" / "nginx.conf"
PROBE_PATH = "/en/"
PROBE_TIMEOUT = 5.0


@dataclass
class Measure:
    where: str
    slow: int
    answered: int
    probes: int
    slowest: float | None  # seconds, of the probes that answered

    def line(self) -> str:
        slowest = f"{self.slowest * 1000:.0f} ms" if self.slowest is not None else "-"
        return (
            f"{self.where}: {self.answered}/{self.probes} ordinary requests answered within "
            f"{PROBE_TIMEOUT:.0f} s while {self.slow} slow clients were connected (slowest answer: {slowest})"
        )


def _open(host: str, port: int, tls: bool) -> socket.socket:
    sock = socket.create_connection((host, port), timeout=5)
    if tls:
        sock = _client_tls().wrap_socket(sock, server_hostname="localhost")
    return sock


def _client_tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the throwaway self-signed certificate
    return context


def open_slow_clients(host: str, port: int, count: int, *, tls: bool) -> list[socket.socket]:
    """``count`` connections that each send half a request and stop there."""
    clients = []
    for n in range(count):
        sock = _open(host, port, tls)
        if n % 2:
            sock.sendall(b"POST /api/score HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n")
            sock.sendall(b'Content-Length: 4000\r\n\r\n{"age": ')  # a body that never ends
        else:
            sock.sendall(b"GET /en/ HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow")  # headers that never end
        clients.append(sock)
    return clients


def probe(url: str) -> float | None:
    """Seconds one ordinary GET takes, or None when it is not answered within PROBE_TIMEOUT."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=PROBE_TIMEOUT, context=_client_tls()) as response:
            response.read()
            if response.status != 200:
                return None
    except (OSError, urllib.error.URLError):
        return None
    return time.monotonic() - started


def measure(where: str, base_url: str, host: str, port: int, *, slow: int, probes: int, tls: bool) -> Measure:
    clients = open_slow_clients(host, port, slow, tls=tls)
    try:
        time.sleep(1.0)  # let the server hand the slow connections to whoever serves them
        times = [probe(base_url + PROBE_PATH) for _ in range(probes)]
    finally:
        for sock in clients:
            with contextlib.suppress(OSError):
                sock.close()
    answered = [t for t in times if t is not None]
    return Measure(where, slow, len(answered), probes, max(answered) if answered else None)


def nginx_config(*, upstream: str, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    """deploy/nginx.conf with the ports, the certificate and the app server swapped."""
    text = NGINX_CONF.read_text()
    swaps = {
        "server 127.0.0.1:8000;": f"server {upstream};",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "/etc/letsencrypt/live/crs.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/crs.example.org/privkey.pem": str(key),
    }
    for old, new in swaps.items():
        if old not in text:
            raise RuntimeError(f"deploy/nginx.conf no longer contains {old!r}: update benchmarks/slow_clients.py")
        text = text.replace(old, new)
    return text


@contextlib.contextmanager
def nginx_in_front(upstream: str):
    """Yield the https base URL of an nginx running deploy/nginx.conf in front of ``upstream``."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with tempfile.TemporaryDirectory(prefix="crs-nginx-") as folder:
        folder = Path(folder)
        cert, key = folder / "cert.pem", folder / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
            + ["-keyout", str(key), "-out", str(cert)],
            check=True,
            capture_output=True,
        )
        http_port, https_port = app_server.free_port(), app_server.free_port()
        (folder / "crs.conf").write_text(
            nginx_config(upstream=upstream, http_port=http_port, https_port=https_port, cert=cert, key=key)
        )
        temp = "".join(
            f"{kind}_temp_path {folder / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        user = "user root;\n" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(
            f"{user}daemon off;\nworker_processes 1;\npid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
            f"events {{ worker_connections 1024; }}\n"
            f"http {{\naccess_log off;\n{temp}include {folder / 'crs.conf'};\n}}\n"
        )
        server = subprocess.Popen([nginx, "-c", str(folder / "nginx.conf"), "-p", str(folder)], start_new_session=True)
        base = f"https://127.0.0.1:{https_port}"
        try:
            deadline = time.monotonic() + 20
            while probe(base + PROBE_PATH) is None:
                if server.poll() is not None or time.monotonic() > deadline:
                    log = (folder / "error.log").read_text() if (folder / "error.log").exists() else ""
                    raise RuntimeError(f"nginx did not start: {log}")
                time.sleep(0.2)
            yield base, https_port
        finally:
            server.terminate()
            server.wait(timeout=10)


@contextlib.contextmanager
def gunicorn(*, workers: int):
    """Yield the base URL of gunicorn (sync workers, as `make serve`) on a fresh migrated database."""
    with tempfile.TemporaryDirectory(prefix="crs-slow-") as folder:
        env = app_server.environment(Path(folder) / "slow.sqlite3")
        env["DJANGO_MANIFEST_STATIC"] = "0"  # no collectstatic needed: the probe reads one page
        manage = [sys.executable, "manage.py"]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        subprocess.run([*manage, "createcachetable"], cwd=ROOT, env=env, check=True)
        port = app_server.free_port()
        command = [str(app_server.VENV_BIN / "gunicorn"), "crs_site.wsgi", "--bind", f"127.0.0.1:{port}"]
        command += ["--workers", str(workers), "--graceful-timeout", "2", "--log-level", "error"]
        server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while probe(base + PROBE_PATH) is None:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not start")
                time.sleep(0.2)
            yield base, port
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def run(*, workers: int, slow: int, probes: int) -> tuple[Measure, Measure]:
    with gunicorn(workers=workers) as (base, port):
        with nginx_in_front(f"127.0.0.1:{port}") as (proxy, proxy_port):
            behind = measure(
                f"behind nginx ({workers} sync workers)",
                proxy,
                "127.0.0.1",
                proxy_port,
                slow=slow,
                probes=probes,
                tls=True,
            )
        straight = measure(
            f"straight to gunicorn ({workers} sync workers)",
            base,
            "127.0.0.1",
            port,
            slow=slow,
            probes=probes,
            tls=False,
        )
    return straight, behind


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--slow", type=int, default=12, help="slow connections held open")
    parser.add_argument("--probes", type=int, default=3, help="ordinary requests timed meanwhile")
    options = parser.parse_args(argv)
    straight, behind = run(workers=options.workers, slow=options.slow, probes=options.probes)
    print(straight.line())
    print(behind.line())
    return 0 if behind.answered == behind.probes else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
