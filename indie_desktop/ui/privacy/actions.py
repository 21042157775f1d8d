"""The person's data protection commands, shared by the panel, the dialog and the review."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from indie_desktop.services.errors import ServiceError
from indie_desktop.services.tasks import today_in_berlin
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.privacy.erase_dialog import EraseDialog


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "Person"


def export_access(parent: QWidget, ws: Workspace, person_id: uuid.UUID, name: str) -> Path | None:
    """Ask for a folder; write the Art. 15 export into a subfolder named after the person."""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("PrivacyActions", "Folder for the access export (Art. 15)"),
    )
    if not folder:
        return None
    target = Path(folder) / f"Auskunft {_safe(name)} {today_in_berlin().isoformat()}"
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = ws.privacy.export_access(person_id, target)
    except (ServiceError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, QCoreApplication.translate("PrivacyActions", "Access export"), exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    answer = QMessageBox.information(
        parent,
        QCoreApplication.translate("PrivacyActions", "Access export"),
        QCoreApplication.translate(
            "PrivacyActions",
            "The access export is in %1: a PDF for the person, the data as JSON and CSV, "
            "and copies of the person's files. Open the folder?",
        ).replace("%1", str(result.folder)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.folder)))
    return result.folder


def print_art14(parent: QWidget, ws: Workspace, person_id: uuid.UUID, name: str) -> bool:
    """Save the Art. 14 information letter as PDF; offer to record it as sent today."""
    try:
        pdf = ws.privacy.art14_letter(person_id)
    except ServiceError as exc:
        show_error(parent, QCoreApplication.translate("PrivacyActions", "Art. 14 information"), exc)
        return False
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyActions", "Save the Art. 14 information letter"),
        f"Art14-Information {_safe(name)}.pdf",
        QCoreApplication.translate("PrivacyActions", "PDF documents (*.pdf)"),
    )
    if not path:
        return False
    try:
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


def erase(parent: QWidget, ws: Workspace, person_id: uuid.UUID, name: str) -> bool:
    dialog = EraseDialog(ws, person_id, name, parent)
    try:
        return dialog.exec() == EraseDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
