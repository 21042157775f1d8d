"""The architecture (DESIGN.md §1): Qt stays in the UI layer, imports point down the layers,
and no modules import each other."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "indie_desktop"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)


def test_only_ui_and_app_import_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        if QT_IMPORT.search(path.read_text(encoding="utf-8")):
            offenders.append(rel)
    assert offenders == []


def test_widgets_do_not_open_sessions_or_write_sql() -> None:
    offenders = []
    pattern = re.compile(r"\bSession\b|\.session\(|from sqlalchemy|import sqlalchemy")
    for path in (PACKAGE / "ui").rglob("*.py"):
        if pattern.search(path.read_text(encoding="utf-8")):
            offenders.append(path.relative_to(PACKAGE).as_posix())
    assert offenders == []


# --- arrows and cycles (DESIGN.md §1), from the imports as written (AST, no new dependency) ---

# layer -> the layers it may import (itself included); "top" is app.py, config.py, licences.py
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "resources": {"resources"},
    "store": {"store", "domain", "resources"},
    "printing": {"printing", "domain", "resources"},
    "interchange": {"interchange", "domain", "resources"},
    "sync": {"sync", "domain", "store", "config"},
    "services": {
        "services",
        "domain",
        "store",
        "printing",
        "interchange",
        "sync",
        "resources",
        "config",
        "top",
    },
}
NEVER: dict[str, set[str]] = {"services": {"ui", "cli"}, "ui": {"cli"}}


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        if "migrations" in rel.parts or (rel.parts[-2:-1] == ("forms",) and "ui" in rel.parts):
            continue
        parts = rel.parts[:-1] if rel.parts[-1] == "__init__" else rel.parts
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path) -> set[str]:
    """Every module of ours `name` imports, lazily or for type checking included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return {m for m in found if m == "indie_desktop" or m.startswith("indie_desktop.")}


def _graph() -> dict[str, set[str]]:
    modules = _modules()

    def resolve(module: str) -> str:
        while module and module not in modules:
            module = module.rpartition(".")[0]
        return module

    return {
        name: {resolve(m) for m in _imports(name, path)} - {"", name, "indie_desktop"}
        for name, path in modules.items()
    }


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "top"
    if parts[1] in ("config",):
        return "config"
    if parts[1] in ("app", "licences", "__main__"):
        return "top"
    return parts[1]


def test_imports_point_down_the_layers() -> None:
    wrong = sorted(
        f"{module} -> {dep}"
        for module, deps in _graph().items()
        for dep in deps
        if (_layer(module) in ALLOWED and _layer(dep) not in ALLOWED[_layer(module)])
        or _layer(dep) in NEVER.get(_layer(module), set())
    )
    assert wrong == []


def test_no_two_modules_import_each_other_even_through_others() -> None:
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []


def test_the_layer_rules_see_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    """The guard itself: an import inside a function or under TYPE_CHECKING is an arrow too."""
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from indie_desktop.ui.main_window import MainWindow\n"
        "def f():\n    from ..services import records\n",
        encoding="utf-8",
    )
    found = _imports("indie_desktop.printing.m", source)
    assert "indie_desktop.ui.main_window" in found
    assert "indie_desktop.services.records" in found


def test_the_services_top_floor_keeps_only_shared_mechanics() -> None:
    """Issue 18's floor plan: capabilities live in their folders; the top of services/ holds
    the mechanics every capability shares, at most 15 modules (it had grown to 19)."""
    top = sorted(p.name for p in (PACKAGE / "services").glob("*.py"))
    assert len(top) <= 15, top
    assert not list(PACKAGE.glob("cli_*.py"))  # the command line is the cli/ package
