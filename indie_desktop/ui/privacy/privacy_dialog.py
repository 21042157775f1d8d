"""Datenschutz of one person: legal basis, source, Art. 14 information, consents, objections,
and the access export and erasure."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import LegalBasis
from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.privacy.protection import DATA_SOURCES, BasisDraft, PrivacyProfile
from indie_desktop.services.work.tasks import today_in_berlin
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.labels import choices, label
from indie_desktop.ui.privacy import actions
from indie_desktop.ui.privacy.forms import ConsentDialog, ObjectionDialog
from indie_desktop.ui.privacy.texts import purpose_label, source_label
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PrivacyDialog(QDialog):
    """Everything data protection about one person; changes are saved at once."""

    changed = Signal()
    erased = Signal()

    def __init__(
        self, workspace: Workspace, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id = person_id
        self.profile: PrivacyProfile | None = None

        self.legal_basis = QComboBox()
        self.legal_basis.addItem(self.tr("(not recorded)"), None)
        for value, text in choices(LegalBasis):
            self.legal_basis.addItem(text, value)
        self.data_source = QComboBox()
        self.data_source.setEditable(True)
        self.data_source.addItem("")
        for code in DATA_SOURCES:
            self.data_source.addItem(source_label(code))
        self.art14_sent = QLineEdit()
        self.art14_sent.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.art14_sent.setMaximumWidth(140)
        self.basis_error = QLabel()
        self.basis_error.setStyleSheet("color: #b3261e")
        self.basis_error.hide()
        self.save_basis_button = QPushButton(self.tr("&Save"))
        self.save_basis_button.clicked.connect(self.save_basis)
        self.art14_button = QPushButton(self.tr("&Print Art. 14 letter…"))
        self.art14_button.clicked.connect(self.print_art14)
        self.last_contact = QLabel()
        art14_row = QHBoxLayout()
        art14_row.addWidget(self.art14_sent)
        art14_row.addWidget(self.art14_button)
        art14_row.addStretch(1)
        basis_box = QGroupBox(self.tr("Legal basis"))
        form = QFormLayout(basis_box)
        form.addRow(self.tr("&Legal basis:"), self.legal_basis)
        form.addRow(self.tr("Sour&ce of the data:"), self.data_source)
        form.addRow(self.tr("Art. 14 information sent on:"), art14_row)
        form.addRow(self.tr("Last contact:"), self.last_contact)
        form.addRow("", self.basis_error)
        form.addRow("", self.save_basis_button)

        self.consents = _table(
            [
                self.tr("Purpose"),
                self.tr("Given on"),
                self.tr("Channel"),
                self.tr("Evidence"),
                self.tr("Valid until"),
                self.tr("Withdrawn on"),
            ]
        )
        self.consents.setAccessibleName(self.tr("Consents"))
        self.consents.itemActivated.connect(lambda _i: self.edit_consent())
        self.add_consent_button = QPushButton(self.tr("&Add consent…"))
        self.add_consent_button.clicked.connect(self.add_consent)
        self.edit_consent_button = QPushButton(self.tr("&Edit…"))
        self.edit_consent_button.clicked.connect(self.edit_consent)
        self.evidence_button = QPushButton(self.tr("Attach evidence &file…"))
        self.evidence_button.clicked.connect(self.attach_evidence)
        consent_box = QGroupBox(self.tr("Consents"))
        cb = QVBoxLayout(consent_box)
        cb.addWidget(self.consents)
        row = QHBoxLayout()
        for b in (self.add_consent_button, self.edit_consent_button, self.evidence_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        cb.addLayout(row)

        self.objections = _table(
            [self.tr("Objects to"), self.tr("Since"), self.tr("Note"), self.tr("Withdrawn on")]
        )
        self.objections.setAccessibleName(self.tr("Objections"))
        self.add_objection_button = QPushButton(self.tr("Add &objection…"))
        self.add_objection_button.clicked.connect(self.add_objection)
        self.withdraw_objection_button = QPushButton(self.tr("&Withdraw objection"))
        self.withdraw_objection_button.clicked.connect(self.withdraw_objection)
        objection_box = QGroupBox(self.tr("Objections"))
        ob = QVBoxLayout(objection_box)
        ob.addWidget(self.objections)
        row = QHBoxLayout()
        for b in (self.add_objection_button, self.withdraw_objection_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        ob.addLayout(row)

        self.export_button = QPushButton(self.tr("Access (Art. 15) e&xport…"))
        self.export_button.clicked.connect(self.export_access)
        self.erase_button = QPushButton(self.tr("E&rase (Art. 17)…"))
        self.erase_button.clicked.connect(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        for b in (self.export_button, self.erase_button, self.save_basis_button):
            b.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(basis_box)
        layout.addWidget(consent_box, 1)
        layout.addWidget(objection_box, 1)
        layout.addWidget(buttons)
        fit_window(self, 760, 640, "privacy")
        self.reload()
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        """Box by box, top to bottom, each box's buttons after its field or list."""
        return [
            self.legal_basis,
            self.data_source,
            self.art14_sent,
            self.art14_button,
            self.save_basis_button,
            self.consents,
            self.add_consent_button,
            self.edit_consent_button,
            self.evidence_button,
            self.objections,
            self.add_objection_button,
            self.withdraw_objection_button,
            self.export_button,
            self.erase_button,
            self.close_button,
        ]

    @property
    def name(self) -> str:
        return self.profile.display_name if self.profile else ""

    def reload(self) -> None:
        self.profile = p = self.workspace.privacy.profile(self.person_id)
        self.setWindowTitle(self.tr("Data protection – %1").replace("%1", p.display_name))
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(p.legal_basis)))
        self.data_source.setCurrentText(source_label(p.data_source))
        self.art14_sent.setText(format_date(p.art14_sent_on) if p.art14_sent_on else "")
        self.last_contact.setText(
            format_date(p.last_contact) if p.last_contact else self.tr("no contact recorded")
        )
        today = today_in_berlin()
        self.consents.setRowCount(0)
        for c in p.consents:
            r = self.consents.rowCount()
            self.consents.insertRow(r)
            evidence = c.evidence
            if c.evidence_files:
                evidence = (evidence + " " if evidence else "") + self.tr(
                    "(%n file(s))", "", c.evidence_files
                )
            cells = [
                label(c.scope),
                format_date(c.given_on) if c.given_on else "",
                c.channel,
                evidence,
                format_date(c.expires_on) if c.expires_on else "",
                format_date(c.withdrawn_on) if c.withdrawn_on else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, c.id)
                if not c.active_on(today):
                    item.setForeground(Qt.GlobalColor.gray)
                self.consents.setItem(r, col, item)
        self.objections.setRowCount(0)
        for o in p.objections:
            r = self.objections.rowCount()
            self.objections.insertRow(r)
            cells = [
                purpose_label(o.purpose),
                format_date(o.objected_on),
                o.note,
                format_date(o.withdrawn_on) if o.withdrawn_on else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, o.id)
                self.objections.setItem(r, col, item)

    def _selected(self, table: QTableWidget) -> uuid.UUID | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def _consent_row(self, consent_id: uuid.UUID) -> object:
        assert self.profile is not None
        return next(c for c in self.profile.consents if c.id == consent_id)

    # --- actions -----------------------------------------------------------------------------

    def save_basis(self) -> None:
        draft = BasisDraft(
            legal_basis=self.legal_basis.currentData(),
            data_source=self.data_source.currentText().strip(),
            art14_sent_on=self.art14_sent.text(),
        )
        try:
            self.workspace.privacy.save_basis(self.person_id, draft)
        except ValidationError as exc:
            text = "\n".join(translate_error(m)[0] for m in exc.errors.values())
            self.basis_error.setText(text)
            self.basis_error.show()
            return
        except ServiceError as exc:
            show_error(self, self.tr("Data protection"), exc)
            return
        self.basis_error.hide()
        self.reload()
        self.changed.emit()

    def add_consent(self) -> None:
        dialog = ConsentDialog(
            lambda d: self.workspace.privacy.add_consent(self.person_id, d), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
        dialog.deleteLater()

    def edit_consent(self) -> None:
        consent_id = self._selected(self.consents)
        if consent_id is None:
            return
        dialog = ConsentDialog(
            lambda d: self.workspace.privacy.update_consent(consent_id, d),
            self._consent_row(consent_id),  # type: ignore[arg-type]
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
        dialog.deleteLater()

    def attach_evidence(self) -> None:
        consent_id = self._selected(self.consents)
        if consent_id is None:
            return
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Evidence of the consent"))
        if not path:
            return
        try:
            self.workspace.privacy.attach_consent_evidence(consent_id, Path(path))
        except ServiceError as exc:
            show_error(self, self.tr("Evidence of the consent"), exc)
            return
        self.reload()

    def add_objection(self) -> None:
        dialog = ObjectionDialog(
            lambda purpose, on, note: self.workspace.privacy.add_objection(
                self.person_id, purpose, on, note
            ),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
        dialog.deleteLater()

    def withdraw_objection(self) -> None:
        objection_id = self._selected(self.objections)
        if objection_id is None:
            return
        try:
            self.workspace.privacy.withdraw_objection(objection_id)
        except ServiceError as exc:
            show_error(self, self.tr("Objections"), exc)
            return
        self.reload()
        self.changed.emit()

    def print_art14(self) -> None:
        if actions.print_art14(self, self.workspace, self.person_id, self.name):
            self.reload()
            self.changed.emit()

    def export_access(self) -> None:
        actions.export_access(self, self.workspace, self.person_id, self.name)

    def erase(self) -> None:
        if actions.erase(self, self.workspace, self.person_id, self.name):
            self.erased.emit()
            self.accept()
