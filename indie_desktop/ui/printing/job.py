"""A long document (a mail merge of hundreds of letters) made in the background runner, with
a progress bar and a cancel button.

The work is a function of two callables, as the PrintService takes them:
`work(progress, cancelled)`; `progress(done, total)` moves the bar, `cancelled()` turns true
once the user pressed Cancel. The dialog closes itself when the work ends: `finished_with`
carries the result, `failed_with` the error; a cancel ends it as rejected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from indie_desktop.domain.formatting import format_number
from indie_desktop.ui.tasks import Runner, Task
from indie_desktop.ui.widgets.job_dialog import BackgroundJobDialog

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]


class PrintJobDialog(BackgroundJobDialog):
    """Runs `work` once through the runner; shows 'Letter 12 of 300' and can cancel."""

    progressed = Signal(int, int)  # done, total (on the UI thread)

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
        super().__init__(runner, title, parent, report_failures=report_failures)
        self.setObjectName("print_job")
        self.work = work
        self.item_text = item_text
        self.message.setText(self.tr("Preparing…"))
        self.message.setMinimumWidth(360)
        self.bar.setFormat("%p %")  # German: a space before the per cent sign
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        assert self.buttons is not None  # a print job can always be cancelled
        layout.addWidget(self.buttons)

    def _run(self, task: Task, cancelled: CancelledFn) -> Any:
        def progress(done: int, total: int) -> None:
            task.report("print", done, total)

        return self.work(progress, cancelled)

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if not self.is_cancelled():
            self.message.setText(
                self.item_text.replace("%1", format_number(min(done + 1, total))).replace(
                    "%2", format_number(total)
                )
                if done < total
                else self.tr("Finishing the document…")
            )
        self.progressed.emit(done, total)
