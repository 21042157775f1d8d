"""The status bar shows the replica's state; a sync runs from it; conflicts are decided in
the conflict list (base / mine / theirs per field; mine, theirs or an edited value)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow

from indie_desktop.services.workspace import Workspace
from indie_desktop.sync.engine import SyncOptions
from indie_desktop.sync.service import EDITED, MINE, ReplicaService
from indie_desktop.ui.sync.conflict_dialog import ConflictDialog
from indie_desktop.ui.sync.status_widget import SyncStatusWidget
from indie_desktop.ui.tasks import SynchronousRunner
from tests.integration.shared_fixtures import SharedServer
from tests.sync.helpers import Laptop, create_org, edit_org, server_rows


@pytest.fixture
def office(shared: SharedServer) -> Iterator[Workspace]:
    ws = shared.dortmund.workspace()
    yield ws
    ws.db.dispose()


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded, not waited for; crash dialogs stay off."""
    from PySide6.QtWidgets import QMessageBox

    from indie_desktop.ui import crash

    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(crash, "DIALOGS_ENABLED", False)
    return shown


class PasswordService(ReplicaService):
    """The keyring of the test machine is empty: the login's password is handed over."""

    def __init__(self, data_dir: Path, password: str) -> None:
        super().__init__(data_dir)
        self.password = password

    def synchronise(self, options: SyncOptions | None = None):  # type: ignore[no-untyped-def]
        opts = options or SyncOptions()
        opts.password = self.password
        return super().synchronise(opts)

    def password_needed(self) -> str | None:
        return None


def _cell(dialog: ConflictDialog, row: int) -> tuple[QComboBox, QLineEdit | None]:
    cell = dialog.table.cellWidget(row, 4)
    return cell.findChild(QComboBox), cell.findChild(QLineEdit)


