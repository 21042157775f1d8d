"""Creating and editing a person (business contact) with the organisations they work for."""

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
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from indie_desktop.domain.enums import (
    ACADEMIC_TITLES,
    LegalBasis,
    PreferredChannel,
    Salutation,
    Visibility,
)
from indie_desktop.domain.validation import format_phone
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.ui import qt_items
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
)
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.forms.ui_person_dialog import Ui_PersonDialog
from indie_desktop.ui.theme import error_background
from indie_desktop.ui.widgets.contact_points_editor import ContactPointsEditor
from indie_desktop.ui.widgets.organisation_picker import ChoicesSource, OrganisationPicker

# Columns of the affiliations table, and the item data kept in the organisation column.
ORGANISATION, ROLE, SINCE, UNTIL, PRIMARY = range(5)
COLUMN_OF_FIELD = {
    "organisation": ORGANISATION,
    "role": ROLE,
    "since": SINCE,
    "until": UNTIL,
    "is_primary": PRIMARY,
}
ORGANISATION_ID_ROLE = Qt.ItemDataRole.UserRole
AFFILIATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _error_brush() -> QBrush:
    """The background of a cell with an error, readable in light and dark palettes."""
    return QBrush(error_background())


_ROW_ERROR = re.compile(r"^affiliations\.(\d+)\.(\w+)$")

AnyIndex = QModelIndex | QPersistentModelIndex


class AffiliationDelegate(QStyledItemDelegate):
    """Cell editors: an organisation picker, and date fields that hint at the format."""

    def __init__(self, choices: ChoicesSource, date_hint: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices
        self._date_hint = date_hint

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == ORGANISATION:
            return OrganisationPicker(self._choices, parent)
        editor = super().createEditor(parent, option, index)
        if index.column() in (SINCE, UNTIL) and isinstance(editor, QLineEdit):
            editor.setPlaceholderText(self._date_hint)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, OrganisationPicker):
            editor.set_organisation(
                index.data(ORGANISATION_ID_ROLE), str(index.data(Qt.ItemDataRole.EditRole) or "")
            )
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, OrganisationPicker):
            organisation_id = editor.resolve()
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            model.setData(index, organisation_id, ORGANISATION_ID_ROLE)
            return
        super().setModelData(editor, model, index)


