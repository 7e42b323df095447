"""Drive a URL with `wrk` (Debian's package) and read its numbers back as JSON.

A generated Lua script sets the method, body and headers and prints the
summary and latency percentiles in its ``done`` hook.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass

_DONE = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, '
    .. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
    .. '"max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    requests: int
    errors: int  # connection errors, timeouts and any status outside 2xx/3xx

    @property
    def ok(self) -> bool:
        return self.errors == 0 and self.requests > 0


def run(
    url: str,
    *,
    connections: int,
    seconds: float,
    method: str = "GET",
    body: str = "",
    headers: dict[str, str] | None = None,
    mix: list[dict] | None = None,
) -> Load:
    """Load ``url`` (or, with ``mix``, each request of the mix in turn: dicts of
    ``method``, ``path``, ``body``, ``headers``) from ``connections`` clients."""
    lua = [f"wrk.method = {_lua_string(method)}"]
    if body:
        lua.append(f"wrk.body = {_lua_string(body)}")
    for name, value in (headers or {}).items():
        lua.append(f"wrk.headers[ {_lua_string(name)} ] = {_lua_string(value)}")
    if mix:
        lua.append(_mix(mix))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=True) as script:
        script.write("\n".join(lua) + "\n" + _DONE)
        script.flush()
        threads = 1 if connections < 4 else 2
        completed = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                script.name,
                url,
            ],
            capture_output=True,
            text=True,
        )
    line = next((row for row in completed.stdout.splitlines() if row.startswith("WRKJSON ")), None)
    if completed.returncode or line is None:
        raise RuntimeError(f"wrk failed on {url}: {completed.stdout[-800:]} {completed.stderr[-800:]}")
    data = json.loads(line.removeprefix("WRKJSON "))
    errors = sum(data[k] for k in ("connect", "read", "write", "status", "timeout"))
    return Load(
        requests_per_second=data["requests"] / (data["duration_us"] / 1e6),
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        requests=data["requests"],
        errors=errors,
    )


def _mix(mix: list[dict]) -> str:
    entries = []
    for item in mix:
        headers = ", ".join(f"[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in item.get("headers", {}).items())
        body = _lua_string(item["body"]) if item.get("body") else "nil"
        entries.append(
            f"{{{_lua_string(item.get('method', 'GET'))}, {_lua_string(item['path'])}, {{{headers}}}, {body}}}"
        )
    return (
        "local mix = {" + ", ".join(entries) + "}\n"
        "local turn = 0\n"
        "request = function()\n"
        "  turn = turn % #mix + 1\n"
        "  local m = mix[turn]\n"
        "  return wrk.format(m[1], m[2], m[3], m[4])\n"
        "end\n"
    )


def _lua_string(value: str) -> str:
    level = "=" * 3
    while f"]{level}]" in value:
        level += "="
    return f"[{level}[{value}]{level}]"
