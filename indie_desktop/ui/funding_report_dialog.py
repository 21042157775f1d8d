"""Report → Funding report…: period (from the dashboard), file as PDF or XLSX; written in the
background. The filters are the dashboard's, so the report shows the numbers on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from indie_desktop.domain.outcomes import Period
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dates import to_date
from indie_desktop.ui.tasks import Runner
from indie_desktop.ui.views.dashboard_view import DashboardView
from indie_desktop.ui.window_sizes import fit_window


class FundingReportDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        dashboard: DashboardView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funding report"))
        self.workspace = workspace
        self.runner = runner
        self.filters = dashboard.filters()
        period = dashboard.period()
        self.date_from = QDateEdit(QDate(period.start.year, period.start.month, period.start.day))
        self.date_to = QDateEdit(QDate(period.end.year, period.end.month, period.end.day))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        default = Path.home() / f"Foerderbericht_{period.start:%Y-%m-%d}_{period.end:%Y-%m-%d}.pdf"
        self.path = QLineEdit(str(default))
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        shown = [
            combo.currentText()
            for combo in (
                dashboard.institution,
                dashboard.municipality,
                dashboard.wz_section,
                dashboard.staff,
            )
            if combo.currentData() is not None
        ]
        self.filter_label = QLabel(
            self.tr("Filters of the dashboard: {filters}").format(
                filters=", ".join(shown) if shown else self.tr("none")
            )
        )
        self.filter_label.setWordWrap(True)
        dashboard.fill_choices()  # (once) also says what the figures cover on the server
        self.coverage = QLabel(dashboard.coverage.text())
        self.coverage.setWordWrap(True)
        self.coverage.setVisible(bool(dashboard.coverage.text()))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("File (.pdf or .xlsx)"), file_row)
        form.addRow(self.filter_label)
        form.addRow(self.coverage)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        fit_window(self, 560, 220, "funding_report")
        self.written: Path | None = None

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save funding report"),
            self.path.text(),
            self.tr("PDF (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if name:
            self.path.setText(name)

    def write(self) -> None:
        """Check the input, then build and write the report in the background."""
        target = Path(self.path.text().strip())
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            self.message.setText(self.tr("The file name must end in .pdf or .xlsx."))
            self.path.setFocus()
            return
        if not target.parent.is_dir():
            self.message.setText(self.tr("The folder does not exist."))
            self.path.setFocus()
            return
        start = to_date(self.date_from.date())
        end = to_date(self.date_to.date())
        if end < start:
            self.message.setText(self.tr("The period ends before it starts."))
            self.date_to.setFocus()
            return
        self.message.clear()
        self.buttons.setEnabled(False)
        period, filters, ws = Period(start, end), self.filters, self.workspace

        def work() -> Path:
            from indie_desktop.printing.report_funding import write_funding_report

            write_funding_report(ws.funding_report.build(period, filters), target)
            return target

        self.runner.run(work, on_success=self._done, on_failure=self._failed)

    def _done(self, path: object) -> None:
        assert isinstance(path, Path)
        self.written = path
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(
            self.tr("The report could not be written: {error}").format(error=error)
        )
