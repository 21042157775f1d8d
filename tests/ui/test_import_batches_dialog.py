"""File → Imports…: an earlier import is found by date and file and undone as a whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.batches_dialog import ImportBatchesDialog
from indie_desktop.ui.tasks import SynchronousRunner


def _import(ws: Workspace, path: Path, data: str) -> None:
    path.write_bytes(data.encode("utf-8-sig"))
    table = ws.imports.read(path)
    ws.imports.run(
        table, ImportSettings(mapping=ws.imports.automatic_mapping(table), source=path.name)
    )


def _names(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 50))


def test_user_undoes_an_earlier_import_from_the_imports_list(
    qtbot: object,
    german: None,
    workspace: Workspace,
    runner: SynchronousRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _import(
        workspace, tmp_path / "messe.csv", "Firma;PLZ;Vorname;Nachname\r\nA GmbH;44135;Jan;Kurz\r\n"
    )
    _import(workspace, tmp_path / "kammer.csv", "Firma;PLZ\r\nB AG;44789\r\n")
    dialog = ImportBatchesDialog(workspace, runner)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.table.rowCount() == 2
    first = [dialog.table.item(1, c).text() for c in range(6)]
    assert first[1:5] == ["messe.csv", "1", "1", "0"]
    assert first[0].count(".") == 2  # 24.11.2026 14:05
    assert not dialog.undo_button.isEnabled()  # nothing chosen yet
    assert dialog.undo_button.text() == "&Rückgängig machen"

    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    dialog.table.selectRow(1)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert "messe.csv" in asked[0]
    assert _names(workspace) == ["B AG"]
    assert dialog.table.item(1, 5).text() == "rückgängig gemacht"
    dialog.table.selectRow(1)
    assert not dialog.undo_button.isEnabled()  # an import is undone only once


def test_file_menu_offers_the_imports_list(
    qtbot: object, german: None, workspace: Workspace, runner: SynchronousRunner
) -> None:
    from indie_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, runner=runner)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.batches_action.text() == "Im&porte…"
    window.batches_action.trigger()
    [dialog] = window.findChildren(ImportBatchesDialog)
    assert dialog.windowTitle() == "Importe" and dialog.table.rowCount() == 0
    dialog.close()
