"""Wizard page 3: a dry run lists invalid rows (fix or skip) and likely duplicates (choose)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from indie_desktop.services.importing.batches import ImportReport
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import qt_items
from indie_desktop.ui.importing.file_page import FilePage
from indie_desktop.ui.importing.mapping_page import MappingPage
from indie_desktop.ui.importing.target_labels import reasons_text
from indie_desktop.ui.tasks import Runner, Task

ACTION = 5  # the duplicates table's column with the per-row choice


class CheckPage(QWizardPage):
    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        file_page: FilePage,
        mapping_page: MappingPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.file_page = file_page
        self.mapping_page = mapping_page
        self.report: ImportReport | None = None
        self.fixes: dict[tuple[int, int], str] = {}
        self.task: Task | None = None
        self.setTitle(self.tr("Check (dry run)"))
        self.setSubTitle(
            self.tr(
                "Nothing has been changed yet. Rows with errors are skipped; double-click an "
                "error to correct the value."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.errors = self._table([self.tr("Row"), self.tr("Column"), self.tr("Problem")], 2)
        self.errors.cellDoubleClicked.connect(self.fix_error)
        self.duplicates = self._table(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Existing record"),
                self.tr("Score"),
                self.tr("Why"),
                self.tr("Action"),
            ],
            4,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(QLabel(self.tr("Errors:")))
        layout.addWidget(self.errors, 1)
        layout.addWidget(QLabel(self.tr("Likely duplicates of existing records:")))
        layout.addWidget(self.duplicates, 1)

    def tab_order(self) -> list[QWidget]:
        """The errors (double-click or Return corrects one), the duplicates and their actions."""
        actions = [self.duplicates.cellWidget(r, ACTION) for r in range(self.duplicates.rowCount())]
        return [self.errors, self.duplicates, *(a for a in actions if a is not None)]

    @staticmethod
    def _table(headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def settings(self) -> ImportSettings:
        path = self.file_page.path_edit.text()
        policies: dict[int, DuplicatePolicy] = {}
        for row in range(self.duplicates.rowCount()):
            combo = self.duplicates.cellWidget(row, ACTION)
            item = self.duplicates.item(row, 0)
            if isinstance(combo, QComboBox) and item is not None:
                policies[int(item.text())] = DuplicatePolicy(combo.currentData())
        return ImportSettings(
            mapping=self.mapping_page.mapping(),
            on_duplicate=DuplicatePolicy(self.mapping_page.policy.currentData()),
            fixes=dict(self.fixes),
            row_policies=policies,
            source=path.replace("\\", "/").rsplit("/", 1)[-1],
            keep_photos=self.file_page.keep_photos.isChecked(),
        )

    def initializePage(self) -> None:
        self.duplicates.setRowCount(0)
        self.check()

    def check(self) -> None:
        table = self.file_page.table
        assert table is not None
        settings = self.settings()
        self.report = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking…"))

        def work(task: Task) -> ImportReport:
            return self.workspace.imports.run(
                table,
                settings,
                dry_run=True,
                progress=task.report,
                cancelled=task.is_cancelled,
            )

        self.task = self.runner.run(work, on_success=self._show, on_progress=self._progressed)

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def summary_text(self, report: ImportReport) -> str:
        """What the import would do, each number with its own singular or plural (%n)."""
        return self.tr(
            "{rows}: {organisations} and {people} would be created, {existing} filled in, "
            "{skipped}."
        ).format(
            rows=self.tr("%n row(s)", "", report.rows),
            organisations=self.tr("%n organisation(s)", "", report.created_organisations),
            people=self.tr("%n person(s)", "", report.created_people),
            existing=self.tr("%n existing record(s)", "", report.updated),
            skipped=self.tr("%n row(s) skipped", "", len(report.skipped)),
        )

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(self.summary_text(report))
        self.errors.setRowCount(len(report.errors))
        for i, e in enumerate(report.errors):
            for col, text in enumerate((str(e.row), e.column, self.tr_message(e.message))):
                self.errors.setItem(i, col, QTableWidgetItem(text))
        keep = {
            int(qt_items.cell(self.duplicates, r, 0).text()): self._action_combo(r).currentData()
            for r in range(self.duplicates.rowCount())
        }
        self.duplicates.setRowCount(len(report.duplicates))
        for i, d in enumerate(report.duplicates):
            for col, text in enumerate(
                (str(d.row), d.name, d.existing_name, f"{d.score} %", reasons_text(d.reasons))
            ):
                item = QTableWidgetItem(text)
                if col in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.duplicates.setItem(i, col, item)
            combo = QComboBox()
            for policy, text in (
                (DuplicatePolicy.IMPORT, self.tr("Import anyway")),
                (DuplicatePolicy.SKIP, self.tr("Skip")),
                (DuplicatePolicy.MERGE, self.tr("Merge into existing")),
            ):
                combo.addItem(text, policy)
            # A 100 % match (same e-mail, name and organisation) is merged unless changed.
            default = (
                DuplicatePolicy.MERGE if d.score >= 100 else self.mapping_page.policy.currentData()
            )
            chosen = keep.get(d.row, default)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.duplicates.setCellWidget(i, ACTION, combo)
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)
        for col in (0, 1, 2, 3):
            self.duplicates.resizeColumnToContents(col)
        self.duplicates.setColumnWidth(ACTION, 220)
        self.completeChanged.emit()

    def _action_combo(self, row: int) -> QComboBox:
        """The choice for one duplicate row (every row gets one when the report is shown)."""
        combo = self.duplicates.cellWidget(row, ACTION)
        assert isinstance(combo, QComboBox)
        return combo

    @staticmethod
    def tr_message(message: str) -> str:
        from PySide6.QtCore import QCoreApplication

        head, sep, rest = message.partition(": ")
        if sep:
            return f"{QCoreApplication.translate('validation', head)}: {rest}"
        return QCoreApplication.translate("validation", message)

    def fix_error(self, row: int, _column: int) -> None:
        """Ask for a corrected value of the erroneous cell and check again."""
        if self.report is None or self.file_page.table is None:
            return
        problem = self.report.errors[row]
        table = self.file_page.table
        if problem.column not in table.headers or problem.row not in table.row_numbers:
            return
        column = table.headers.index(problem.column)
        current = table.cell(table.row_numbers.index(problem.row), column)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Correct value"),
            self.tr("Row %1, column %2:")
            .replace("%1", str(problem.row))
            .replace("%2", problem.column),
            text=self.fixes.get((problem.row, column), current),
        )
        if ok:
            self.fixes[(problem.row, column)] = text
            self.check()

    def isComplete(self) -> bool:
        return self.report is not None
