"""Wizard page 1: the file, with detected encoding, delimiter, decimal separator and sheet
shown and overridable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizardPage,
)

from indie_desktop.interchange.import_table import ImportFileError, ImportTable
from indie_desktop.interchange.reading import ReadOptions
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.file_errors import file_error_text
from indie_desktop.ui.theme import error_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class FilePage(QWizardPage):
    def tab_order(self) -> list[QWidget]:
        return [
            self.path_edit,
            self.browse_button,
            self.encoding,
            self.delimiter,
            self.decimal,
            self.sheet,
            self.keep_photos,
        ]

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.table: ImportTable | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("CSV (as Excel saves it), Excel workbook (.xlsx) or vCard (.vcf).")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = self.browse_button = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        for value, text in (
            ("", self.tr("Detect automatically")),
            ("utf-8-sig", self.tr("UTF-8 with BOM")),
            ("utf-8", "UTF-8"),
            ("cp1252", self.tr("Windows-1252 (Excel)")),
            ("iso-8859-1", "ISO-8859-1"),
        ):
            self.encoding.addItem(text, value)
        self.delimiter = QComboBox()
        for value, text in (
            ("", self.tr("Detect automatically")),
            (";", self.tr("Semicolon ;")),
            (",", self.tr("Comma ,")),
            ("\t", self.tr("Tab")),
        ):
            self.delimiter.addItem(text, value)
        self.decimal = QComboBox()
        for comma, text in (
            (None, self.tr("Detect automatically")),
            (True, self.tr("Comma (25,62)")),
            (False, self.tr("Point (25.62)")),
        ):
            self.decimal.addItem(text, comma)
        self.sheet = QComboBox()
        self.keep_photos = QCheckBox(self.tr("&Keep contact photos as attachments of the people"))
        self.keep_photos.setEnabled(False)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)  # a row of two widgets: the label needs its buddy
        form.addRow(file_label, row)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        form.addRow(self.tr("Deci&mal separator:"), self.decimal)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow("", self.keep_photos)
        form.addRow(self.tr("Detected:"), self.detected)
        form.addRow(self.error)
        self.path_edit.editingFinished.connect(self.load)
        self.encoding.currentIndexChanged.connect(self.load)
        self.delimiter.currentIndexChanged.connect(self.load)
        self.decimal.currentIndexChanged.connect(self.load)
        self.sheet.activated.connect(self.load)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import file"),
            "",
            self.tr("Import files (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.sheet.clear()
            self.load()

    def options(self) -> ReadOptions:
        return ReadOptions(
            encoding=self.encoding.currentData() or None,
            delimiter=self.delimiter.currentData() or None,
            sheet=self.sheet.currentText() or None,
            decimal_comma=self.decimal.currentData(),
        )

    def load(self) -> None:
        """Read the file with the chosen options and show what was detected."""
        self.table = None
        text = self.path_edit.text().strip()
        if not text:
            self.completeChanged.emit()
            return
        try:
            self.table = self.workspace.imports.read(Path(text), self.options())
        except ImportFileError as exc:
            self.error.setText(file_error_text(exc))
            self.detected.clear()
        else:
            self.error.clear()
            self._show_detected(self.table)
        self.completeChanged.emit()

    def _show_detected(self, table: ImportTable) -> None:
        names = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}
        parts = [self.tr("%n row(s)", "", len(table.rows))]
        if table.kind == "csv":
            parts.append(table.encoding)
            parts.append(names.get(table.delimiter, table.delimiter))
            if table.decimal_comma:
                parts.append(self.tr("decimal comma"))
            else:
                parts.append(self.tr("decimal point"))
        elif table.kind == "xlsx":
            if self.sheet.count() != len(table.sheets):
                self.sheet.blockSignals(True)
                self.sheet.clear()
                self.sheet.addItems(table.sheets)
                self.sheet.setCurrentText(table.sheet)
                self.sheet.blockSignals(False)
            parts.append(self.tr("sheet %1").replace("%1", table.sheet))
        else:
            parts.append("vCard")
            if table.photos:
                parts.append(self.tr("%n photo(s)", "", len(table.photos)))
        self.detected.setText(", ".join(parts))
        self.sheet.setEnabled(table.kind == "xlsx")
        self.encoding.setEnabled(table.kind == "csv")
        self.delimiter.setEnabled(table.kind == "csv")
        self.decimal.setEnabled(table.kind == "csv")
        self.keep_photos.setEnabled(bool(table.photos))
        if not table.photos:
            self.keep_photos.setChecked(False)

    def isComplete(self) -> bool:
        return self.table is not None
