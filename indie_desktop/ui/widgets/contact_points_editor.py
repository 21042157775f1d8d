"""The further e-mails, phones, faxes, websites and addresses of a person or organisation: one
row each, added and removed with buttons, every bad row marked with its message (issue 19)."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.services.contacts.contact_points import FIELD, ContactPointDraft
from indie_desktop.ui import labels
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.theme import error_background

KIND, LABEL, VALUE, POSTCODE, CITY, COUNTRY = range(6)
COLUMN_OF_PART = {
    "value": VALUE,
    "street": VALUE,
    "postcode": POSTCODE,
    "city": CITY,
    "country": COUNTRY,
}
VALUE_ROLE = Qt.ItemDataRole.UserRole  # the enum value in the kind and label cells
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored row's id in the kind cell
_ROW_ERROR = re.compile(rf"^{FIELD}\.(\d+)\.(\w+)$")
AnyIndex = QModelIndex | QPersistentModelIndex


class _ChoiceDelegate(QStyledItemDelegate):
    """Kind and label cells open as a list to choose from (keyboard: type the first letter)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() not in (KIND, LABEL):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        enum = ContactKind if index.column() == KIND else ContactLabel
        for value, text in labels.choices(enum):
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
            return
        super().setModelData(editor, model, index)


class ContactPointsEditor(QWidget):
    """A table of further contact details with Add/Remove and a line per bad row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_points_editor")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("contact_points_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Label"),
                self.tr("Contact detail"),
                self.tr("Postcode"),
                self.tr("City"),
                self.tr("Country"),
            ]
        )
        self.table.setItemDelegate(_ChoiceDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        value_header = self.table.horizontalHeaderItem(VALUE)
        if value_header is not None:  # the short title; what goes there in its tooltip
            value_header.setToolTip(self.tr("E-mail, number, website or street"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, LABEL, POSTCODE, CITY, COUNTRY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add contact detail"), self)
        self.add_button.setObjectName("add_contact_point_button")
        self.remove_button = QPushButton(self.tr("Remove contact detail"), self)
        self.remove_button.setObjectName("remove_contact_point_button")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("contact_points_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(
            self.tr(
                "The first e-mail, phone, mobile, website and address stay in their own "
                "fields; here go the others (private, a second office, a fax)."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self._focused_error = False
        self._update_buttons()

    def focus_widgets(self) -> list[QWidget]:
        """The editor's widgets in Tab order (for the dialog's declared order)."""
        return [self.table, self.add_button, self.remove_button]

    # --- rows -------------------------------------------------------------------------------

    def set_points(self, points: list[ContactPointDraft]) -> None:
        self.table.setRowCount(0)
        for point in points:
            self._append(point)
        self._update_buttons()

    def points(self) -> list[ContactPointDraft]:
        return [self._draft(row) for row in range(self.table.rowCount())]

    def add_row(self) -> None:
        """A new e-mail row (kind and label can be changed); the value cell opens for typing."""
        self._append(ContactPointDraft(ContactKind.EMAIL, ContactLabel.WORK))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, VALUE)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.table.item(row, VALUE)
        if item is not None:
            self.table.editItem(item)
        self._update_buttons()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def commit_pending_edit(self) -> None:
        """A cell still being edited (Save pressed by keyboard) counts as typed."""
        table = self.table
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())
        delegate = table.itemDelegate()
        if editor is not None and delegate is not None:
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    def _append(self, point: ContactPointDraft) -> None:
        table = self.table
        row = table.rowCount()
        table.blockSignals(True)
        try:
            table.insertRow(row)
            kind = QTableWidgetItem(labels.label(ContactKind(point.kind)))
            kind.setData(VALUE_ROLE, ContactKind(point.kind).value)
            kind.setData(ID_ROLE, point.id)
            table.setItem(row, KIND, kind)
            label = QTableWidgetItem(labels.label(ContactLabel(point.label)))
            label.setData(VALUE_ROLE, ContactLabel(point.label).value)
            table.setItem(row, LABEL, label)
            address = ContactKind(point.kind) is ContactKind.ADDRESS
            table.setItem(row, VALUE, QTableWidgetItem(point.street if address else point.value))
            table.setItem(row, POSTCODE, QTableWidgetItem(point.postcode))
            table.setItem(row, CITY, QTableWidgetItem(point.city))
            table.setItem(row, COUNTRY, QTableWidgetItem(point.country))
        finally:
            table.blockSignals(False)

    def _draft(self, row: int) -> ContactPointDraft:
        table = self.table

        def text(column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        kind_item, label_item = table.item(row, KIND), table.item(row, LABEL)
        kind = ContactKind(kind_item.data(VALUE_ROLE) if kind_item else ContactKind.EMAIL)
        label = ContactLabel(label_item.data(VALUE_ROLE) if label_item else ContactLabel.WORK)
        row_id = kind_item.data(ID_ROLE) if kind_item else None
        address = kind is ContactKind.ADDRESS
        return ContactPointDraft(
            kind=kind,
            label=label,
            value="" if address else text(VALUE),
            street=text(VALUE) if address else "",
            postcode=text(POSTCODE) if address else "",
            city=text(CITY) if address else "",
            # a number's country decides how it is read ('Schweiz': +41 ...)
            country=text(COUNTRY),
            id=row_id if isinstance(row_id, uuid.UUID) else None,
        )

    def _changed(self, item: QTableWidgetItem) -> None:
        """Editing a marked cell clears its mark."""
        if item.background() == QBrush(error_background()):
            self.table.blockSignals(True)
            item.setBackground(QBrush())
            item.setToolTip("")
            self.table.blockSignals(False)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    # --- errors -------------------------------------------------------------------------------

    def show_error(self, key: str, message: str) -> QWidget | None:
        """Mark the row and cell of `contact_points.<row>.<part>` and name it below the table;
        None for another key."""
        match = _ROW_ERROR.match(key)
        if match is None:
            return None
        row, part = int(match[1]), match[2]
        column = COLUMN_OF_PART.get(part, VALUE)
        text, detail = translate_error(message)
        item = self.table.item(row, column)
        if item is not None:
            self.table.blockSignals(True)
            item.setBackground(QBrush(error_background()))
            item.setToolTip(f"{text}\n{detail}" if detail else text)
            self.table.blockSignals(False)
        kind = self.table.item(row, KIND)
        header = self.table.horizontalHeaderItem(column)
        line = (
            self.tr("Row %1 (%2), %3: %4")
            .replace("%1", str(row + 1))
            .replace("%2", kind.text() if kind else "")
            .replace("%3", header.text() if header else part)
            .replace("%4", text)
        )
        label = self.error_label
        label.setText(f"{label.text()}\n{line}" if label.text() else line)
        label.show()
        if not self._focused_error:
            self._focused_error = True
            self.table.clearSelection()
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        return self.table

    def clear_errors(self) -> None:
        self._focused_error = False
        self.error_label.clear()
        self.error_label.hide()
        self.table.blockSignals(True)
        try:
            for row in range(self.table.rowCount()):
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None and item.background() == QBrush(error_background()):
                        item.setBackground(QBrush())
                        item.setToolTip("")
        finally:
            self.table.blockSignals(False)
