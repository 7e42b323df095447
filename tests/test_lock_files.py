"""Reproducible installs: production installs exact versions with their hashes from
requirements.lock, without the development extras; `make test` installs requirements-dev.lock,
with them. Both are made from pyproject.toml by `make lock`, and must still agree with it."""

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
RUNTIME = [Requirement(spec) for spec in PYPROJECT["dependencies"]]
DEV = [Requirement(spec) for spec in PYPROJECT["optional-dependencies"]["dev"]]
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)")


def _pins(name: str) -> dict[str, tuple[str, int]]:
    """{package: (version, number of hashes)} of a lock file."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / name).read_text().splitlines():
        match = _PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            pins[current] = (match[2], 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
        elif line.strip() and not line.lstrip().startswith(("#", "--hash")):
            pytest.fail(f"{name}: not an exact pin: {line}")
    return pins


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_every_package_is_pinned_to_one_version_with_its_hashes(lock):
    pins = _pins(lock)
    assert pins
    assert all(hashes >= 1 for _, hashes in pins.values()), [p for p, (_, h) in pins.items() if not h]


@pytest.mark.parametrize(
    ("lock", "requirements"), [("requirements.lock", RUNTIME), ("requirements-dev.lock", RUNTIME + DEV)]
)
def test_the_lock_pins_every_dependency_of_pyproject_within_its_range(lock, requirements):
    pins = _pins(lock)
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in {lock}: run `make lock`"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), (
            f"{lock} pins {name}=={pins[name][0]}, outside {requirement}: run `make lock`"
        )


def test_production_installs_none_of_the_development_extras():
    production = _pins("requirements.lock")
    runtime = {canonicalize_name(r.name) for r in RUNTIME}
    for requirement in DEV:
        name = canonicalize_name(requirement.name)
        assert name not in production or name in runtime, name


def test_tests_run_on_the_versions_production_runs():
    production, development = _pins("requirements.lock"), _pins("requirements-dev.lock")
    assert {name: development[name][0] for name in production} == {n: v for n, (v, _) in production.items()}


def _recipe(target: str) -> str:
    return subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_make_serve_installs_the_production_lock_with_hashes_in_a_virtualenv_of_its_own():
    recipe = _recipe("serve")
    assert "python3 -m venv .venv-serve" in recipe
    assert ".venv-serve/bin/pip install --quiet --require-hashes --no-deps -r requirements.lock" in recipe
    assert "requirements-dev.lock" not in recipe and "[dev]" not in recipe
    assert ".venv-serve/bin/gunicorn crs_site.wsgi" in recipe
    assert ".venv/bin/" not in recipe


def test_make_test_installs_the_development_lock():
    recipe = _recipe("test")
    assert ".venv/bin/pip install --quiet --require-hashes --no-deps -r requirements-dev.lock" in recipe
