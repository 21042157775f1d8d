"""A long document (a mail merge of hundreds of letters) made in the background runner, with
a progress bar and a cancel button.

The work is a function of two callables, as the PrintService takes them:
`work(progress, cancelled)`; `progress(done, total)` moves the bar, `cancelled()` turns true
once the user pressed Cancel. The dialog closes itself when the work ends: `finished_with`
carries the result, `failed_with` the error; a cancel ends it as rejected.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.formatting import format_number
from indie_desktop.ui.tasks import Runner, Task, show_failure

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class PrintJobDialog(QDialog):
    """Runs `work` once through the runner; shows 'Letter 12 of 300' and can cancel."""

    progressed = Signal(int, int)  # done, total (on the UI thread)
    finished_with = Signal(object)  # the work's result
    failed_with = Signal(object)  # the exception, not a cancel

    def __init__(
        self,
        runner: Runner,
        title: str,
        work: Work,
        item_text: str,
        parent: QWidget | None = None,
        *,
        report_failures: bool = True,
    ) -> None:
        """`item_text` says what is counted, with %1 and %2: 'Letter %1 of %2'. With
        `report_failures` False the caller shows errors (at its fields) from `failed_with`."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("print_job")
        self.runner = runner
        self.work = work
        self.item_text = item_text
        self.report_failures = report_failures
        self.outcome: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self._cancel = threading.Event()
        self._task: Task | None = None
        self._running = False

        self.message = QLabel(self.tr("Preparing…"))
        self.message.setMinimumWidth(360)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setFormat("%p %")  # German: a space before the per cent sign
        self.bar.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Show the dialog and start the work (once)."""
        if self._running or self._task is not None:
            return
        self._running = True
        self.open()

        def run(task: Task) -> Any:
            def progress(done: int, total: int) -> None:
                task.report("print", done, total)

            return self.work(progress, lambda: self._cancel.is_set() or task.is_cancelled())

        self._task = self.runner.run(
            run, on_success=self._succeeded, on_failure=self._failed, on_progress=self._progress
        )

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next check and the dialog then closes."""
        if not self._running:
            super().reject()
            return
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))

    def reject(self) -> None:  # Escape and the window's close button cancel, too
        self.cancel()

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if not self._cancel.is_set():
            self.message.setText(
                self.item_text.replace("%1", format_number(min(done + 1, total))).replace(
                    "%2", format_number(total)
                )
                if done < total
                else self.tr("Finishing the document…")
            )
        self.progressed.emit(done, total)

    def _succeeded(self, result: Any) -> None:
        self._running = False
        if self._cancel.is_set():  # finished before it saw the cancel: still cancelled
            self.was_cancelled = True
            super().reject()
            return
        self.outcome = result
        self.finished_with.emit(result)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        if self._cancel.is_set():
            self.was_cancelled = True
            super().reject()
            return
        self.error = error
        super().reject()
        self.failed_with.emit(error)
        if self.report_failures:
            show_failure(error, self.parentWidget())