class PersonDialog(RecordDialog[PersonDraft]):
    """The person form: name and function, contact, organisations, data protection and notes."""

    def _setup_form(self) -> None:
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._row_error_focused = False
        fill_combo(ui.salutation_combo, enum_items(Salutation))
        fill_combo(ui.title_combo, [("", ""), *((t, t) for t in ACADEMIC_TITLES)])
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        fill_combo(ui.preferred_channel_combo, enum_items(PreferredChannel, empty=self.tr("any")))
        fill_combo(ui.legal_basis_combo, enum_items(LegalBasis, empty=self.tr("not recorded")))

        table = ui.affiliations_table
        table.setItemDelegate(
            AffiliationDelegate(self.workspace.organisations.choices, self.tr("DD.MM.YYYY"), table)
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(ROLE, 150)
        for column in (SINCE, UNTIL, PRIMARY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        # The stretching Organisation column never narrower than its header: the dialog's
        # smallest width follows (a long translation, a small screen).
        others = sum(header.sectionSizeFromContents(c).width() for c in (SINCE, UNTIL, PRIMARY))
        title = qt_items.header(table, ORGANISATION).text()
        wanted = header.fontMetrics().horizontalAdvance(title) + 24
        table.setMinimumWidth(wanted + 150 + others + 2 * table.frameWidth() + 4)
        table.itemChanged.connect(self._affiliation_changed)
        ui.add_affiliation_button.clicked.connect(self.add_affiliation)
        ui.remove_affiliation_button.clicked.connect(self.remove_affiliation)
        table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        # Further e-mails, phones, faxes, websites, addresses: a tab after Contact.
        self.contact_points = ContactPointsEditor(ui.tabs)
        ui.tabs.insertTab(2, self.contact_points, self.tr("E&xtra contact details"))

    def _new_draft(self) -> PersonDraft:
        return PersonDraft()

    def _load(self, record_id: uuid.UUID) -> tuple[int, PersonDraft, str]:
        detail = self.workspace.people.detail(record_id)
        return detail.version, detail.draft, detail.display_name

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.tabs,
            ui.salutation_combo,
            ui.title_combo,
            ui.first_name_edit,
            ui.last_name_edit,
            ui.function_edit,
            ui.department_edit,
            ui.visibility_combo,
            ui.phone_edit,
            ui.mobile_edit,
            ui.email_edit,
            ui.preferred_channel_combo,
            *self.contact_points.focus_widgets(),
            ui.affiliations_table,
            ui.add_affiliation_button,
            ui.remove_affiliation_button,
            ui.legal_basis_combo,
            ui.data_source_edit,
            ui.notes_edit,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("New person")

    def _title_edit(self, name: str) -> str:
        return self.tr("Edit person – %1").replace("%1", name)

    def _fill(self, draft: PersonDraft) -> None:
        ui = self.ui
        select_value(ui.salutation_combo, draft.salutation)
        ui.title_combo.setCurrentText(draft.title)
        ui.first_name_edit.setText(draft.first_name)
        ui.last_name_edit.setText(draft.last_name)
        ui.function_edit.setText(draft.function)
        ui.department_edit.setText(draft.department)
        select_value(ui.visibility_combo, draft.visibility)
        ui.phone_edit.setText(format_phone(draft.phone))
        ui.mobile_edit.setText(format_phone(draft.mobile))
        ui.email_edit.setText(draft.email)
        select_value(ui.preferred_channel_combo, draft.preferred_channel)
        select_value(ui.legal_basis_combo, draft.legal_basis)
        ui.data_source_edit.setText(draft.data_source)
        ui.notes_edit.setPlainText(draft.notes)
        self.contact_points.set_points(draft.contact_points)
        ui.affiliations_table.setRowCount(0)
        for affiliation in draft.affiliations:
            self._append_row(affiliation)
        self._update_buttons()

    def _collect(self) -> PersonDraft:
        ui = self.ui
        return PersonDraft(
            salutation=enum_value(ui.salutation_combo, Salutation) or Salutation.NONE,
            title=ui.title_combo.currentText(),
            first_name=ui.first_name_edit.text(),
            last_name=ui.last_name_edit.text(),
            function=ui.function_edit.text(),
            department=ui.department_edit.text(),
            phone=ui.phone_edit.text(),
            mobile=ui.mobile_edit.text(),
            email=ui.email_edit.text(),
            preferred_channel=enum_value(ui.preferred_channel_combo, PreferredChannel),
            notes=ui.notes_edit.toPlainText(),
            legal_basis=enum_value(ui.legal_basis_combo, LegalBasis),
            data_source=ui.data_source_edit.text(),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
            affiliations=[self._row_draft(row) for row in range(ui.affiliations_table.rowCount())],
            contact_points=self.contact_points.points(),
        )

    def _create(self, draft: PersonDraft) -> uuid.UUID:
        return self.workspace.people.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: PersonDraft,
        expected_version: int | None,
        base: PersonDraft | None,
    ) -> int:
        return self.workspace.people.update(record_id, draft, expected_version, base_draft=base)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "title": ui.title_combo,
            "first_name": ui.first_name_edit,
            "last_name": ui.last_name_edit,
            "function": ui.function_edit,
            "department": ui.department_edit,
            "phone": ui.phone_edit,
            "mobile": ui.mobile_edit,
            "email": ui.email_edit,
            "data_source": ui.data_source_edit,
            "notes": ui.notes_edit,
            "affiliations": ui.affiliations_table,
        }

    # --- affiliations table ---------------------------------------------------------------------

    def add_affiliation(self) -> None:
        """A new empty row; the organisation cell opens for typing right away."""
        table = self.ui.affiliations_table
        self._append_row(AffiliationDraft(is_primary=table.rowCount() == 0))
        row = table.rowCount() - 1
        table.setCurrentCell(row, ORGANISATION)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        table.editItem(qt_items.cell(table, row, ORGANISATION))
        self._update_buttons()

    def remove_affiliation(self) -> None:
        table = self.ui.affiliations_table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
        self._update_buttons()

    def _append_row(self, affiliation: AffiliationDraft) -> None:
        table = self.ui.affiliations_table
        row = table.rowCount()
        table.blockSignals(True)
        try:
            table.insertRow(row)
            organisation = QTableWidgetItem(affiliation.organisation_name)
            organisation.setData(ORGANISATION_ID_ROLE, affiliation.organisation_id)
            organisation.setData(AFFILIATION_ID_ROLE, affiliation.id)
            table.setItem(row, ORGANISATION, organisation)
            table.setItem(row, ROLE, QTableWidgetItem(affiliation.role))
            table.setItem(row, SINCE, QTableWidgetItem(affiliation.since))
            table.setItem(row, UNTIL, QTableWidgetItem(affiliation.until))
            primary = QTableWidgetItem()
            primary.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            primary.setCheckState(
                Qt.CheckState.Checked if affiliation.is_primary else Qt.CheckState.Unchecked
            )
            primary.setToolTip(self.tr("The organisation shown with this person in lists"))
            table.setItem(row, PRIMARY, primary)
        finally:
            table.blockSignals(False)

    def _row_draft(self, row: int) -> AffiliationDraft:
        table = self.ui.affiliations_table

        def text(column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        organisation = table.item(row, ORGANISATION)
        primary = table.item(row, PRIMARY)
        organisation_id = organisation.data(ORGANISATION_ID_ROLE) if organisation else None
        affiliation_id = organisation.data(AFFILIATION_ID_ROLE) if organisation else None
        return AffiliationDraft(
            organisation_id=organisation_id if isinstance(organisation_id, uuid.UUID) else None,
            organisation_name=text(ORGANISATION),
            role=text(ROLE),
            since=text(SINCE),
            until=text(UNTIL),
            is_primary=primary is not None and primary.checkState() == Qt.CheckState.Checked,
            id=affiliation_id if isinstance(affiliation_id, uuid.UUID) else None,
        )

    def _affiliation_changed(self, item: QTableWidgetItem) -> None:
        """Editing a marked cell clears its mark; only one row can be the primary one."""
        table = self.ui.affiliations_table
        table.blockSignals(True)
        try:
            if item.background() == _error_brush():
                item.setBackground(QBrush())
                item.setToolTip("")
            if item.column() == PRIMARY and item.checkState() == Qt.CheckState.Checked:
                for row in range(table.rowCount()):
                    other = table.item(row, PRIMARY)
                    if row != item.row() and other is not None:
                        other.setCheckState(Qt.CheckState.Unchecked)
        finally:
            table.blockSignals(False)
        table.viewport().update()

    def _update_buttons(self) -> None:
        self.ui.remove_affiliation_button.setEnabled(self.ui.affiliations_table.currentRow() >= 0)

    def _commit_pending_edits(self) -> None:
        """A cell still being edited (Save pressed by keyboard) counts as typed."""
        self.contact_points.commit_pending_edit()
        table = self.ui.affiliations_table
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())
        delegate = table.itemDelegate()
        if editor is not None and delegate is not None:
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    # --- errors in rows ---------------------------------------------------------------------------

    def _show_error(self, key: str, message: str) -> QWidget | None:
        if key.startswith("contact_points."):
            return self.contact_points.show_error(key, message)
        match = _ROW_ERROR.match(key)
        if match is None:
            return super()._show_error(key, message)
        table = self.ui.affiliations_table
        row, field = int(match[1]), match[2]
        column = COLUMN_OF_FIELD.get(field, ORGANISATION)
        text, detail = translate_error(message)
        item = table.item(row, column)
        if item is not None:
            table.blockSignals(True)  # not an edit: must not clear the mark it is setting
            item.setBackground(_error_brush())
            item.setToolTip(f"{text}\n{detail}" if detail else text)
            table.blockSignals(False)
        header = table.horizontalHeaderItem(column)
        organisation = table.item(row, ORGANISATION)
        name = organisation.text().strip() if organisation is not None else ""
        line = (
            self.tr("Row %1 (%2), %3: %4").replace("%2", name)
            if name
            else self.tr("Row %1, %3: %4")
        )
        line = line.replace("%1", str(row + 1)).replace("%4", text)
        line = line.replace("%3", header.text() if header else field)
        label = self._error_labels["affiliations"]
        label.setText(f"{label.text()}\n{line}" if label.text() else line)
        label.show()
        if not self._row_error_focused:
            # The first bad cell becomes current, so focusing the table lands on it.
            # Current without being selected: the selection colour would hide the red mark.
            self._row_error_focused = True
            table.clearSelection()
            table.selectionModel().setCurrentIndex(
                table.model().index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        return table

    def _show_errors(self, errors: dict[str, str]) -> None:
        self._row_error_focused = False
        super()._show_errors(errors)

    def _clear_field_errors(self) -> None:
        self.contact_points.clear_errors()
        table = self.ui.affiliations_table
        table.blockSignals(True)
        try:
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None and item.background() == _error_brush():
                        item.setBackground(QBrush())
                        item.setToolTip("")
        finally:
            table.blockSignals(False)
