"""File → Imports…: the latest imports with date, file and counts; one can be undone as a whole."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.formatting import format_datetime
from indie_desktop.services.importing.batches import ImportBatch
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.tasks import Runner
from indie_desktop.ui.window_sizes import fit_window


class ImportBatchesDialog(QDialog):
    undone = Signal()

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.batches: list[ImportBatch] = []
        self.setWindowTitle(self.tr("Imports"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Imported"),
                self.tr("File"),
                self.tr("Organisations"),
                self.tr("People"),
                self.tr("Filled in"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Imports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(
            self.tr("Remove what this import created and put back what it filled in")
        )
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_window(self, 760, 360, "import_batches")
        self.reload()

    def reload(self) -> None:
        self.batches = self.workspace.imports.batches(limit=100)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            at = format_datetime(batch.at)  # Berlin time, whatever the computer's zone
            state = self.tr("undone") if batch.undone else ""
            cells = [at, batch.source, batch.organisations, batch.people, batch.updated, state]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if not self.batches:
            self.status.setText(self.tr("Nothing has been imported yet."))
        self._selection_changed()

    def selected(self) -> ImportBatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            self.tr(
                "Undo the import of “%1”? What it created is removed (organisations: %2, "
                "people: %3); fields it filled in are emptied again."
            )
            .replace("%1", batch.source or "?")
            .replace("%2", str(batch.organisations))
            .replace("%3", str(batch.people)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Undoing the import…"))
        self.runner.run(lambda: self.workspace.imports.undo(batch.id), on_success=self._done)

    def _done(self, _result: object) -> None:
        self.status.setText(self.tr("The import was undone."))
        self.reload()
        self.undone.emit()
