"""Errors in German: field messages, refused operations, failed tasks, an unusable database.

The services speak English with ids and paths; users read German text that says what
happened, and the technical detail sits in the message box's details area.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from indie_desktop.domain.errors import ConflictError, NotFound, ValidationError
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database, StorageError, open_local
from indie_desktop.ui import crash
from indie_desktop.ui.errors import describe_error, translate_error
from indie_desktop.ui.first_run import FirstRunDialog
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner, show_failure

NO_AT_SIGN = "Not a valid e-mail address: An email address must have an @-sign."  # email_validator


@pytest.fixture
def dialogs_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """show_failure shows its box as in the application (conftest records it)."""
    monkeypatch.setattr(crash, "DIALOGS_ENABLED", True)


def storage_error(tmp_path: Path) -> StorageError:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        open_local(blocker / "data")
    return caught.value


# --- the first-run dialog ----------------------------------------------------------------------


def test_first_run_shows_invalid_email_message_in_german(qtbot, db: Database, german) -> None:
    dialog = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Ayşe")
    dialog.last_name.setText("Kaya")
    dialog.email.setText("kaya-at-example")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    error = dialog.errors["email"]
    # Our own German words for what is wrong; no English explanation of the library.
    assert error.text() == "Eine E-Mail-Adresse hat genau ein @"
    assert error.toolTip() == ""
    assert dialog.actor is None and dialog.email.text() == "kaya-at-example"


def test_first_run_clears_the_explanation_with_the_message(qtbot, db: Database, german) -> None:
    dialog = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.show_errors({"email": NO_AT_SIGN})
    dialog.show_errors({"first_name": "Required"})
    assert dialog.errors["email"].text() == "" and dialog.errors["email"].toolTip() == ""
    assert dialog.errors["first_name"].text() == "Pflichtfeld"


def test_field_message_with_library_explanation_keeps_it_for_the_tooltip(german) -> None:
    assert translate_error(NO_AT_SIGN) == (
        "Keine gültige E-Mail-Adresse",
        "An email address must have an @-sign.",
    )
    assert translate_error("Something nobody translated") == ("Something nobody translated", "")


# --- errors as a whole -------------------------------------------------------------------------


def test_validation_failure_lists_the_fields_in_german(german) -> None:
    error = ValidationError(
        {
            "email": NO_AT_SIGN,
            "first_name": "Required",
            "affiliations.0.until": "Ends before it begins",
        }
    )
    message = describe_error(error)
    assert message.text.splitlines() == [
        "Einige Eingaben sind ungültig:",
        "• E-Mail: Keine gültige E-Mail-Adresse",
        "• Vorname: Pflichtfeld",
        "• Organisationen: Das Ende liegt vor dem Beginn",
    ]
    assert message.detail.startswith("ValidationError: email: Not a valid e-mail address")


def test_conflict_from_the_service_is_explained_in_german(sample: Workspace, german) -> None:
    service = sample.organisations
    org_id = service.create(OrganisationDraft(name="Konflikt GmbH"))
    version = service.detail(org_id).version
    service.update(org_id, OrganisationDraft(name="Konflikt GmbH & Co. KG"), version)
    with pytest.raises(ConflictError) as caught:
        service.update(org_id, OrganisationDraft(name="Meine Änderung"), version)
    message = describe_error(caught.value)
    assert message.text.startswith("Jemand anderes hat diesen Datensatz geändert")
    assert message.detail.startswith("ConflictError: Somebody else changed this record")


def test_deleted_record_says_it_no_longer_exists_with_the_id_as_detail(
    sample: Workspace, german
) -> None:
    missing = uuid.uuid4()
    with pytest.raises(NotFound) as caught:
        sample.organisations.detail(missing)
    message = describe_error(caught.value)
    assert message.text.startswith("Der Datensatz ist nicht mehr vorhanden")
    assert str(missing) in message.detail and str(missing) not in message.text


def test_unusable_data_folder_is_named_in_german_with_the_system_reason(
    tmp_path: Path, german
) -> None:
    error = storage_error(tmp_path)
    message = describe_error(error)
    lead, _blank, reason = message.text.partition("\n\n")
    folder = tmp_path / "not-a-folder" / "data"
    assert lead == f"Der Datenordner {folder} kann nicht angelegt werden."
    assert reason and reason in str(error)
    assert message.detail == f"StorageError: {error}"


def test_unknown_storage_message_gets_a_german_lead_and_keeps_the_message(german) -> None:
    message = describe_error(StorageError("Disk on fire"))
    assert message.text == "Die Datenbank kann nicht verwendet werden.\n\nDisk on fire"


# --- where they are shown ----------------------------------------------------------------------


def test_failed_task_shows_german_message_with_technical_details(
    qapp, german, dialogs_on, message_boxes
) -> None:
    show_failure(ValidationError({"first_name": "Required"}))
    [box] = message_boxes
    assert box.title == "Vorgang nicht möglich"
    assert box.text == "Einige Eingaben sind ungültig:\n• Vorname: Pflichtfeld"
    assert box.detail == "ValidationError: first_name: Required"


def test_failed_task_on_unusable_database_is_a_warning_not_a_crash(
    qapp, tmp_path: Path, german, dialogs_on, message_boxes, monkeypatch
) -> None:
    monkeypatch.setattr(crash, "report_exception", lambda *a: pytest.fail("reported as crash"))
    show_failure(storage_error(tmp_path))
    [box] = message_boxes
    assert box.text.startswith("Der Datenordner ")
    assert box.detail.startswith("StorageError: The data folder ")


def test_refused_delete_is_explained_in_german(
    qtbot, sample: Workspace, german, monkeypatch, message_boxes
) -> None:
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    view = window.organisations_view
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    record = uuid.uuid4()

    def gone(record_id: uuid.UUID) -> None:
        raise NotFound(f"Organisation {record} does not exist or was deleted.")

    monkeypatch.setattr(view.service, "delete", gone)
    view.select_row(0)
    view.delete_selected()
    [box] = message_boxes
    assert box.title == "Nicht möglich"
    assert box.text == (
        "Der Datensatz ist nicht mehr vorhanden: Er wurde gelöscht, oder Sie dürfen ihn "
        "nicht mehr sehen."
    )
    assert str(record) in box.detail


def test_database_that_cannot_be_opened_at_start_is_reported_in_german(
    tmp_path: Path, german, monkeypatch
) -> None:
    from indie_desktop.app import _open_database
    from indie_desktop.config import Paths

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    assert _open_database(Paths.resolve(blocker)) is None
    [(title, text)] = shown
    assert title == "Die Datenbank kann nicht geöffnet werden"
    assert text.startswith(f"Der Datenordner {blocker} kann nicht angelegt werden.")


def test_an_offline_copy_too_old_to_sync_is_told_in_german(german) -> None:
    from indie_desktop.sync.engine import TOO_OLD, ReplicaTooOld

    text = describe_error(ReplicaTooOld(TOO_OLD)).text
    assert text.startswith("Diese Offline-Kopie wurde zu lange nicht abgeglichen")
    assert "Ihre eigenen Änderungen wurden hochgeladen" in text
