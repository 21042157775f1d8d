"""Filing dropped mails from the window: on the record they were dropped on, or (dropped on
the main window) on the organisation their addresses name, asking when that is not clear."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.interchange.mail import MailFileError, MailMessage, read_mail
from indie_desktop.services.mail.filing import FiledMail, MailTarget
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker

ID_ROLE = 0x0100


class ChooseOrganisationDialog(QDialog):
    """Which organisation a mail belongs to: the ones its addresses found, or any other."""

    def __init__(
        self,
        workspace: Workspace,
        message: MailMessage,
        found: dict[uuid.UUID, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MailFiling", "File e-mail"))
        sender = message.sender.label() if message.sender else ""
        intro = QLabel(
            QCoreApplication.translate(
                "MailFiling",
                "On which organisation should the e-mail “{subject}” from {sender} be filed?",
            ).format(subject=message.subject or message.filename, sender=sender or "?")
        )
        intro.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(
            QCoreApplication.translate("MailFiling", "Organisations found by the addresses")
        )
        for oid, name in found.items():
            item = QListWidgetItem(name, self.candidates)
            item.setData(ID_ROLE, oid)
        none = QListWidgetItem(
            QCoreApplication.translate("MailFiling", "No organisation (only the people found)"),
            self.candidates,
        )
        none.setData(ID_ROLE, None)
        self.candidates.setCurrentRow(0)
        self.picker = OrganisationPicker(workspace.organisations.choices)
        self.picker.setPlaceholderText(
            QCoreApplication.translate("MailFiling", "or another organisation: type its name")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def chosen(self) -> list[uuid.UUID]:
        picked = self.picker.resolve()
        if picked is not None:
            return [picked]
        item = self.candidates.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return [value] if isinstance(value, uuid.UUID) else []


def file_mails(
    parent: QWidget,
    workspace: Workspace,
    mails: list[tuple[str, bytes]],
    target: MailTarget | None,
) -> tuple[list[FiledMail], list[str]]:
    """File each mail; (what was filed, one line per mail that was not, in the user's words).
    Without a target each mail goes where its addresses point, or where the user says."""
    filed: list[FiledMail] = []
    problems: list[str] = []
    for name, data in mails:
        try:
            message = read_mail(data, name)
        except MailFileError as exc:
            text = QCoreApplication.translate(
                "MailFiling", "{file}: not an e-mail that can be read ({reason})"
            )
            problems.append(text.format(file=name, reason=exc))
            continue
        chosen: list[uuid.UUID] | None = None
        if target is None and workspace.mail.already_filed(message) is None:
            found = workspace.mail.match(message)
            if not found.sure:
                dialog = ChooseOrganisationDialog(workspace, message, found.organisations, parent)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    problems.append(
                        QCoreApplication.translate(
                            "MailFiling", "{file}: not filed (cancelled)"
                        ).format(file=name)
                    )
                    continue
                chosen = dialog.chosen()
        filed.append(workspace.mail.file(message, target, chosen))
    return filed, problems


def summary(filed: list[FiledMail], problems: list[str]) -> str:
    new = sum(1 for f in filed if not f.duplicate)
    parts = []
    if new:
        parts.append(
            QCoreApplication.translate("MailFiling", "%n e-mail(s) filed as activity.", "", new)
        )
    if len(filed) - new:
        parts.append(
            QCoreApplication.translate(
                "MailFiling", "%n e-mail(s) had been filed already.", "", len(filed) - new
            )
        )
    skipped = [n for f in filed for n in f.attachments_skipped]
    if skipped:
        parts.append(
            QCoreApplication.translate("MailFiling", "Too large, not kept: {files}").format(
                files=", ".join(skipped)
            )
        )
    return " ".join(parts + problems)
