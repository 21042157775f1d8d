"""The architecture's one rule: Qt stays in the UI layer (DESIGN.md §1)."""

from __future__ import annotations

import re
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
