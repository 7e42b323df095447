"""The engines stay pure Python: importing every module under ``crs`` loads no Django."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import crs

PROGRAM = """
import importlib, pkgutil, sys
import crs
names = [m.name for m in pkgutil.walk_packages(crs.__path__, "crs.")]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
print(len(names), loaded)
"""


def test_every_engine_module_imports_without_loading_django():
    completed = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        cwd=Path(crs.__file__).parent.parent,
        check=True,
    )
    count, loaded = completed.stdout.split(" ", 1)
    expected = len(list(pkgutil.walk_packages(crs.__path__, "crs.")))
    assert int(count) == expected > 10
    assert loaded.strip() == "[]"
