"""The README's variable table lists every environment variable the settings read, and nothing else.

What the settings read is found two ways: the names passed to ``os.environ``/``env_bool``/
``env_list`` in settings.py, and the names actually looked up while the settings load (a fresh
interpreter under a few environments, ``os.environ`` recording every read), which also catches
reads made by a library the settings call, such as ``dj_database_url``'s ``DATABASE_URL``.
"""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "crs_site" / "settings.py"

_RECORD_READS = """
import json, os, sys
read = set()
real = os.environ

class Recording(type(real)):
    def __getitem__(self, key):
        read.add(key)
        return super().__getitem__(key)

os.environ = Recording(real._data, real.encodekey, real.decodekey, real.encodevalue, real.decodevalue)
import crs_site.settings
os.environ = real
print(json.dumps(sorted(read)))
"""

# Set by the process that runs the settings, not by an operator; TEMP and TMP are TMPDIR's
# fallbacks, read by Python's tempfile (the README's TMPDIR row names them).
NOT_CONFIGURATION = {"DJANGO_SETTINGS_MODULE", "TEMP", "TMP"}


def _named_in_settings() -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(SETTINGS.read_text())):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = ast.unparse(node.func)
            if function in {"env_bool", "env_list", "os.environ.get", "os.getenv", "env_int", "env_str"}:
                names.add(node.args[0].value)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            if isinstance(node.slice, ast.Constant):
                names.add(node.slice.value)
    return names


def _read_while_loading(**environment: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "DATABASE_URL"}
    env.update(DJANGO_SECRET_KEY="k" * 60, **environment)
    completed = subprocess.run(
        [sys.executable, "-c", _RECORD_READS], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return set(json.loads(completed.stdout.splitlines()[-1]))


def _in_readme_table() -> set[str]:
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("| Variable |") :].split("\n\n", 1)[0]
    return set(re.findall(r"^\| `([A-Z0-9_]+)` \|", table, flags=re.MULTILINE))


def _read_by_settings() -> set[str]:
    read = _named_in_settings()
    for environment in ({}, {"DJANGO_DEBUG": "1"}, {"DJANGO_HTTPS": "1", "DJANGO_BEHIND_PROXY": "1"}):
        read |= _read_while_loading(**environment)
    return read - NOT_CONFIGURATION


def test_the_readme_table_lists_every_variable_the_settings_read():
    missing = _read_by_settings() - _in_readme_table()
    assert not missing, f"read by the settings but not in the README's table: {sorted(missing)}"


def test_the_readme_table_lists_nothing_the_settings_do_not_read():
    stale = _in_readme_table() - _read_by_settings()
    assert not stale, f"in the README's table but read by no setting: {sorted(stale)}"


def test_the_finder_sees_a_library_read_and_a_helper_read():
    read = _read_by_settings()
    assert {"DATABASE_URL", "DJANGO_DEBUG", "DJANGO_SSL_REDIRECT"} <= read
