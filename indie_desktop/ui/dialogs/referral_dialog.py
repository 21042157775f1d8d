"""Referring a need: ranked partner suggestions with their reasons; the user ticks one or more
(or names another organisation), picks a contact person if wanted, and records the referral."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.errors import NotFound, ValidationError
from indie_desktop.domain.validation import FieldError, parse_date_de
from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft
from indie_desktop.services.work.suggestions import PartnerSuggestion
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import qt_items
from indie_desktop.ui.dialogs.record_dialog import (
    enum_items,
    enum_value,
    fill_combo,
)
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.forms.ui_referral_dialog import Ui_ReferralDialog
from indie_desktop.ui.labels import label
from indie_desktop.ui.suggestion_text import explain
from indie_desktop.ui.views.detail_html import esc
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons
from indie_desktop.ui.window_sizes import fit_window

ORG_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferralDialog(QDialog):
    """After Accepted, `saved_ids` holds the referrals made (one per partner)."""

    def __init__(self, workspace: Workspace, need_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.need_id = need_id
        self.saved_ids: list[uuid.UUID] = []
        self._persons: dict[uuid.UUID, uuid.UUID | None] = {}  # organisation -> contact
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        fit_window(self, self.width(), self.height(), "referral")
        ui = self.ui
        need = workspace.needs.detail(need_id)
        self.setWindowTitle(self.tr("Refer need – %1").replace("%1", need.draft.topic))
        wanted = ", ".join(
            p for p in (need.draft.wanted_competence, need.draft.wanted_wz_code) if p
        )
        ui.need_label.setText(
            f"<b>{esc(need.draft.topic)}</b> – {esc(need.organisation_name)}"
            + (f"<br>{esc(self.tr('Wanted: %1').replace('%1', wanted))}" if wanted else "")
        )
        self.other_picker = OrganisationPicker(workspace.organisations.choices, self)
        self.other_picker.setPlaceholderText(ui.other_partner_edit.placeholderText())
        ui.main_form.replaceWidget(ui.other_partner_edit, self.other_picker)
        ui.other_partner_edit.hide()
        ui.other_partner_label.setBuddy(self.other_picker)
        QWidget.setTabOrder(ui.suggestions_table, self.other_picker)
        QWidget.setTabOrder(self.other_picker, ui.person_combo)
        self.other_picker.organisationChanged.connect(self._other_chosen)
        ui.suggestions_label.setBuddy(ui.suggestions_table)
        fill_combo(ui.visibility_combo, enum_items(Visibility))
        ui.referred_on_edit.setText(date.today().strftime("%d.%m.%Y"))
        ui.note_edit.setMaximumHeight(self.fontMetrics().height() * 5)  # room for the list
        ui.partners_error.hide()
        ui.referred_on_error.hide()
        ui.general_error.hide()
        self.suggestions = workspace.suggestions.for_need(need_id)
        self._fill_table(self.suggestions)
        ui.person_combo.currentIndexChanged.connect(self._person_chosen)
        buttons = ui.button_box
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Refer"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        apply_tab_order(self.tab_order())
        ui.suggestions_table.setFocus()

    def tab_order(self) -> list[QWidget]:
        """The order Tab visits the fields in (a test walks it)."""
        ui = self.ui
        box = QDialogButtonBox.StandardButton
        return [
            ui.suggestions_table,
            self.other_picker,
            ui.person_combo,
            ui.referred_on_edit,
            ui.note_edit,
            ui.visibility_combo,
            *buttons(ui.button_box, box.Save, box.Cancel),
        ]

    def _fill_table(self, suggestions: list[PartnerSuggestion]) -> None:
        table = self.ui.suggestions_table
        headers = [self.tr("Partner"), self.tr("Kind"), self.tr("Town"), self.tr("Why")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(suggestions))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, s in enumerate(suggestions):
            name = QTableWidgetItem(s.display_name)  # a unit with its university
            if s.contact:
                name.setToolTip(self.tr("Contact: %1").replace("%1", s.contact))
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            name.setData(ORG_ROLE, s.organisation_id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(label(s.kind)))
            table.setItem(row, 2, QTableWidgetItem(s.municipality))
            why = QTableWidgetItem(explain(s))
            why.setToolTip(why.text())
            table.setItem(row, 3, why)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 36)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setWordWrap(True)
        # The reasons wrap; rows grow to show them whole whenever the columns change width.
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.currentCellChanged.connect(lambda row, *_: self._show_people(self._org_at(row)))
        if not suggestions:
            self.ui.suggestions_label.setText(
                self.tr(
                    "No suggestions: give the need a wanted competence or WZ area, or name "
                    "a partner below."
                )
            )
        else:
            table.setCurrentCell(0, 0)

    def _org_at(self, row: int) -> uuid.UUID | None:
        item = self.ui.suggestions_table.item(row, 0)
        return item.data(ORG_ROLE) if item is not None else None

    def check_row(self, row: int, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        qt_items.cell(self.ui.suggestions_table, row, 0).setCheckState(state)

    def _other_chosen(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id is not None:
            self._show_people(organisation_id)

    def _show_people(self, organisation_id: uuid.UUID | None) -> None:
        """The contact combo offers the people of the partner last looked at."""
        combo = self.ui.person_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("no particular person"), None)
        if organisation_id is not None:
            for p in self.workspace.organisations.detail(organisation_id).people:
                combo.addItem(f"{p.name} ({p.role})" if p.role else p.name, p.person_id)
            chosen = self._persons.get(organisation_id)
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
        combo.setProperty("organisation_id", organisation_id)
        combo.blockSignals(False)

    def _person_chosen(self, _index: int) -> None:
        organisation_id = self.ui.person_combo.property("organisation_id")
        if isinstance(organisation_id, uuid.UUID):
            data = self.ui.person_combo.currentData()
            self._persons[organisation_id] = data if isinstance(data, uuid.UUID) else None

    def chosen_partners(self) -> list[PartnerChoice]:
        table = self.ui.suggestions_table
        ids = [
            qt_items.cell(table, row, 0).data(ORG_ROLE)
            for row in range(table.rowCount())
            if qt_items.cell(table, row, 0).checkState() == Qt.CheckState.Checked
        ]
        other = self.other_picker.resolve()
        if other is not None and other not in ids:
            ids.append(other)
        return [PartnerChoice(org, self._persons.get(org)) for org in ids]

    def accept(self) -> None:
        ui = self.ui
        for error in (ui.partners_error, ui.referred_on_error, ui.general_error):
            error.hide()
        try:
            referred_on = parse_date_de(ui.referred_on_edit.text())
        except FieldError as exc:
            self._show(ui.referred_on_error, str(exc))
            ui.referred_on_edit.setFocus()
            return
        draft = ReferralDraft(
            need_id=self.need_id,
            partners=self.chosen_partners(),
            referred_on=referred_on,
            note=ui.note_edit.toPlainText(),
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
        )
        try:
            self.saved_ids = self.workspace.referrals.create(draft)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                target = {"partners": ui.partners_error, "referred_on": ui.referred_on_error}
                self._show(target.get(key, ui.general_error), message)
            ui.suggestions_table.setFocus()
            return
        except NotFound:
            QMessageBox.warning(
                self,
                self.tr("Need no longer exists"),
                self.tr("This need was deleted meanwhile. Nothing was recorded."),
            )
            return
        super().accept()

    @staticmethod
    def _show(error_label: QWidget, message: str) -> None:
        error_label.setText(translate_error(message)[0])  # type: ignore[attr-defined]
        error_label.show()