def test_status_bar_counts_unsynced_changes_and_sync_brings_up_the_conflict_list(
    qtbot, shared: SharedServer, office: Workspace, tmp_path: Path, message_boxes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    org = create_org(office, "Ruhr Präzision Łukasz GmbH", city="Herne")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    window = QMainWindow()
    qtbot.addWidget(window)
    service = PasswordService(laptop.data_dir, shared.dortmund.password)
    widget = SyncStatusWidget(service, SynchronousRunner(window), window)
    window.statusBar().addPermanentWidget(widget)
    assert "Offline" in widget.state_label.text()

    edit_org(laptop.workspace(), org, city="Herne-Wanne", notes="Hallenkran gesucht")
    edit_org(office, org, city="Herne-Mitte", notes="Kunde seit 2019")
    widget.refresh()
    assert "1 unsynced change" in widget.state_label.text()
    assert widget.conflict_button.isHidden()

    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)

    assert "Online" in widget.state_label.text()
    assert "all synchronised" in widget.state_label.text()
    assert not widget.conflict_button.isHidden() and "1" in widget.conflict_button.text()
    assert "1 conflicts" in window.statusBar().currentMessage()

    dialog = ConflictDialog(service, widget)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    shown = {
        dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in (1, 2, 3)]
        for r in range(dialog.table.rowCount())
    }
    assert shown == {
        "City": ["Herne", "Herne-Wanne", "Herne-Mitte"],
        "Notes": ["—", "Hallenkran gesucht", "Kunde seit 2019"],
    }
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    city_choice, _ = _cell(dialog, rows["City"])
    city_choice.setCurrentIndex(city_choice.findData(MINE))
    notes_choice, notes_edit = _cell(dialog, rows["Notes"])
    assert notes_edit is not None and not notes_edit.isEnabled()
    notes_choice.setCurrentIndex(notes_choice.findData(EDITED))
    assert notes_edit.isEnabled()
    notes_edit.setText("Kunde seit 2019; Hallenkran gesucht")
    dialog.grab().save(str(tmp_path / "conflicts.png"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    widget.refresh()
    assert widget.conflict_button.isHidden()
    assert "1 unsynced change" in widget.state_label.text()
    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)
    [row] = server_rows(shared.dortmund, "organisation").values()
    assert (row["city"], row["notes"]) == ("Herne-Wanne", "Kunde seit 2019; Hallenkran gesucht")
    assert "wanne" in row["search_key"]  # the list filter finds it by the chosen city
    window.grab().save(str(tmp_path / "status.png"))
    assert message_boxes == []
    laptop.close()


def test_automatic_sync_against_an_unreachable_server_quietly_shows_offline(
    qtbot, tmp_path: Path, shared: SharedServer, message_boxes: list[str]
) -> None:  # type: ignore[no-untyped-def]
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    window = QMainWindow()
    qtbot.addWidget(window)
    service = PasswordService(laptop.data_dir, "wrong password")
    widget = SyncStatusWidget(service, SynchronousRunner(window), window)

    widget.auto_sync()

    assert widget.state_label.text().startswith("Offline ·")
    assert message_boxes == []
    assert widget.sync_button.text() == "Synchronise"


def test_without_a_remembered_password_sync_asks_once_per_session_and_again_after_a_refusal(
    qtbot,
    shared: SharedServer,
    office: Workspace,
    tmp_path: Path,
    message_boxes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """Headless Linux has no keyring: the status bar's Synchronise asks for the password,
    keeps it in memory only, and asks again when the server refused it."""
    from PySide6.QtWidgets import QInputDialog

    create_org(office, "Zoë Ñúñez Feinmechanik", city="Hagen")
    laptop, _ = Laptop.take_offline(tmp_path / "laptop", shared.dortmund)
    window = QMainWindow()
    qtbot.addWidget(window)
    service = ReplicaService(laptop.data_dir)
    monkeypatch.setattr(service, "keyring_available", lambda: False)
    assert service.password_needed() is not None
    answers = ["falsch", shared.dortmund.password]
    asked: list[str] = []

    def answer(parent, title, label, echo):  # type: ignore[no-untyped-def]
        asked.append(label)
        assert echo == QLineEdit.EchoMode.Password
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    widget = SyncStatusWidget(service, SynchronousRunner(window), window)
    window.statusBar().addPermanentWidget(widget)

    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)  # wrong password
    assert len(asked) == 1 and "no keyring" in asked[0]
    assert "Online" not in widget.state_label.text()

    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)  # asked again, right
    assert len(asked) == 2
    assert "Online" in widget.state_label.text()

    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)  # kept for the session
    assert len(asked) == 2 and "Online" in widget.state_label.text()
    laptop.close()


def test_conflicting_fields_are_named_in_words_never_as_column_identifiers(qapp) -> None:  # type: ignore[no-untyped-def]
    from indie_desktop.ui.sync.conflict_dialog import field_label

    assert field_label("legal_form") == "Legal form"
    assert field_label("wanted_competence") == "Wanted competence"
    assert field_label("partner_person_id") == "Partner person"  # no label of its own


def test_a_closed_windows_status_bar_does_not_sync_later(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The automatic sync belongs to the window: once it is closed (File → Connection…
    replaced it, or a restore did) nothing syncs in its name, while a shown one does."""
    from indie_desktop.ui.sync import status_widget

    monkeypatch.setattr(status_widget, "FIRST_AUTO_SYNC_MS", 20)
    attempts: list[str] = []

    class Counting(ReplicaService):
        def synchronise(self, options: object = None) -> object:
            attempts.append("sync")
            from indie_desktop.sync.engine import SyncError

            raise SyncError("The server cannot be reached.")  # quietly: offline

        def password_needed(self) -> str | None:
            return None

    shown, closed = QMainWindow(), QMainWindow()
    for window in (shown, closed):
        qtbot.addWidget(window)
        window.statusBar().addPermanentWidget(
            SyncStatusWidget(Counting(tmp_path), SynchronousRunner())
        )
        window.show()
    closed.close()
    qtbot.waitUntil(lambda: attempts == ["sync"])  # the shown window's first automatic sync
    qtbot.wait(100)
    assert attempts == ["sync"]  # and none for the closed one
