"""The committed ui_*.py modules are what pyside6-uic makes of today's forms/*.ui."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_forms() -> ModuleType:
    # tools/ is not a package; load the script by path, as `python tools/build_forms.py` would.
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_forms", module)
    spec.loader.exec_module(module)
    return module


build_forms = _build_forms()
UI_FILES = build_forms.ui_files()


def significant_lines(source: str) -> list[str]:
    """The module without its leading comment block (our header, uic's name and version)."""
    lines = source.replace("\r\n", "\n").split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    return lines[start:]


def test_there_are_forms_to_check():
    assert {path.name for path in UI_FILES} >= {
        "organisation_dialog.ui",
        "person_dialog.ui",
        "project_dialog.ui",
    }


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[path.stem for path in UI_FILES])
def test_generated_module_is_current(ui_file: Path, tmp_path: Path):
    committed = build_forms.OUTPUT_DIR / build_forms.module_name(ui_file)
    assert committed.is_file(), f"{committed.name} missing: run python tools/build_forms.py"
    fresh_module = tmp_path / build_forms.module_name(ui_file)
    fresh_module.write_text(build_forms.compile_form(ui_file), encoding="utf-8")
    assert significant_lines(committed.read_text(encoding="utf-8")) == significant_lines(
        fresh_module.read_text(encoding="utf-8")
    ), f"{committed.name} is older than forms/{ui_file.name}: run python tools/build_forms.py"


def test_no_generated_module_without_its_form():
    forms = {build_forms.module_name(path) for path in UI_FILES}
    generated = {path.name for path in build_forms.OUTPUT_DIR.glob("ui_*.py")}
    assert generated <= forms, "remove the ui_*.py files whose form is gone"
