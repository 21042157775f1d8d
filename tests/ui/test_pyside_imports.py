"""PySide's check of each imported module (does it use PySide?) is answered for our modules
by the layer rule instead of by reading their source: the answer must be PySide's own."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import indie_desktop
from indie_desktop.ui.pyside_imports import may_use_pyside

ROOT = Path(__file__).resolve().parents[2]


def _imports_pyside(name: str) -> bool:
    """Whether the module imports PySide6 anywhere (at the top or inside a function)."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            return True
        if isinstance(node, ast.Import) and any(a.name.startswith("PySide6") for a in node.names):
            return True
    return False


def test_every_module_of_ours_that_imports_pyside_is_one_the_rule_says_may() -> None:
    """PySide's own check reads 'PySide6' anywhere in the text; a module that only names it
    (the licence list) gets the same 'no features' either way."""
    names = [m.name for m in pkgutil.walk_packages(indie_desktop.__path__, "indie_desktop.")]
    assert len(names) > 300
    using = [n for n in names if _imports_pyside(n)]
    assert "indie_desktop.ui.main_window" in using and "indie_desktop.app" in using
    assert [n for n in using if not may_use_pyside(n)] == []


PROBE = """
import sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
from indie_desktop.ui.pyside_imports import skip_source_reads
read = []
original = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or original(module)
assert skip_source_reads()
from indie_desktop.services.start import local_actor
from indie_desktop.ui.theme import follow_system_scheme
from colorsys import rgb_to_hls
ours = {n: v for n, v in feature.pyside_feature_dict.items() if n.startswith("indie_desktop.")}
print(sorted(n for n in read if n.startswith("indie_desktop.")), "colorsys" in read)
print(ours["indie_desktop.ui.theme"], ours["indie_desktop.services.start"])
"""


def test_after_qt_modules_of_ours_are_not_read_and_get_pyside_s_verdict() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    read_ours, uses = done.stdout.splitlines()
    assert read_ours == "[] True"  # ours answered by the rule, others still read by PySide
    assert uses == "0 -1"  # the theme uses PySide (0), the start's reads do not (-1)
