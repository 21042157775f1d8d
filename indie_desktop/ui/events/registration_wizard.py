"""Registrations in bulk for one event, as a wizard: the file (CSV or Excel of a registration
form or a colleague's list), which column holds what (assigned from the header words, changed
by the user), then the import with what became of every row."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_number
from indie_desktop.interchange.import_table import ImportFileError, ImportTable
from indie_desktop.services.events.registrations import (
    COLUMNS,
    CREATED,
    FOUND,
    RegistrationResult,
    column_map,
)
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.importing.file_errors import file_error_text
from indie_desktop.ui.tasks import Runner, SynchronousRunner
from indie_desktop.ui.window_sizes import fit_window

PREVIEW_ROWS = 3
# The fields a column may fill (registrations.COLUMNS' keys), as the user reads them.
FIELD_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("RegistrationWizard", "E-mail"),
    "first_name": QT_TRANSLATE_NOOP("RegistrationWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("RegistrationWizard", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("RegistrationWizard", "Organisation"),
    "salutation": QT_TRANSLATE_NOOP("RegistrationWizard", "Salutation"),
    "title": QT_TRANSLATE_NOOP("RegistrationWizard", "Title"),
    "function": QT_TRANSLATE_NOOP("RegistrationWizard", "Function"),
    "street": QT_TRANSLATE_NOOP("RegistrationWizard", "Street"),
    "postcode": QT_TRANSLATE_NOOP("RegistrationWizard", "Postcode"),
    "city": QT_TRANSLATE_NOOP("RegistrationWizard", "City"),
    "phone": QT_TRANSLATE_NOOP("RegistrationWizard", "Phone"),
    "notes": QT_TRANSLATE_NOOP("RegistrationWizard", "Notes (dietary wishes, accessibility)"),
}
assert set(FIELD_LABELS) == set(COLUMNS)


def reason_text(reason: str) -> str:
    """Why a row was not used, in the user's language (the import's own reasons, then the
    field messages of a record that could not be created)."""
    from PySide6.QtCore import QCoreApplication

    translated = QCoreApplication.translate("services", reason)
    return translated if translated != reason else translate_error(reason)[0]


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("RegistrationWizard", text)


class RegistrationFilePage(QWizardPage):
    """The file; read when Next is pressed (a file that cannot be read is said here)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.table: ImportTable | None = None
        self.setTitle(self.tr("The list of registrations"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel file from the registration form or a colleague's list, one "
                "registration a row under a header row."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import registrations"),
            self.path_edit.text(),
            self.tr("Lists (*.csv *.xlsx *.xls *.ods);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        try:
            table = self.workspace.registrations.read(path)
        except ImportFileError as exc:
            self.error.setText(file_error_text(exc))
            self.error.setVisible(True)
            return False
        except (ServiceError, OSError, ValueError) as exc:
            self.error.setText(translate_error(str(exc))[0])
            self.error.setVisible(True)
            return False
        if not table.rows:
            self.error.setText(self.tr("The file has no rows under its header row."))
            self.error.setVisible(True)
            return False
        self.error.setVisible(False)
        self.table = table
        return True


class RegistrationMappingPage(QWizardPage):
    """Which column holds what: a field per column of the file, with its first rows."""

    def __init__(self, file_page: RegistrationFilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_page = file_page
        self.setTitle(self.tr("Assign the columns"))
        self.setSubTitle(
            self.tr(
                "Known header words are assigned already. A row needs a last name or an e-mail "
                "address; columns without a field are not read."
            )
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Field"), self.tr("First rows")]
        )
        self.grid.setAccessibleName(self.tr("Columns of the file"))
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.file_page.table
        assert table is not None
        found = column_map(table.headers)
        by_column = {i: name for name, i in found.items()}
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for c, header in enumerate(table.headers):
            self.grid.setItem(c, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field of column %1").replace("%1", header))
            combo.addItem(self.tr("(not read)"), None)
            for key, text in FIELD_LABELS.items():
                combo.addItem(_tr(text), key)
            combo.setCurrentIndex(max(0, combo.findData(by_column.get(c))))
            combo.currentIndexChanged.connect(lambda _i: self.error.setVisible(False))
            self.grid.setCellWidget(c, 1, combo)
            self.combos.append(combo)
            first = range(min(PREVIEW_ROWS, len(table.rows)))
            examples = " · ".join(table.cell(r, c) for r in first if table.cell(r, c))
            self.grid.setItem(c, 2, QTableWidgetItem(examples))
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(1, 260)

    def columns(self) -> dict[str, int]:
        """The assignment: field -> column (a field chosen twice: the first column)."""
        out: dict[str, int] = {}
        for c, combo in enumerate(self.combos):
            key = combo.currentData()
            if key is not None and key not in out:
                out[key] = c
        return out

    def validatePage(self) -> bool:
        chosen = self.columns()
        twice = [
            _tr(FIELD_LABELS[k])
            for k in FIELD_LABELS
            if sum(1 for c in self.combos if c.currentData() == k) > 1
        ]
        if "last_name" not in chosen and "email" not in chosen:
            self.error.setText(
                self.tr("Assign the column with the last name or the one with the e-mail address.")
            )
        elif twice:
            self.error.setText(
                self.tr("Each field from one column only: %1").replace("%1", ", ".join(twice))
            )
        else:
            self.error.setVisible(False)
            return True
        self.error.setVisible(True)
        return False


class RegistrationResultPage(QWizardPage):
    """The import (on entering the page) and what became of every row."""

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        event_id: uuid.UUID,
        file_page: RegistrationFilePage,
        mapping_page: RegistrationMappingPage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.event_id = event_id
        self.file_page = file_page
        self.mapping_page = mapping_page
        self.result: RegistrationResult | None = None
        self.setTitle(self.tr("Registrations imported"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 3)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Result"), self.tr("Row text")]
        )
        self.rows.setAccessibleName(self.tr("What became of each row"))
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)

    def initializePage(self) -> None:
        table = self.file_page.table
        assert table is not None
        columns = self.mapping_page.columns()
        service = self.workspace.registrations
        self.summary.setText(self.tr("Importing…"))
        self.runner.run(
            lambda: service.run_table(self.event_id, table, columns=columns),
            on_success=self.show_result,
            on_failure=self.show_failure,
        )

    def show_failure(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = "; ".join(translate_error(m)[0] for m in error.errors.values())
        else:
            text = translate_error(str(error))[0]
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", text))
        self.summary.setStyleSheet("color: #b00020;")

    def show_result(self, result: object) -> None:
        assert isinstance(result, RegistrationResult)
        self.result = result
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("%1 registered, %2 on the waiting list, %3 registered already.")
            .replace("%1", format_number(result.registered))
            .replace("%2", format_number(result.waitlisted))
            .replace("%3", format_number(result.already))
            + " "
            + self.tr("New: %1 people, %2 organisations (checked for duplicates).")
            .replace("%1", format_number(result.people_created))
            .replace("%2", format_number(result.organisations_created))
        )
        self.rows.setRowCount(len(result.rows))
        for r, row in enumerate(result.rows):
            if row.outcome == FOUND:
                what = self.tr("%1 registered (known)").replace("%1", row.who)
            elif row.outcome == CREATED:
                what = self.tr("%1 registered (new record)").replace("%1", row.who)
            else:
                what = self.tr("not used: %1").replace("%1", reason_text(row.message))
            cells = [str(row.row), what, row.text]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.outcome not in (FOUND, CREATED):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None


class RegistrationWizard(QWizard):
    """Import the registrations of one event."""

    def __init__(
        self,
        workspace: Workspace,
        event_id: uuid.UUID,
        runner: Runner | None = None,
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import registrations"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = RegistrationFilePage(workspace)
        self.mapping_page = RegistrationMappingPage(self.file_page)
        runner = runner or SynchronousRunner(self)
        self.result_page = RegistrationResultPage(
            workspace, runner, event_id, self.file_page, self.mapping_page
        )
        for page in (self.file_page, self.mapping_page, self.result_page):
            self.addPage(page)
        self.mapping_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        if path is not None:
            self.file_page.path_edit.setText(str(path))
        fit_window(self, 900, 600, "registration_wizard")
