"""The person's data protection commands, shared by the panel, the dialog and the review."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from indie_desktop.domain.errors import ServiceError
from indie_desktop.services.privacy.access import AccessExport
from indie_desktop.services.work.tasks import today_in_berlin
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.privacy.erase_dialog import EraseDialog
from indie_desktop.ui.privacy.progress import CancelledFn, PrivacyJobDialog, StepFn, runner_for
from indie_desktop.ui.tasks import Runner, show_failure


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "Person"


def export_access(
    parent: QWidget,
    ws: Workspace,
    person_id: uuid.UUID,
    name: str,
    runner: Runner | None = None,
) -> PrivacyJobDialog | None:
    """Ask for a folder; write the Art. 15 export into a subfolder named after the person, in
    the background behind a cancellable busy dialog (returned; None if no folder was chosen).
    When it is done the user is told where it is and may open the folder."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("PrivacyActions", "Folder for the access export (Art. 15)"),
    )
    if not folder:
        return None
    target = Path(folder) / f"Auskunft {_safe(name)} {today_in_berlin().isoformat()}"
    title = QCoreApplication.translate("PrivacyActions", "Access export")
    privacy = ws.privacy

    def work(step: StepFn, cancelled: CancelledFn) -> AccessExport:
        return privacy.export_access(person_id, target, step, cancelled)

    def done(result: object) -> None:
        assert isinstance(result, AccessExport)
        answer = QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PrivacyActions",
                "The access export is in %1: a PDF for the person (and the same as a Word "
                "letter, to adjust before sending), the data as JSON and CSV, and copies of "
                "the person's files. Open the folder?",
            ).replace("%1", str(result.folder)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))

    def failed(error: object) -> None:
        if isinstance(error, ServiceError | OSError):
            show_error(parent, title, error)
        else:
            assert isinstance(error, BaseException)
            show_failure(error, parent)

    job = PrivacyJobDialog(
        runner or runner_for(parent),
        title,
        QCoreApplication.translate("PrivacyActions", "Writing the access export for %1 into %2.")
        .replace("%1", name)
        .replace("%2", str(target)),
        work,
        cancellable=True,
        parent=parent,
    )
    job.finished_with.connect(done)
    job.failed_with.connect(failed)
    job.finished.connect(job.deleteLater)
    job.start()
    return job


def print_art14(parent: QWidget, ws: Workspace, person_id: uuid.UUID, name: str) -> bool:
    """Save the Art. 14 information letter as PDF; offer to record it as sent today."""
    try:
        pdf = ws.printing.art14_letter(person_id)
    except ServiceError as exc:
        show_error(parent, QCoreApplication.translate("PrivacyActions", "Art. 14 information"), exc)
        return False
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyActions", "Save the Art. 14 information letter"),
        f"Art14-Information {_safe(name)}.pdf",
        QCoreApplication.translate("PrivacyActions", "PDF documents (*.pdf)")
        + ";;"
        + QCoreApplication.translate("PrivacyActions", "Word documents (*.docx)"),
    )
    if not path:
        return False
    try:
        if Path(path).suffix.lower() == ".docx":  # to adjust in Word before it goes out
            Path(path).write_bytes(ws.printing.letter_docx(ws.printing.art14_draft(person_id)))
        else:
            Path(path).write_bytes(pdf)
    except OSError as exc:
        show_error(parent, QCoreApplication.translate("PrivacyActions", "Art. 14 information"), exc)
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PrivacyActions", "Art. 14 information"),
        QCoreApplication.translate(
            "PrivacyActions",
            "Record the information as sent today and keep the letter with the person?",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        ws.privacy.record_art14_sent(person_id, today_in_berlin(), pdf)
    except ServiceError as exc:
        show_error(parent, QCoreApplication.translate("PrivacyActions", "Art. 14 information"), exc)
        return False
    return True


def erase(
    parent: QWidget, ws: Workspace, person_id: uuid.UUID, name: str, runner: Runner | None = None
) -> bool:
    dialog = EraseDialog(ws, person_id, name, parent, runner)
    try:
        return dialog.exec() == EraseDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
