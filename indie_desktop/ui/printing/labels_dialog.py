"""Address labels from a list: which sheet (Avery Zweckform 3474 or L7163), where on a sheet
already partly used to start, and for whom (the list as filtered, or the selection).

People get labels with their work address; organisations with theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.printing.mail_merge import RecipientSource, recipient_choice
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.tasks import Runner, show_failure
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.tab_order import apply_tab_order


@dataclass(frozen=True)
class SheetLayout:
    """A label sheet as the PrintService knows it (`layout` names it)."""

    layout: str
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float

    @property
    def cells(self) -> int:
        return self.columns * self.rows


LAYOUTS = (
    SheetLayout("3474", 3, 8, 70.0, 37.0),
    SheetLayout("L7163", 2, 7, 99.1, 38.1),
)


class SheetPicker(QWidget):
    """The sheet drawn small: labels before the chosen one are shown as used."""

    start_changed = Signal(int)  # the first free label, counted from 0

    CELL_HEIGHT = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(3)
        self.grid.setContentsMargins(6, 6, 6, 6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.set_start)
        self.sheet = LAYOUTS[0]
        self.start = 0
        self.setStyleSheet(
            "SheetPicker { background: white; border: 1px solid #999; }"
            "QToolButton { border: 1px solid #bbb; background: #fdfdfd; color: #666; }"
            "QToolButton[used='true'] { background: #d8d8d8; color: #999; }"
            "QToolButton:checked { background: #1c4f8c; color: white; border-color: #1c4f8c; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("Label sheet"))

    def set_sheet(self, sheet: SheetLayout) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        self.sheet = sheet
        width = round(self.CELL_HEIGHT * sheet.label_width_mm / sheet.label_height_mm)
        for cell in range(sheet.cells):
            button = QToolButton()
            button.setText(str(cell + 1))
            button.setCheckable(True)
            button.setFixedSize(QSize(width, self.CELL_HEIGHT))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box is the keyboard way
            button.setToolTip(self.tr("Start printing at label %1").replace("%1", str(cell + 1)))
            self.group.addButton(button, cell)
            self.grid.addWidget(button, cell // sheet.columns, cell % sheet.columns)
        self.set_start(min(self.start, sheet.cells - 1))

    def set_start(self, cell: int) -> None:
        self.start = cell
        for button in self.group.buttons():
            index = self.group.id(button)
            button.setChecked(index == cell)
            button.setProperty("used", "true" if index < cell else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.start_changed.emit(cell)


class LabelsDialog(QDialog):
    """Choose sheet, start label and recipients; the labels open in the preview."""

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        source: RecipientSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.source = source
        self.job: PrintJobDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Address labels"))
        self.setObjectName("labels")

        self.layout_combo = QComboBox()
        self.layout_combo.setAccessibleName(self.tr("Label sheet"))
        self.layout_combo.addItem(
            self.tr("Avery Zweckform 3474 – 70 × 37 mm, 24 per sheet"), LAYOUTS[0]
        )
        self.layout_combo.addItem(self.tr("Avery L7163 – 99.1 × 38.1 mm, 14 per sheet"), LAYOUTS[1])
        self.start_spin = QSpinBox()
        self.start_spin.setAccessibleName(self.tr("First free label"))
        self.start_spin.setToolTip(
            self.tr("On a sheet already partly used: the first label still free")
        )
        self.picker = SheetPicker()
        self.picker.start_changed.connect(lambda cell: self.start_spin.setValue(cell + 1))
        self.start_spin.valueChanged.connect(self._start_typed)
        self.layout_combo.currentIndexChanged.connect(self._sheet_changed)

        if source.kind == "organisations":

            def every(n: int) -> str:
                return self.tr("all %n organisation(s) of the list", "", n)

            def some(n: int) -> str:
                return self.tr("only the %n selected organisation(s)", "", n)
        else:

            def every(n: int) -> str:
                return self.tr("all %n person(s) of the list", "", n)

            def some(n: int) -> str:
                return self.tr("only the %n selected person(s)", "", n)

        self.all_radio, self.selected_radio, recipients = recipient_choice(source, every, some)

        start_row = QHBoxLayout()
        start_row.addWidget(self.start_spin)
        start_row.addStretch(1)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.picker)
        sheet_row.addStretch(1)
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.layout_combo)
        start_label = QLabel(self.tr("&First free label:"))
        start_label.setBuddy(self.start_spin)
        form = QFormLayout()
        form.addRow(sheet_label, self.layout_combo)
        form.addRow(start_label, start_row)
        form.addRow("", sheet_row)
        form.addRow(self.tr("Labels for:"), recipients)

        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("&Preview labels…"))
        self.create_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_labels)
        self.close_button.clicked.connect(self.reject)

        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._sheet_changed(0)
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        return [
            self.layout_combo,
            self.start_spin,
            self.all_radio,
            self.selected_radio,
            self.create_button,
            self.close_button,
        ]

    def sheet(self) -> SheetLayout:
        data = self.layout_combo.currentData()
        assert isinstance(data, SheetLayout)
        return data

    def _start_typed(self, value: int) -> None:
        if self.picker.start != value - 1:
            self.picker.set_start(value - 1)

    def start_cell(self) -> int:
        return self.start_spin.value() - 1

    def _sheet_changed(self, _index: int) -> None:
        sheet = self.sheet()
        self.start_spin.setRange(1, sheet.cells)
        self.picker.set_sheet(sheet)
        self.start_spin.setValue(self.picker.start + 1)

    def create_labels(self) -> PrintJobDialog:
        sheet, start = self.sheet(), self.start_cell()
        selection_only = self.selected_radio.isChecked()
        source, printing = self.source, self.workspace.printing

        def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            ids = source.record_ids(selection_only, cancelled)
            if source.kind == "organisations":
                return printing.labels(organisation_ids=ids, layout=sheet.layout, start_cell=start)
            return printing.labels(person_ids=ids, layout=sheet.layout, start_cell=start)

        self.error.hide()
        self.job = PrintJobDialog(
            self.runner,
            self.tr("Address labels"),
            work,
            self.tr("Label %1 of %2"),
            self,
            report_failures=False,
        )
        self.job.finished_with.connect(self._show)
        self.job.failed_with.connect(self._failed)
        self.job.start()
        return self.job

    def _failed(self, error: BaseException) -> None:
        """A refusal (nobody with an address, a bad start label) is said in the dialog."""
        if isinstance(error, ValidationError):
            self.error.setText(
                "\n".join(translate_error(message)[0] for message in error.errors.values())
            )
            self.error.show()
        else:
            show_failure(error, self)

    def _show(self, pdf: bytes) -> None:
        title = self.tr("Address labels %1").replace("%1", self.sheet().layout)
        self.preview = PrintPreviewDialog(pdf, title, title, self, whole_page=True)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
