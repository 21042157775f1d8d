"""File → Restore backup… and the notice for a damaged database file.

The restore dialog lists the backups (newest first) and previews the selected one in the
background: when it was taken and how many organisations, people and activities it holds. A
damaged backup cannot be chosen. Restoring closes the database, keeps the current file (a
`before-restore` backup, or a damaged file renamed beside itself), puts the backup in place and
opens it again in a new main window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.formatting import format_datetime, format_number
from indie_desktop.store import backup as b
from indie_desktop.ui import qt_items
from indie_desktop.ui.tasks import Runner, show_failure
from indie_desktop.ui.theme import error_style
from indie_desktop.ui.window_host import WindowHost
from indie_desktop.ui.window_sizes import fit_window

if TYPE_CHECKING:
    from indie_desktop.config import Settings

log = logging.getLogger(__name__)

CONTEXT = "backup"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1

# store/backup.py's texts (English sources), so that lupdate offers them for translation.
PROBLEMS = (
    QT_TRANSLATE_NOOP("backup", "The database file cannot be read."),
    QT_TRANSLATE_NOOP(
        "backup",
        "The file is not a usable database (its beginning is damaged or it is another kind "
        "of file).",
    ),
    QT_TRANSLATE_NOOP("backup", "The database file is damaged (its header is broken)."),
    QT_TRANSLATE_NOOP(
        "backup",
        "The database file is truncated or damaged (its size does not fit its pages).",
    ),
    QT_TRANSLATE_NOOP("backup", "The database file is truncated: part of it is missing."),
    QT_TRANSLATE_NOOP(
        "backup",
        "The database file is truncated or damaged (SQLite cannot read its structure).",
    ),
    QT_TRANSLATE_NOOP(
        "backup",
        "The database file is empty, although there are backups of it: it was emptied or cut off.",
    ),
    QT_TRANSLATE_NOOP("backup", "The database file cannot be opened."),
    QT_TRANSLATE_NOOP("backup", "The database file is damaged."),
    QT_TRANSLATE_NOOP("backup", "The backup cannot be read."),
    QT_TRANSLATE_NOOP("backup", "The file is not a database of this application."),
    QT_TRANSLATE_NOOP("backup", "The file is not a usable database."),
)
REASONS = {
    b.DAILY: QT_TRANSLATE_NOOP("backup", "daily at start"),
    b.BEFORE_MIGRATION: QT_TRANSLATE_NOOP("backup", "before an update"),
    b.BEFORE_IMPORT: QT_TRANSLATE_NOOP("backup", "before an import"),
    b.BEFORE_RESTORE: QT_TRANSLATE_NOOP("backup", "before a restore"),
    b.MANUAL: QT_TRANSLATE_NOOP("backup", "by hand"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("backup", text)


def when_text(taken: datetime) -> str:
    """'24.11.2026 07:30' in Berlin time, like the rest of the app: a backup's name carries
    the computer's local time, which on a laptop set to another zone is not Berlin's."""
    return format_datetime(taken.astimezone() if taken.tzinfo is None else taken)


def problem_text(health: b.Health) -> str:
    return _tr(health.problem) if health.problem else ""


def preview_text(preview: b.BackupPreview) -> str:
    """What a backup holds, in one or two lines for the user."""
    when = when_text(preview.info.taken_at)
    if not preview.health.ok:
        return QCoreApplication.translate(
            "backup", "Backup of {when}: cannot be restored. {problem}"
        ).format(when=when, problem=problem_text(preview.health))
    return QCoreApplication.translate(
        "backup",
        "Backup of {when}: {organisations} organisations, {people} people, "
        "{activities} activities.",
    ).format(
        when=when,
        organisations=format_number(preview.organisations),
        people=format_number(preview.people),
        activities=format_number(preview.activities),
    )


def _size_text(size: int) -> str:
    return QCoreApplication.translate("backup", "{size} MB").format(
        size=format_number(size / 1_048_576, 1)
    )


class RestoreDialog(QDialog):
    """Choose a backup (listed or any file) and see what it holds before restoring it."""

    def __init__(
        self,
        policy: b.BackupPolicy,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        damage: b.Health | None = None,
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.runner = runner
        self.previews: dict[Path, b.BackupPreview] = {}
        self.setWindowTitle(self.tr("Restore backup"))
        fit_window(self, 640, 420, "restore")

        layout = QVBoxLayout(self)
        self.damage_label = QLabel()
        self.damage_label.setWordWrap(True)
        self.damage_label.setStyleSheet(error_style())
        self.damage_label.setVisible(damage is not None)
        if damage is not None:
            self.damage_label.setText(
                self.tr(
                    "The database cannot be used. {problem} The file has been left as it is. "
                    "Choose a backup to continue with; the damaged file is kept beside it."
                ).format(problem=problem_text(damage))
            )
        layout.addWidget(self.damage_label)
        intro = QLabel(
            self.tr("Backups in {folder}. The current database is kept as a backup first.").format(
                folder=str(policy.folder)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Occasion"), self.tr("Size")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.currentItemChanged.connect(self._selected)
        layout.addWidget(self.list, 1)

        self.preview_label = QLabel(self.tr("Choose a backup to see what it holds."))
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview_label)

        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("&Other file…"))
        self.other_button.clicked.connect(self.choose_file)
        row.addWidget(self.other_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)

        for info in b.list_backups(policy.folder):
            self._add(info)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(qt_items.top_level(self.list, 0))
        else:
            self.preview_label.setText(
                self.tr("There are no backups in this folder yet. Choose a backup file.")
            )

    def _add(self, info: b.BackupInfo) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                when_text(info.taken_at),
                _tr(REASONS.get(info.reason, info.reason)),
                _size_text(info.size),
            ]
        )
        item.setData(0, PATH_ROLE, str(info.path))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.addTopLevelItem(item)
        return item

    @property
    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    @property
    def selected_preview(self) -> b.BackupPreview | None:
        path = self.selected_path
        return self.previews.get(path) if path is not None else None

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.policy.folder),
            self.tr("Database files (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.select_file(Path(name))

    def select_file(self, path: Path) -> None:
        """Add a backup file chosen by hand (from a stick, say) and select it."""
        for i in range(self.list.topLevelItemCount()):
            item = qt_items.top_level(self.list, i)
            if Path(item.data(0, PATH_ROLE)) == path:
                self.list.setCurrentItem(item)
                return
        try:
            info = b.info_for(path)
        except OSError as exc:
            self.preview_label.setText(str(exc))
            return
        item = self._add(info)
        self.list.setCurrentItem(item)

    def _selected(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.restore_button.setEnabled(False)
        if item is None:
            return
        path = Path(item.data(0, PATH_ROLE))
        if path in self.previews:
            self._show(self.previews[path])
            return
        self.preview_label.setText(self.tr("Checking the backup…"))

        def done(result: object) -> None:
            assert isinstance(result, b.BackupPreview)
            self.previews[path] = result
            if self.selected_path == path:
                self._show(result)

        self.runner.run(lambda: b.preview(path), on_success=done, on_failure=show_failure)

    def _show(self, preview: b.BackupPreview) -> None:
        self.preview_label.setText(preview_text(preview))
        self.preview_label.setStyleSheet("" if preview.health.ok else error_style())
        self.restore_button.setEnabled(preview.health.ok)

    def accept(self) -> None:
        preview = self.selected_preview
        if preview is None or not preview.health.ok:
            return
        super().accept()


class DamagedDatabaseNotice(QMessageBox):
    """The message box of a damaged database, with its choices as buttons."""

    restore_newest: QPushButton | None  # only when an intact backup exists
    choose: QPushButton
    quit: QPushButton


def damaged_database_notice(
    parent: QWidget | None, path: Path, health: b.Health, newest: b.BackupPreview | None
) -> DamagedDatabaseNotice:
    """Tell the user the file is damaged and what can be done (the buttons are the choices)."""
    text = QCoreApplication.translate(
        "backup",
        "The database file {path} is damaged and cannot be used: {problem}\n\n"
        "It has not been changed: it will be kept beside the restored file.",
    ).format(path=str(path), problem=problem_text(health))
    if newest is not None:
        text += "\n\n" + QCoreApplication.translate(
            "backup", "The newest intact backup: {preview}"
        ).format(preview=preview_text(newest))
    else:
        text += "\n\n" + QCoreApplication.translate(
            "backup", "No intact backup was found in the backup folder."
        )
    box = DamagedDatabaseNotice(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("backup", "Damaged database"),
        text,
        parent=parent,
    )
    if health.detail:
        box.setDetailedText(health.detail)
    box.restore_newest = None
    if newest is not None:
        box.restore_newest = box.addButton(
            QCoreApplication.translate("backup", "Restore the &newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.choose = box.addButton(
        QCoreApplication.translate("backup", "&Choose a backup…"), QMessageBox.ButtonRole.ActionRole
    )
    box.quit = box.addButton(
        QCoreApplication.translate("backup", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    return box


def confirm_restore(parent: QWidget | None, preview: b.BackupPreview) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("backup", "Restore backup"),
        QCoreApplication.translate(
            "backup",
            "Replace the current database with this backup?\n\n{preview}\n\n"
            "Everything entered since then is no longer shown; the current database is kept "
            "as a backup and can be restored in the same way.",
        ).format(preview=preview_text(preview)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_with_wait_cursor(
    db_file: Path, source: Path, policy: b.BackupPolicy
) -> b.RestoreResult:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return b.restore(db_file, source, policy)
    finally:
        QApplication.restoreOverrideCursor()


def restore_in_window(
    window: WindowHost, *, damage: b.Health | None = None, choose: bool = True
) -> WindowHost | None:
    """File → Restore backup…: choose, confirm, restore, reopen in a new window.

    Returns the new window (the old one closes), None when nothing was restored.
    """
    from indie_desktop.services.context import Actor
    from indie_desktop.services.workspace import Workspace
    from indie_desktop.store.database import StorageError, open_local
    from indie_desktop.ui.errors import show_error

    db = window.workspace.db
    if db.path is None or db.backups is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("backup", "Restore backup"),
            QCoreApplication.translate(
                "backup",
                "Backups are kept of the local database file only; this is a shared database.",
            ),
        )
        return None
    policy = db.backups
    dialog = RestoreDialog(policy, window.runner, window, damage=damage)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        preview = dialog.selected_preview
    finally:
        dialog.deleteLater()
    if preview is None or not confirm_restore(window, preview):
        return None
    db_file = db.path
    window.live.stop()
    window.workspace.close()
    title = QCoreApplication.translate("backup", "Restore backup")
    try:
        result = restore_with_wait_cursor(db_file, preview.info.path, policy)
        log.info("restored from %s; former file kept as %s", preview.info.path, result.kept_copy)
    except b.BackupError as exc:
        # Nothing was replaced unless the former file was kept first: open what is there.
        show_error(window, title, StorageError(str(exc)))
    try:
        new_db = open_local(db_file.parent, policy)
    except StorageError as exc:
        show_error(window, title, exc)
        window.close()
        return None
    actor = Workspace(new_db, Actor.system()).directory.local_actor() or window.workspace.actor
    replacement = window.replace_with(new_db, actor)
    replacement.statusBar().showMessage(
        QCoreApplication.translate("backup", "Restored: {preview}").format(
            preview=preview_text(preview)
        ),
        15000,
    )
    return replacement


def ask_restore_at_start(
    path: Path,
    health: b.Health,
    policy: b.BackupPolicy,
    runner: Runner,
    exec_box: Callable[[QMessageBox], object] | None = None,
) -> bool:
    """At start, the local file is damaged: offer the newest intact backup (or another).

    True when a backup was put in place (the damaged file set aside), False to quit.
    """
    newest = b.newest_good_backup(policy.folder)
    box = damaged_database_notice(None, path, health, newest)
    (exec_box or QMessageBox.exec)(box)
    clicked = box.clickedButton()
    chosen: b.BackupPreview | None = None
    if newest is not None and clicked is box.restore_newest:
        chosen = newest
    elif clicked is box.choose:
        dialog = RestoreDialog(policy, runner, None, damage=health)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = dialog.selected_preview
        dialog.deleteLater()
    box.deleteLater()
    if chosen is None:
        return False
    try:
        result = restore_with_wait_cursor(path, chosen.info.path, policy)
    except b.BackupError as exc:  # a file held by another program: said, not a crash
        log.error("restore at start failed: %s", exc)
        QMessageBox.warning(None, QCoreApplication.translate("backup", "Restore backup"), str(exc))
        return False
    log.warning("damaged %s set aside as %s; restored %s", path, result.kept_copy, chosen.info.path)
    return True


def start_checks(window: WindowHost, settings: Settings | None) -> None:
    """After start, in the background: the full check of the local file, then (if it passes
    and none was taken today) the daily backup. A failed check is reported with the offer to
    restore a backup; the file itself stays as it is."""
    db = window.workspace.db
    if db.path is None or db.backups is None:
        return
    path, policy = db.path, db.backups
    daily = settings.get("backup_daily") if settings is not None else True

    def work() -> object:
        health = b.check_file(path)
        if health.ok and daily:
            b.daily_backup(path, policy)
        return health

    def done(result: object) -> None:
        assert isinstance(result, b.Health)
        if result.ok:
            return
        log.error("database check failed: %s %s", result.problem, result.detail)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("backup", "Damaged database"),
            QCoreApplication.translate(
                "backup",
                "The check of the database file found damage: {problem}\n\nNo backup was "
                "taken today, so that the intact ones are kept. Restore a backup now?",
            ).format(problem=problem_text(result)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            window,
        )
        box.setDetailedText(result.detail)
        if box.exec() == QMessageBox.StandardButton.Yes:
            restore_in_window(window, damage=result)

    def failed(error: BaseException) -> None:
        log.warning("daily backup failed: %s", error)
        window.statusBar().showMessage(
            QCoreApplication.translate("backup", "The daily backup failed: {error}").format(
                error=str(error)
            ),
            15000,
        )

    window.runner.run(work, on_success=done, on_failure=failed)
