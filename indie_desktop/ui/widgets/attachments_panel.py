"""Files kept with a record: drop them here or add them with a file dialog; open with Return or
a double click (never a single click, whatever the style's activation is).

Mails copied in Outlook are pasted here with Ctrl+V, every one of them (a drag from Outlook
hands over only the first of several).

Programs, scripts, shortcuts and Office files with macros open only after a question that
defaults to No; every opened copy carries the Mark-of-the-Web on Windows
(services/desktop/viewer_copies.py)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_number
from indie_desktop.services.desktop.viewer_copies import is_risky
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error

if TYPE_CHECKING:
    from indie_desktop.interchange.mail.virtual_files import VirtualFiles
    from indie_desktop.services.mail.filing import FiledMail

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{format_number(max(size, 1) / 1024, 0)}\u00a0KB"
    return f"{format_number(size / 1024 / 1024, 1)}\u00a0MB"


class AttachmentsPanel(QWidget):
    """The attachments of one record (`target_type` fixed, the record set with set_target).

    Mails dropped here (from Outlook or as .msg/.eml files) on an organisation, person, need
    or referral become e-mail activities on it (`mailsFiled`); other files are attached.
    """

    mailsFiled = Signal(list)  # list[FiledMail]

    def __init__(
        self, workspace: Workspace, target_type: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.target_type = target_type
        self.target_id: uuid.UUID | None = None
        self.setAcceptDrops(True)
        self.heading = QLabel(self.tr("Attachments (drop files here)"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        # Not itemActivated: styles that activate on a single click would open files by it.
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.add_button = QPushButton(self.tr("Add file…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.remove_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.mail_note = QLabel()
        self.mail_note.setWordWrap(True)
        self.mail_note.hide()
        layout.addWidget(self.mail_note)
        layout.addLayout(buttons)
        self.list.installEventFilter(self)
        # A few files per record: the detail text and the timeline need the height more.
        self.list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.setMaximumHeight(self.fontMetrics().height() * 11)
        self.set_target(None)

    def set_target(self, target_id: uuid.UUID | None) -> None:
        if target_id != self.target_id:
            self.mail_note.hide()
        self.target_id = target_id
        self.setEnabled(target_id is not None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.target_id is None:
            return
        rows = self.workspace.attachments.list_for(self.target_type, self.target_id)
        for row in rows:
            item = QListWidgetItem(f"{row.filename}  ({size_text(row.size)})", self.list)
            item.setData(ID_ROLE, row.id)
            item.setData(NAME_ROLE, row.filename)
            item.setToolTip(f"SHA-256 {row.sha256}")
        self.heading.setText(
            self.tr("Attachments: %n (drop files here)", "", len(rows))
            if rows
            else self.tr("Attachments (drop files here)")
        )

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file; a refused one (too large, unreadable) is explained, the rest added."""
        from indie_desktop.services.attachments import AttachmentTooLarge  # imports the ORM

        if self.target_id is None:
            return
        problems: list[str] = []
        for path in paths:
            try:
                self.workspace.attachments.add(self.target_type, self.target_id, path)
            except AttachmentTooLarge as exc:
                problems.append(
                    self.tr(
                        "{file}: the file is {size}; attachments may be at most {limit}. Attach "
                        "a smaller version (e.g. a compressed PDF or a scaled-down photo)."
                    ).format(file=path.name, size=size_text(exc.size), limit=size_text(exc.limit))
                )
            except ValidationError as exc:
                problems.append(f"{path.name}: {translate_error(exc.errors['file'])[0]}")
        self.reload()
        if problems:
            QMessageBox.warning(self, self.tr("File not attached"), "\n\n".join(problems))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files([Path(n) for n in names])

    def _selected(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def open_selected(self) -> bool:
        """Open the selected file in its program (after asking, for a risky type)."""
        attachment_id = self._selected()
        item = self.list.currentItem()
        if attachment_id is None or item is None:
            return False
        filename = str(item.data(NAME_ROLE) or "")
        if is_risky(filename) and not self.confirm_risky(filename):
            return False
        try:
            path = self.workspace.attachments.open_path(attachment_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), str(exc))
            self.reload()
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def confirm_risky(self, filename: str) -> bool:
        """Ask before a program, script or macro document is opened; No is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Open a program or macro file?"),
            self.tr(
                "“{file}” is a program, a script, a shortcut or an Office document with macros. "
                "Opened, it can change this computer and read your files. Open it only if you "
                "expected exactly this file from someone you know."
            ).format(file=filename),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Open anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not open"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            box.deleteLater()

    def remove_selected(self) -> None:
        attachment_id = self._selected()
        if attachment_id is None:
            return
        self.workspace.attachments.remove(attachment_id)
        self.reload()

    # --- drag and drop -------------------------------------------------------------------------

    # The mail readers are imported on the first drag, not at start-up.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from indie_desktop.ui.mail.dropped_mail import offers_mail_or_files

        if self.target_id is not None and offers_mail_or_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        from indie_desktop.ui.mail.dropped_mail import offers_mail_or_files

        if self.target_id is not None and offers_mail_or_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from indie_desktop.services.mail.filing import TARGET_KINDS
        from indie_desktop.ui.mail.dropped_mail import read_drop

        if self.target_id is None:
            return
        dropped = read_drop(event.mimeData())
        if not (dropped.mails or dropped.files):
            return
        event.acceptProposedAction()
        if dropped.mails and self.target_type in TARGET_KINDS:
            self.file_mails(dropped.mails, dropped.not_read)
        else:
            dropped.files += [Path(name) for name, _ in dropped.mails if Path(name).is_file()]
        if dropped.files:
            self.add_files(dropped.files)

    def paste(
        self, read_outlook_clipboard: Callable[[], VirtualFiles | None] | None = None
    ) -> list[FiledMail]:
        """Ctrl+V: the mails copied in Outlook (every one of them), or files copied in the
        Explorer, onto this record."""
        from indie_desktop.services.mail.filing import TARGET_KINDS
        from indie_desktop.ui.mail.dropped_mail import paste_mails

        if self.target_id is None:
            return []
        pasted = paste_mails(QApplication.clipboard().mimeData(), read_outlook_clipboard)
        filed: list[FiledMail] = []
        if pasted.mails or pasted.unreadable:
            if self.target_type in TARGET_KINDS:
                filed = self.file_mails(pasted.mails, [], pasted.unreadable)
        if pasted.files:
            self.add_files(pasted.files)
        return filed

    def file_mails(
        self,
        mails: list[tuple[str, bytes]],
        not_read: list[str],
        unreadable: list[str] | None = None,
    ) -> list[FiledMail]:
        """File mails as e-mail activities on this record; the note under the list says how
        it went (no dialog: a drop of a hundred mails must not ask a hundred times)."""
        from indie_desktop.services.mail.filing import MailTarget
        from indie_desktop.ui.mail.file_mails import file_mails, summary

        assert self.target_id is not None
        target = MailTarget(self.target_type, self.target_id)
        filed, problems = file_mails(self, self.workspace, mails, target)
        if not_read:
            problems.append(
                self.tr(
                    "Outlook handed over only the first of the dragged mails. To file them "
                    "all at once, copy them in Outlook (Ctrl+C) and paste them here (Ctrl+V): "
                    "{names}"
                ).format(names=", ".join(not_read))
            )
        if unreadable:
            problems.append(
                self.tr("Outlook did not hand over: {names}").format(names=", ".join(unreadable))
            )
        self.mail_note.setText(summary(filed, problems))
        self.mail_note.setVisible(True)
        self.reload()
        if filed:
            self.mailsFiled.emit(filed)
        return filed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)
