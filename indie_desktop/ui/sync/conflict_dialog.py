"""The conflict list: per field base / mine / theirs, decided as mine, theirs or an edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.sync.service import EDITED, MINE, THEIRS, ConflictView, ReplicaService
from indie_desktop.ui.window_sizes import fit_window


def field_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "city": QCoreApplication.translate("ConflictDialog", "City"),
        "street": QCoreApplication.translate("ConflictDialog", "Street"),
        "postcode": QCoreApplication.translate("ConflictDialog", "Postcode"),
        "phone": QCoreApplication.translate("ConflictDialog", "Phone"),
        "email": QCoreApplication.translate("ConflictDialog", "E-mail"),
        "website": QCoreApplication.translate("ConflictDialog", "Website"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "topic": QCoreApplication.translate("ConflictDialog", "Topic"),
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "description": QCoreApplication.translate("ConflictDialog", "Description"),
        "deleted_at": QCoreApplication.translate("ConflictDialog", "Deleted"),
        "first_name": QCoreApplication.translate("ConflictDialog", "First name"),
        "last_name": QCoreApplication.translate("ConflictDialog", "Last name"),
        "salutation": QCoreApplication.translate("ConflictDialog", "Salutation"),
        "function": QCoreApplication.translate("ConflictDialog", "Function"),
        "department": QCoreApplication.translate("ConflictDialog", "Department"),
        "mobile": QCoreApplication.translate("ConflictDialog", "Mobile"),
        "legal_form": QCoreApplication.translate("ConflictDialog", "Legal form"),
        "municipality": QCoreApplication.translate("ConflictDialog", "Municipality"),
        "wz_code": QCoreApplication.translate("ConflictDialog", "WZ code"),
        "competences": QCoreApplication.translate("ConflictDialog", "Competences"),
        "kind": QCoreApplication.translate("ConflictDialog", "Kind"),
        "status": QCoreApplication.translate("ConflictDialog", "Status"),
        "stage": QCoreApplication.translate("ConflictDialog", "Stage"),
        "urgency": QCoreApplication.translate("ConflictDialog", "Urgency"),
        "due_on": QCoreApplication.translate("ConflictDialog", "Due on"),
        "subject": QCoreApplication.translate("ConflictDialog", "Subject"),
        "report": QCoreApplication.translate("ConflictDialog", "Report"),
        "occurred_at": QCoreApplication.translate("ConflictDialog", "Date and time"),
        "place": QCoreApplication.translate("ConflictDialog", "Place"),
        "value_eur": QCoreApplication.translate("ConflictDialog", "Value (EUR)"),
        "starts_on": QCoreApplication.translate("ConflictDialog", "Start"),
        "ends_on": QCoreApplication.translate("ConflictDialog", "End"),
        "visibility": QCoreApplication.translate("ConflictDialog", "Visibility"),
        "budget_eur": QCoreApplication.translate("ConflictDialog", "Budget (EUR)"),
        "wanted_competence": QCoreApplication.translate("ConflictDialog", "Wanted competence"),
        "employee_band": QCoreApplication.translate("ConflictDialog", "Employees"),
        "vat_id": QCoreApplication.translate("ConflictDialog", "VAT ID"),
        "register_court": QCoreApplication.translate("ConflictDialog", "Register court"),
        "register_number": QCoreApplication.translate("ConflictDialog", "Register number"),
        "founded_year": QCoreApplication.translate("ConflictDialog", "Founded"),
        "responsible_staff_id": QCoreApplication.translate("ConflictDialog", "Responsible staff"),
        "assignee_id": QCoreApplication.translate("ConflictDialog", "Assigned to"),
        "done": QCoreApplication.translate("ConflictDialog", "Done"),
        "situation": QCoreApplication.translate("ConflictDialog", "Situation"),
        "needs_found": QCoreApplication.translate("ConflictDialog", "Needs found"),
        "next_steps": QCoreApplication.translate("ConflictDialog", "Agreed next steps"),
        "funding_programme": QCoreApplication.translate("ConflictDialog", "Funding programme"),
        "evidence": QCoreApplication.translate("ConflictDialog", "Evidence"),
        "role": QCoreApplication.translate("ConflictDialog", "Role"),
        "since": QCoreApplication.translate("ConflictDialog", "Since"),
        "until": QCoreApplication.translate("ConflictDialog", "Until"),
    }
    # A column without a label of its own reads as words, not as an identifier.
    return labels.get(field, field.removesuffix("_id").replace("_", " ").capitalize())


def shown(field: str, value: Any) -> str:
    if field == "deleted_at":
        return (
            QCoreApplication.translate("ConflictDialog", "deleted")
            if value
            else QCoreApplication.translate("ConflictDialog", "not deleted")
        )
    return "—" if value is None or value == "" else str(value)


class ConflictDialog(QDialog):
    """Lists undecided conflicts; the user decides each field and applies the decision."""

    COLUMNS = 5

    def __init__(self, service: ReplicaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Sync conflicts"))
        fit_window(self, 900, 460, "sync_conflicts")
        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Base"),
                self.tr("Mine"),
                self.tr("Server"),
                self.tr("Decision"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.apply_button = QPushButton(self.tr("Apply decision"))
        self.apply_button.clicked.connect(self.apply)
        self.empty = QLabel(self.tr("No conflicts to decide."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.table)
        right.addWidget(self.apply_button, alignment=Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.conflicts: list[ConflictView] = []
        self.choices: list[tuple[str, QComboBox, QLineEdit | None]] = []
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.service.conflicts()
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{c.label}\n{self._kind_text(c.kind)}")
            self.list.addItem(item)
        self.empty.setVisible(not self.conflicts)
        self.apply_button.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.table.setRowCount(0)
            self.heading.clear()

    def _kind_text(self, kind: str) -> str:
        return {
            "fields": self.tr("changed on both sides"),
            "edit_delete": self.tr("edited here, deleted on the server"),
            "delete_edit": self.tr("deleted here, edited on the server"),
            "rejected": self.tr("not accepted by the server"),
            "gone": self.tr("no longer on the server"),
        }.get(kind, kind)

    def _show(self, row: int) -> None:
        self.choices = []
        if row < 0 or row >= len(self.conflicts):
            self.table.setRowCount(0)
            return
        c = self.conflicts[row]
        self.heading.setText(
            self.tr(
                "{record}: {kind}. Until you decide, the server's value stays; your value "
                "is kept here."
            ).format(record=c.label, kind=self._kind_text(c.kind))
        )
        self.table.setRowCount(len(c.fields))
        for i, f in enumerate(c.fields):
            for col, text in enumerate(
                (
                    field_label(f.field),
                    shown(f.field, f.base),
                    shown(f.field, f.mine),
                    shown(f.field, f.theirs),
                )
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(i, col, item)
            cell = QWidget()
            box = QHBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            combo = QComboBox()
            combo.addItem(self.tr("Keep server's"), THEIRS)
            if c.row_exists:
                combo.addItem(self.tr("Take mine"), MINE)
            edit: QLineEdit | None = None
            if f.editable and c.row_exists:
                combo.addItem(self.tr("Edited value"), EDITED)
                edit = QLineEdit("" if f.mine is None else str(f.mine))
                edit.setEnabled(False)
                combo.currentIndexChanged.connect(
                    lambda _i, cb=combo, e=edit: e.setEnabled(cb.currentData() == EDITED)
                )
            box.addWidget(combo)
            if edit is not None:
                box.addWidget(edit, 1)
            self.table.setCellWidget(i, 4, cell)
            self.choices.append((f.field, combo, edit))
        self.table.resizeColumnsToContents()

    def apply(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        decisions = {
            field: (str(combo.currentData()), edit.text() if edit is not None else None)
            for field, combo, edit in self.choices
        }
        self.service.resolve(self.conflicts[row].id, decisions)
        self.reload()
