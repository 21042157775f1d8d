"""The duplicate finder: scans in the background, lists pairs with score and reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.services.duplicates.finder import DuplicatePair
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.duplicates.merge_dialog import MergeDialog
from indie_desktop.ui.importing.target_labels import reasons_text
from indie_desktop.ui.tasks import Cancelled, Runner, Task
from indie_desktop.ui.window_sizes import fit_window


class DuplicateFinder(QDialog):
    """Likely duplicate organisations and people; merge a pair, undo the last merge."""

    merged = Signal()

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.pairs: list[DuplicatePair] = []
        self.task: Task | None = None
        self.last_merge: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Find duplicates"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Score"),
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Possible duplicate"),
                self.tr("Why"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()  # the headers read whole before the first results
        self.table.cellDoubleClicked.connect(lambda row, _col: self.merge_row(row))
        self.scan_button = QPushButton(self.tr("&Scan again"))
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton(self.tr("&Cancel scan"))
        self.cancel_button.clicked.connect(self.cancel)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.clicked.connect(lambda: self.merge_row(self.table.currentRow()))
        self.undo_button = QPushButton(self.tr("&Undo merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_merge)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.scan_button, self.cancel_button, self.merge_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        fit_window(self, 1000, 600, "duplicates")

    def scan(self) -> None:
        self.status.setText(self.tr("Comparing records…"))
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

        def work(task: Task) -> list[DuplicatePair]:
            def report(phase: str, done: int, total: int) -> None:
                if task.is_cancelled():
                    raise Cancelled
                task.report(phase, done, total)

            return self.workspace.duplicates.scan(report)

        self.task = self.runner.run(
            work, on_success=self._show, on_failure=self._failed, on_progress=self._progressed
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.scan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Scan cancelled."))
            return
        from indie_desktop.ui.tasks import show_failure

        show_failure(error, self)

    def _show(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.scan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("%n likely duplicate pair(s)", "", len(pairs)))
        kinds = {"organisation": self.tr("Organisation"), "person": self.tr("Person")}
        self.table.setRowCount(len(pairs))
        for i, p in enumerate(pairs):
            cells = (
                f"{p.score} %",
                kinds[p.kind],
                p.first_name,
                p.second_name,
                reasons_text(p.reasons),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()

    def merge_row(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        dialog = MergeDialog(self.workspace, pair.kind, pair.first_id, pair.second_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.merge_id is not None:
            self.last_merge = dialog.merge_id
            self.undo_button.setEnabled(True)
            self.table.removeRow(row)
            del self.pairs[row]
            self.status.setText(self.tr("Merged. You can undo the merge."))
            self.merged.emit()

    def undo_merge(self) -> None:
        if self.last_merge is None:
            return
        self.workspace.merging.undo(self.last_merge)
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("The merge was undone."))
        self.merged.emit()
        self.scan()
