"""Status bar part of an offline replica: online/offline, unsynced changes, sync, conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QToolButton,
    QWidget,
)

from indie_desktop.sync.service import ReplicaService
from indie_desktop.ui.sync.conflict_dialog import ConflictDialog
from indie_desktop.ui.tasks import Runner, Task, show_failure

if TYPE_CHECKING:
    from indie_desktop.sync.engine import SyncSummary

REFRESH_MS = 5_000
AUTO_SYNC_MS = 10 * 60_000  # try on its own every 10 minutes; quietly offline if unreachable
FIRST_AUTO_SYNC_MS = 30_000


class SyncStatusWidget(QWidget):
    def __init__(self, service: ReplicaService, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.online: bool | None = None  # unknown until the first sync
        self.task: Task | None = None
        self._running = False
        self.state_label = QLabel()
        self.sync_button = QToolButton()
        self.sync_button.setText(self.tr("Synchronise"))
        self.sync_button.clicked.connect(self.sync_or_cancel)
        self.conflict_button = QToolButton()
        self.conflict_button.clicked.connect(self.show_conflicts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.conflict_button)
        # The counts' refresh and the automatic sync run while the status bar is shown: a
        # closed window (File → Connection… or a restore replaced it) syncs nothing any more.
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._auto = QTimer(self)
        self._auto.setInterval(AUTO_SYNC_MS)
        self._auto.timeout.connect(self.auto_sync)
        self._first = QTimer(self)  # the first automatic sync, a while after the window shows
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_AUTO_SYNC_MS)
        self._first.timeout.connect(self.auto_sync)
        self._first_pending = True
        self._quiet = False
        self._password: str | None = None
        self.refresh()

    def refresh(self, progress: str = "") -> None:
        status = self.service.status()
        if progress:
            state = progress
        elif self.online is None:
            state = self.tr("Offline replica")
        elif self.online:
            state = self.tr("Online")
        else:
            state = self.tr("Offline")
        if status.unsynced:
            state += " · " + self.tr("%n unsynced change(s)", "", status.unsynced)
        else:
            state += " · " + self.tr("all synchronised")
        self.state_label.setText(state)
        self.state_label.setToolTip(status.server)
        self.conflict_button.setText(self.tr("Conflicts (%n)", "", status.conflicts))
        self.conflict_button.setVisible(bool(status.conflicts))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():  # the window comes back from the task bar: it ran on
            return
        self._timer.start()
        self._auto.start()
        if self._first_pending:
            self._first_pending = False
            self._first.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if event.spontaneous():  # minimised: a laptop in the bag keeps syncing
            return
        for timer in (self._timer, self._auto, self._first):
            timer.stop()

    def auto_sync(self) -> None:
        """A sync on its own: errors only switch the state to offline (no message box)."""
        if self.task is None:
            self._quiet = True
            self.sync_or_cancel()

    def _ask_password(self) -> bool:
        """No password in the keyring (or no keyring at all, as on headless Linux): ask, and
        keep the answer in memory for this session only. False: the user declined."""
        if self._password is not None:
            return True
        login = self.service.password_needed()
        if login is None:
            return True
        if self._quiet:  # an automatic sync never opens a dialog
            return False
        text = self.tr("Password of %1 for synchronising:").replace("%1", login)
        if not self.service.keyring_available():
            text += "\n" + self.tr(
                "This computer has no keyring, so the password cannot be remembered; it is "
                "kept in memory until the application closes."
            )
        password, ok = QInputDialog.getText(
            self, self.tr("Synchronise"), text, QLineEdit.EchoMode.Password
        )
        if not ok or not password:
            return False
        self._password = password
        return True

    def sync_or_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        if not self._ask_password():
            self._quiet = False
            return
        self.sync_button.setText(self.tr("Cancel"))
        self.refresh(self.tr("Synchronising…"))
        password = self._password

        from indie_desktop.sync.engine import SyncOptions  # psycopg: only once a sync runs

        def work(task: Task) -> SyncSummary:
            return self.service.synchronise(
                SyncOptions(password=password, progress=task.report, cancelled=task.is_cancelled)
            )

        self._running = True
        task = self.runner.run(
            work, on_success=self._done, on_failure=self._failed, on_progress=self._progress
        )
        # A synchronous runner (tests) has finished already and called back.
        self.task = task if self._running else None

    def _progress(self, phase: str, done: int, total: int) -> None:
        text = {"upload": self.tr("Uploading"), "download": self.tr("Downloading")}.get(
            phase, phase
        )
        shown = f"{done}/{total}" if total else str(done)
        self.refresh(f"{text} {shown}")

    def _finish(self) -> None:
        self._running = False
        self._quiet = False
        self.task = None
        self.sync_button.setText(self.tr("Synchronise"))

    def _done(self, summary: SyncSummary) -> None:
        self._finish()
        self.online = True
        self.refresh()
        window = self.window()
        if isinstance(window, QMainWindow):
            message = self.tr(
                "Synchronised: {sent} sent, {received} received, {merged} merged, "
                "{conflicts} conflicts."
            ).format(
                sent=summary.sent,
                received=summary.received,
                merged=summary.merged,
                conflicts=summary.conflicts,
            )
            notices = self.erasure_notices(summary)
            # An erasure's notice comes first (a narrow window cuts the end off) and stays until
            # the next message: the user must be able to read it.
            window.statusBar().showMessage(" ".join([*notices, message]), 0 if notices else 10000)
            if (summary.received or summary.erased_persons) and hasattr(window, "refresh_changed"):
                window.refresh_changed({"*"})

    def erasure_notices(self, summary: SyncSummary) -> list[str]:
        """What an Art. 17 erasure done on the server did to this laptop's unsent work."""
        notices = []
        if summary.discarded:
            notices.append(
                self.tr(
                    "%n local change(s) to an erased person discarded (erasure under Art. 17).",
                    "",
                    summary.discarded,
                )
            )
        if summary.redacted:
            notices.append(
                self.tr(
                    "An erased person's name removed from %n unsent text(s) (erasure under "
                    "Art. 17).",
                    "",
                    summary.redacted,
                )
            )
        if summary.backups_with_erased:
            notices.append(
                self.tr(
                    "%n backup copy(ies) of this laptop still hold the erased person; they are "
                    "deleted as the backups rotate (the folder: Settings, Backup).",
                    "",
                    len(summary.backups_with_erased),
                )
            )
        return notices

    def _failed(self, error: BaseException) -> None:
        from indie_desktop.domain.errors import Cancelled
        from indie_desktop.sync.engine import ReplicaTooOld, SchemaMismatch

        quiet = self._quiet
        self._finish()
        # The server answered (the password was right): only the copy cannot go on.
        self.online = isinstance(error, (Cancelled, SchemaMismatch, ReplicaTooOld))
        if not self.online:
            self._password = None  # perhaps wrong: ask again next time
        self.refresh()
        if not isinstance(error, Cancelled) and not (quiet and not self.online):
            show_failure(error, self)

    def show_conflicts(self) -> None:
        ConflictDialog(self.service, self).exec()
        self.refresh()


def install_sync_status(window: Any) -> SyncStatusWidget | None:
    """Add the sync part to the main window's status bar if its database is a replica."""
    path: Path | None = window.workspace.db.path
    if path is None:
        return None
    service = ReplicaService(path.parent)
    if not service.status().is_replica:
        return None
    widget = SyncStatusWidget(service, window.runner, window)
    window.statusBar().addPermanentWidget(widget)
    return widget
