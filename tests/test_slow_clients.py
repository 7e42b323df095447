"""Slow clients cannot hang a node: behind nginx as deploy/nginx.conf configures it, ordinary
requests are answered while connections that send half a request are held open; straight to
gunicorn's sync workers they are not (the control: what the proxy is for). The README shows the
same file, so the configuration it gives is the one measured here."""

import re
import shutil
from pathlib import Path

import pytest

from benchmarks import slow_clients

ROOT = Path(__file__).resolve().parents[1]
CONF = (ROOT / "deploy" / "nginx.conf").read_text()
HAS_NGINX = shutil.which("nginx") is not None or Path("/usr/sbin/nginx").exists()


def test_the_readme_gives_the_measured_configuration_verbatim():
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"```nginx\n(.*?)```", readme, re.S)
    assert block, "the README's production section shows deploy/nginx.conf"
    assert block.group(1) == CONF


@pytest.mark.parametrize(
    "directive",
    [
        "proxy_request_buffering on;",
        "proxy_buffering on;",
        "proxy_set_header X-Forwarded-Proto $scheme;",
        "proxy_set_header X-Forwarded-For $remote_addr;",
        "client_max_body_size",
        "client_header_timeout",
        "client_body_timeout",
        "proxy_read_timeout",
        "ssl_certificate ",
        "return 301 https://",
    ],
)
def test_the_configuration_buffers_times_out_caps_bodies_and_terminates_tls(directive):
    assert directive in CONF


@pytest.mark.slow
@pytest.mark.skipif(not HAS_NGINX, reason="needs Debian's nginx (apt-get install nginx)")
def test_behind_nginx_the_node_answers_while_slow_clients_hold_connections():
    straight, behind = slow_clients.run(workers=2, slow=8, probes=2)
    assert straight.answered == 0, straight.line()  # without the proxy, two sync workers are held
    assert behind.answered == behind.probes, behind.line()
