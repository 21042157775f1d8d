"""A company's standing in the network ('im Netzwerk', issue 24): a new step (interested,
participating, partner, left) from a date on, beside the steps so far."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from indie_desktop.domain.enums import MembershipStatus
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.domain.validation import FieldError, parse_date_de
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import enum_items, enum_value, fill_combo
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.labels import label
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons


class MembershipDialog(QDialog):
    """'From <date> on the company is <status>'; a refused step says why at its field."""

    def __init__(
        self, workspace: Workspace, organisation_id: uuid.UUID, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.organisation_id = organisation_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("In the network – %1").replace("%1", name))
        form = QFormLayout(self)
        tenure = workspace.membership.tenure(organisation_id)
        if tenure.status is None:
            now = self.tr("Not recorded yet")
        else:
            now = (
                self.tr("%1 since %2")
                .replace("%1", label(tenure.status))
                .replace("%2", format_date(tenure.since))
            )
        self.current_label = QLabel(f"<b>{name}</b><br>{now}", self)
        form.addRow(self.current_label)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        fill_combo(self.status_combo, enum_items(MembershipStatus))
        following = {
            None: MembershipStatus.INTERESTED,
            MembershipStatus.INTERESTED: MembershipStatus.PARTICIPATING,
            MembershipStatus.PARTICIPATING: MembershipStatus.PARTNER,
            MembershipStatus.PARTNER: MembershipStatus.LEFT,
            MembershipStatus.LEFT: MembershipStatus.INTERESTED,
        }[tenure.status]
        self.status_combo.setCurrentIndex(self.status_combo.findData(following))
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_combo)
        form.addRow(status_label, self.status_combo)
        self.status_error = self._error_label()
        form.addRow("", self.status_error)
        self.since_edit = QLineEdit(date.today().strftime("%d.%m.%Y"), self)
        self.since_edit.setObjectName("since_edit")
        self.since_edit.setPlaceholderText("TT.MM.JJJJ")
        since_label = QLabel(self.tr("S&ince:"), self)
        since_label.setBuddy(self.since_edit)
        form.addRow(since_label, self.since_edit)
        self.since_error = self._error_label()
        form.addRow("", self.since_error)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setMaxLength(300)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        form.addRow(self.button_box)
        apply_tab_order(self.tab_order())

    def _error_label(self) -> QLabel:
        error = QLabel(self)
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        return error

    def tab_order(self) -> list[QWidget]:
        """The order Tab visits the fields in (a test walks it)."""
        box = QDialogButtonBox.StandardButton
        return [
            self.status_combo,
            self.since_edit,
            self.note_edit,
            *buttons(self.button_box, box.Save, box.Cancel),
        ]

    def _show(self, error: QLabel, message: str) -> None:
        text, why = translate_error(message)
        error.setText(text)
        error.setToolTip(why)
        error.show()

    def accept(self) -> None:
        for error in (self.status_error, self.since_error):
            error.hide()
        try:
            since = parse_date_de(self.since_edit.text())
        except FieldError as err:
            self._show(self.since_error, str(err))
            self.since_edit.setFocus()
            return
        status = enum_value(self.status_combo, MembershipStatus) or MembershipStatus.INTERESTED
        try:
            self.saved_id = self.workspace.membership.record(
                self.organisation_id, status, since, self.note_edit.text()
            )
        except ValidationError as err:
            for key, message in err.errors.items():
                target = self.status_error if key == "status" else self.since_error
                self._show(target, message)
            (self.status_combo if "status" in err.errors else self.since_edit).setFocus()
            return
        super().accept()
