"""Wizard page 4: the import in the background with progress and cancel; summary and undo."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizardPage

from indie_desktop.services.importing.batches import ImportReport
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.check_page import CheckPage
from indie_desktop.ui.tasks import Runner, Task, show_failure


class RunPage(QWizardPage):
    def tab_order(self) -> list[QWidget]:
        return [self.cancel_button, self.undo_button]

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        check_page: CheckPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.check_page = check_page
        self.task: Task | None = None
        self.report: ImportReport | None = None
        self.finished = False
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button = QPushButton(self.tr("&Undo import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.undo_button)

    def initializePage(self) -> None:
        table = self.check_page.file_page.table
        assert table is not None
        settings = self.check_page.settings()
        self.finished = False
        self.status.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)

        def work(task: Task) -> ImportReport:
            return self.workspace.imports.run(
                table, settings, progress=task.report, cancelled=task.is_cancelled
            )

        self.task = self.runner.run(
            work, on_success=self._done, on_failure=self._failed, on_progress=self._progressed
        )

    def _progressed(self, _phase: str, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)
        self.finished = True
        self.completeChanged.emit()

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.undo_button.setEnabled(report.batch_id is not None)
        self._finish(self.done_text(report))

    def done_text(self, report: ImportReport) -> str:
        """What the import did, each number with its own singular or plural (%n)."""
        return self.tr(
            "Done: {organisations} and {people} created, {existing} filled in, "
            "{skipped} of {rows} skipped."
        ).format(
            organisations=self.tr("%n organisation(s)", "", report.created_organisations),
            people=self.tr("%n person(s)", "", report.created_people),
            existing=self.tr("%n existing record(s)", "", report.updated),
            skipped=len(report.skipped),
            rows=self.tr("%n row(s)", "", report.rows),
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InterruptedError):
            self._finish(self.tr("Import cancelled; nothing was changed."))
            return
        self._finish(self.tr("The import failed; nothing was changed."))
        show_failure(error, self)

    def undo(self) -> None:
        if self.report is None or self.report.batch_id is None:
            return
        batch: uuid.UUID = self.report.batch_id
        self.workspace.imports.undo(batch)
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("The import was undone."))

    def isComplete(self) -> bool:
        return self.finished
