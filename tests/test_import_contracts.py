"""The layering docs/architecture.md describes, checked on the source (an AST read, nothing imported):

- nothing imports a view module except a URLconf: a view parses the request, calls the code that
  builds the page, and renders; code that two pages share lives in a module both views import;
- the pure engines (``crs``) import nothing from the Django apps (and no Django: tests/crs/test_pure.py).

A view module is any module named ``views`` (plus the few views that live elsewhere, listed below).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("crs", "calculator", "draws", "throttle", "crs_site")
DJANGO_APPS = ("calculator", "draws", "throttle", "crs_site")

OTHER_VIEW_MODULES = frozenset(("calculator.saved.card",))  # views not named views.py


def _is_view_module(module: str) -> bool:
    return module.rsplit(".", 1)[-1] == "views" or module in OTHER_VIEW_MODULES


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every project module ``name`` imports, at any level of the file (function-level too)."""
    is_package = path.name == "__init__.py"
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            imported.add(source)
            imported.update(f"{source}.{alias.name}" for alias in node.names)
    return {module for module in imported if module in known}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, set(modules)) for name, path in modules.items()}


def _is_urlconf(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "urls" or last.endswith("_urls")


def test_only_urlconfs_import_view_modules():
    violations = {
        (importer, imported)
        for importer, imports in _graph().items()
        for imported in imports
        if _is_view_module(imported) and imported != importer and not _is_urlconf(importer)
    }
    assert violations == set(), "a view module imported outside a URLconf"


def test_the_engines_import_nothing_from_the_django_apps():
    leaks = {
        (importer, imported)
        for importer, imports in _graph().items()
        if importer.split(".")[0] == "crs"
        for imported in imports
        if imported.split(".")[0] in DJANGO_APPS
    }
    assert leaks == set()


def test_the_import_reader_sees_relative_and_function_level_imports(tmp_path):
    module = tmp_path / "views.py"
    module.write_text(
        "from . import wizard\nfrom .presenters import plan\n\n\ndef page():\n    from calculator.saved import views\n"
    )
    known = {"calculator.results.wizard", "calculator.results.presenters", "calculator.saved.views"}
    assert _imports("calculator.results.views", module, known) == known
    assert "crs.dated" in _graph()["crs.scoring.rules"]  # a package's own `from crs.dated import in_force`


def test_every_view_module_is_found():
    views = {module for module in _graph() if _is_view_module(module)}
    assert {"calculator.questionnaire.views", "calculator.results.views", "calculator.saved.card"} <= views
