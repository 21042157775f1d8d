"""Opening attachments safely: never from a single click, programs and macro documents only
after a question whose default is No."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel


@pytest.fixture
def panel(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, german
) -> AttachmentsPanel:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    person = workspace.people.create(PersonDraft(first_name="Zoë", last_name="Ñúñez"))
    widget = AttachmentsPanel(workspace, "person")
    qtbot.addWidget(widget)
    widget.set_target(person)
    for name, content in (("Kalkulation.xlsm", b"PK\x03\x04"), ("Angebot.pdf", b"%PDF-1.4")):
        (tmp_path / name).write_bytes(content)
        widget.add_files([tmp_path / name])
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.fileName()) or True
    )
    return urls


def _row(panel: AttachmentsPanel, name: str) -> int:
    return next(i for i in range(panel.list.count()) if name in panel.list.item(i).text())


def test_a_single_click_never_opens_a_file(qtbot, panel: AttachmentsPanel, opened) -> None:
    item = panel.list.item(_row(panel, "Angebot.pdf"))
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.list.itemActivated.emit(item)  # what a single-click-activation style sends
    assert opened == []
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["Angebot.pdf"]


def test_a_macro_document_opens_only_after_the_user_says_so(
    qtbot, panel: AttachmentsPanel, opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    panel.list.setCurrentRow(_row(panel, "Kalkulation.xlsm"))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert (opened == [] and "„Kalkulation.xlsm“" in asked[0]) or "Kalkulation.xlsm" in asked[0]
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened == ["Kalkulation.xlsm"]
    panel.list.setCurrentRow(_row(panel, "Angebot.pdf"))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # a plain PDF: no question
    assert opened == ["Kalkulation.xlsm", "Angebot.pdf"] and len(asked) == 2
