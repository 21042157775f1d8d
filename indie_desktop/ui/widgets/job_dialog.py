"""A small modal dialog that runs one piece of work in the app's background runner
(ui/tasks.py): a message, a progress bar and, where the work allows it, a Cancel button.

Subclasses say how the work is called (`_run`) and how its progress reads (`_progress`); this
class owns the life cycle every such job shares: started once, a cancel asked of the work (it
ends at its next check), the dialog closing itself when the work ends. `finished_with(result)`
follows a success, `failed_with(error)` an error; a cancel ends the dialog as rejected with
`was_cancelled` set, also when the work finished before it saw the cancel.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QWidget

from indie_desktop.ui.tasks import Cancelled, Runner, Task, show_failure


class BackgroundJobDialog(QDialog):
    """Runs the work once through `runner`; Escape and the close button cancel (or do nothing
    while a job that cannot be cancelled runs)."""

    finished_with = Signal(object)  # the work's result
    failed_with = Signal(object)  # the exception, not a cancel

    def __init__(
        self,
        runner: Runner,
        title: str,
        parent: QWidget | None = None,
        *,
        cancellable: bool = True,
        report_failures: bool = False,
    ) -> None:
        """With `report_failures` the dialog shows an error itself (over its parent); otherwise
        the caller shows it, at its fields, from `failed_with`."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.runner = runner
        self.cancellable = cancellable
        self.report_failures = report_failures
        self.outcome: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._cancel = threading.Event()
        self._task: Task | None = None
        self._running = False

        self.message = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setAccessibleName(QCoreApplication.translate("BackgroundJob", "Progress"))
        self.buttons: QDialogButtonBox | None = None
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setText(QCoreApplication.translate("BackgroundJob", "Cancel"))
            self.buttons.rejected.connect(self.cancel)

    # --- what a subclass says ------------------------------------------------------------------

    def _run(self, task: Task, cancelled: Any) -> Any:
        """Call the work on the runner's thread; `cancelled()` is true once a cancel was asked."""
        raise NotImplementedError

    def _progress(self, phase: str, done: int, total: int) -> None:
        """A progress report of the work, on the UI thread."""
        raise NotImplementedError

    # --- the life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Show the dialog and start the work (once)."""
        if self._running or self._task is not None:
            return
        self._running = True
        self.open()

        def run(task: Task) -> Any:
            return self._run(task, lambda: self._cancel.is_set() or task.is_cancelled())

        self._task = self.runner.run(
            run, on_success=self._succeeded, on_failure=self._failed, on_progress=self._progress
        )

    @property
    def running(self) -> bool:
        return self._running

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next check and the dialog then closes."""
        if not self._running:
            super().reject()
            return
        if not self.cancellable:
            return
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        self.message.setText(QCoreApplication.translate("BackgroundJob", "Cancelling…"))

    def reject(self) -> None:  # Escape and the window's close button
        self.cancel()

    def _succeeded(self, result: Any) -> None:
        self._running = False
        if self._cancel.is_set():  # finished before it saw the cancel: still cancelled
            self.was_cancelled = True
            super().reject()
            return
        self.outcome = result
        super().accept()
        self.finished_with.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if self._cancel.is_set() or isinstance(error, Cancelled):
            self.was_cancelled = True
            super().reject()
            return
        self.error = error
        super().reject()
        self.failed_with.emit(error)
        if self.report_failures:
            show_failure(error, self.parentWidget())
