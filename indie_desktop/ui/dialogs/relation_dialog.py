"""Adding a typed relation of an organisation to another (Tochter von, Zulieferer von, Mitglied
in, Kooperationspartner von, Ausgründung von); both organisations show it (issue 24)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from indie_desktop.domain.enums import RelationKind
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import enum_items, enum_value, fill_combo
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker


class RelationDialog(QDialog):
    """'<organisation> <kind> <other>'; a refused relation says why at the field."""

    def __init__(
        self, workspace: Workspace, organisation_id: uuid.UUID, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.organisation_id = organisation_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Add relation – %1").replace("%1", name))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{name}</b>"))
        self.kind_combo = QComboBox(self)
        fill_combo(self.kind_combo, enum_items(RelationKind))
        kind_label = QLabel(self.tr("&Relation:"), self)
        kind_label.setBuddy(self.kind_combo)
        form.addRow(kind_label, self.kind_combo)
        self.other_picker = OrganisationPicker(workspace.organisations.choices, self)
        self.other_picker.setPlaceholderText(self.tr("Type part of the name"))
        other_label = QLabel(self.tr("&Organisation:"), self)
        other_label.setBuddy(self.other_picker)
        form.addRow(other_label, self.other_picker)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow("", self.error_label)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(300)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.other_picker.resolve()
        kind = enum_value(self.kind_combo, RelationKind) or RelationKind.PARTNER_OF
        try:
            self.saved_id = self.workspace.relations.add(
                self.organisation_id,
                kind,
                self.other_picker.organisation_id(),
                note=self.note_edit.text(),
            )
        except ValidationError as err:
            messages = {
                "Choose the other organisation": self.tr("Choose the other organisation"),
                "An organisation cannot be related to itself": self.tr(
                    "An organisation cannot be related to itself"
                ),
                "This relation is already recorded": self.tr("This relation is already recorded"),
                "At most 300 characters": self.tr("At most 300 characters"),
            }
            text = "; ".join(messages.get(m, m) for m in err.errors.values())
            self.error_label.setText(text)
            self.error_label.show()
            self.other_picker.setFocus()
            return
        super().accept()
