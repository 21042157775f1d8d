"""Wizard page 2: which column fills which field, with examples; saved mappings; duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from indie_desktop.interchange.fields import MULTI_TARGETS
from indie_desktop.interchange.import_table import unmapped_columns
from indie_desktop.services.importing.plan import DuplicatePolicy
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.importing.file_page import FilePage
from indie_desktop.ui.importing.target_labels import target_label, targets

PREVIEW_ROWS = 3


class MappingPage(QWizardPage):
    def __init__(
        self, workspace: Workspace, file_page: FilePage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.file_page = file_page
        self.setTitle(self.tr("Assign the columns"))
        self.setSubTitle(
            self.tr("Known layouts are assigned already. Columns without a field are not imported.")
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Field"), self.tr("First rows")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Saved mappings"))
        apply = self.apply_button = QPushButton(self.tr("&Apply"))
        apply.clicked.connect(self.apply_saved)
        save = self.save_button = QPushButton(self.tr("&Save mapping…"))
        save.clicked.connect(self.save_mapping)
        self.policy = QComboBox()
        for policy, text in (
            (DuplicatePolicy.IMPORT, self.tr("import anyway and list them")),
            (DuplicatePolicy.SKIP, self.tr("skip the row")),
            (DuplicatePolicy.MERGE, self.tr("fill in the existing record")),
        ):
            self.policy.addItem(text, policy)
        self.message = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Saved mappings:")))
        tools.addWidget(self.saved, 1)
        tools.addWidget(apply)
        tools.addWidget(save)
        dup = QHBoxLayout()
        dup.addWidget(QLabel(self.tr("Likely duplicates:")))
        dup.addWidget(self.policy, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.grid, 1)
        layout.addLayout(dup)
        layout.addWidget(self.message)

    def tab_order(self) -> list[QWidget]:
        """The saved mappings, the columns' fields row by row, what to do with duplicates."""
        fields = [self.grid.cellWidget(row, 1) for row in range(self.grid.rowCount())]
        return [
            self.saved,
            self.apply_button,
            self.save_button,
            self.grid,
            *(f for f in fields if f is not None),
            self.policy,
        ]

    def initializePage(self) -> None:
        table = self.file_page.table
        assert table is not None
        self.saved.clear()
        self.saved.addItems(self.workspace.imports.mapping_names())
        self.grid.setRowCount(len(table.headers))
        for column, header in enumerate(table.headers):
            self.grid.setItem(column, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), "")
            for target in targets():
                combo.addItem(target_label(target), target)
            combo.setAccessibleName(header)
            combo.currentIndexChanged.connect(self.show_unread)
            self.grid.setCellWidget(column, 1, combo)
            examples = [
                table.cell(i, column).replace("\n", " ")
                for i in range(min(PREVIEW_ROWS, len(table.rows)))
            ]
            self.grid.setItem(column, 2, QTableWidgetItem(" | ".join(e for e in examples if e)))
        self.set_mapping(self.workspace.imports.automatic_mapping(table))
        self.show_unread()
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(1, 260)

    def show_unread(self) -> None:
        """What will not arrive, before importing: columns with values that fill no field,
        vCard properties without a field, lines the reader had to skip."""
        table = self.file_page.table
        if table is None or self.grid.rowCount() != len(table.headers):
            return
        parts: list[str] = []
        columns = unmapped_columns(table, self.mapping())
        if columns:
            parts.append(self.tr("Columns not imported: %1").replace("%1", ", ".join(columns)))
        if table.ignored:
            names = ", ".join(f"{n} ({c})" for n, c in sorted(table.ignored.items()))
            parts.append(self.tr("vCard properties not imported: %1").replace("%1", names))
        if table.warnings:
            lines = ", ".join(str(line) for line, _ in table.warnings)
            parts.append(self.tr("Lines that could not be read: %1").replace("%1", lines))
        self.message.setText("\n".join(parts))

    def combo(self, column: int) -> QComboBox:
        widget = self.grid.cellWidget(column, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def set_mapping(self, mapping: dict[int, str]) -> None:
        for column in range(self.grid.rowCount()):
            combo = self.combo(column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, ""))))

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for column in range(self.grid.rowCount()):
            target = self.combo(column).currentData()
            if target and (target in MULTI_TARGETS or target not in out.values()):
                out[column] = target
        return out

    def apply_saved(self) -> None:
        name = self.saved.currentText()
        if name and self.file_page.table is not None:
            self.set_mapping(self.workspace.imports.load_mapping(name, self.file_page.table))

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name:"))
        if ok and name.strip() and self.file_page.table is not None:
            self.workspace.imports.save_mapping(name, self.file_page.table, self.mapping())
            self.saved.clear()
            self.saved.addItems(self.workspace.imports.mapping_names())
            self.saved.setCurrentText(name.strip())

    def validatePage(self) -> bool:
        if not self.mapping():
            self.message.setText(self.tr("Assign at least one column to a field."))
            return False
        return True
