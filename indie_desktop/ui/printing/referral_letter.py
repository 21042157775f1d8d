"""The referral letter (Vermittlungsschreiben) to the partner, or the mirror letter to the
company: the draft from the PrintService, editable (recipient, subject, salutation, body,
template), then the preview. Printing it or saving it as PDF records the letter on the
referral (date and document), so the referral then shows "Letter sent on …".
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.widgets.field_error import error_label, with_error
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

log = logging.getLogger(__name__)

PARTNER_PURPOSE = "referral_partner"
COMPANY_PURPOSE = "referral_company"


class ReferralLetterDialog(QDialog):
    """Edit the letter, look at it, print or save it; that records it on the referral."""

    letter_recorded = Signal(object)  # the referral's id

    def __init__(
        self, workspace: Workspace, referral_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.referral_id = referral_id
        self.printing = workspace.printing
        self.preview: PrintPreviewDialog | None = None
        self._drafts: dict[bool, Any] = {}  # mirror? -> the draft as last edited
        self._loaded_body: dict[bool, str] = {}
        self._mirror = False
        detail = workspace.referral_list.detail(referral_id)
        self.setWindowTitle(
            self.tr("Referral letter – %1 → %2")
            .replace("%1", detail.organisation)
            .replace("%2", detail.partner or detail.partner_person)
        )
        self.setObjectName("referral_letter")
        self._build()
        self._show_sent(detail.letter_sent_on)
        self._load(mirror=False)
        fit_window(self, 720, 760, "referral_letter")

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.sent_label = QLabel()
        self.sent_label.setObjectName("letter_sent")
        self.sent_label.hide()
        self.mirror_check = QCheckBox(self.tr("&Mirror letter to the company"))
        self.mirror_check.setToolTip(
            self.tr("The same introduction, written to the company instead of the partner")
        )
        self.mirror_check.toggled.connect(self._mirror_toggled)
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Letter template"))
        self.template_combo.activated.connect(self._template_chosen)
        # Whom the letters name at the company (the mirror letter goes to them): the user's
        # choice among its current contacts.
        self.contact_combo = QComboBox()
        self._contact_id: uuid.UUID | None = None
        for choice in self.printing.contact_choices(self.referral_id):
            text = f"{choice.name} ({choice.function})" if choice.function else choice.name
            self.contact_combo.addItem(text, str(choice.id))  # a UUID is not found by findData
        self.contact_combo.setEnabled(self.contact_combo.count() > 0)
        self.contact_combo.activated.connect(self._contact_chosen)

        self.recipient_edit = QPlainTextEdit()
        self.recipient_edit.setTabChangesFocus(True)
        self.recipient_edit.setAccessibleName(self.tr("Recipient"))
        lines = QFontMetrics(self.recipient_edit.font()).lineSpacing()
        self.recipient_edit.setFixedHeight(lines * 6 + 12)
        self.subject_edit = QLineEdit()
        self.salutation_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setAccessibleName(self.tr("Letter text"))
        self.body_edit.setMinimumHeight(lines * 12)
        self.info_label = QLabel()
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        self.info_label.setWordWrap(True)

        recipient_box, self.recipient_error = with_error(self.recipient_edit)
        subject_box, self.subject_error = with_error(self.subject_edit)
        salutation_box, self.salutation_error = with_error(self.salutation_edit)
        body_box, self.body_error = with_error(self.body_edit)
        for box in (recipient_box, subject_box, salutation_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        body_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        template_box, self.template_error = with_error(self.template_combo)
        self.general_error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("", self.mirror_check)
        form.addRow(self._label(self.tr("&Template:"), self.template_combo), template_box)
        form.addRow(
            self._label(self.tr("Company &contact:"), self.contact_combo), self.contact_combo
        )
        form.addRow(self._label(self.tr("&Recipient:"), self.recipient_edit), recipient_box)
        form.addRow(self._label(self.tr("S&ubject:"), self.subject_edit), subject_box)
        form.addRow(self._label(self.tr("Sa&lutation:"), self.salutation_edit), salutation_box)
        form.addRow(self._label(self.tr("Te&xt:"), self.body_edit), body_box)
        info = QGroupBox(self.tr("Information block"))
        info_layout = QVBoxLayout(info)
        info_layout.addWidget(self.info_label)

        self.preview_button = QPushButton(self.tr("&Preview and print…"))
        self.preview_button.setDefault(True)
        self.preview_button.setToolTip(
            self.tr("Printing the letter or saving it as PDF records it on the referral")
        )
        self.preview_button.clicked.connect(self.show_preview)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        QShortcut(QKeySequence.StandardKey.Print, self, self.show_preview)

        top = QHBoxLayout()
        top.addWidget(self.sent_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form, 1)
        layout.addWidget(info)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        return [
            self.mirror_check,
            self.template_combo,
            self.contact_combo,
            self.recipient_edit,
            self.subject_edit,
            self.salutation_edit,
            self.body_edit,
            self.preview_button,
            self.close_button,
        ]

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- the draft ---------------------------------------------------------------------------

    def _templates(self, mirror: bool) -> list[Any]:
        purpose = COMPANY_PURPOSE if mirror else PARTNER_PURPOSE
        return [t for t in self.printing.templates() if t.purpose == purpose]

    def _load(self, mirror: bool, template_name: str | None = None) -> bool:
        """Show the draft for the partner (or the company); an edited one is kept per side."""
        try:
            if template_name is not None:
                draft = self.printing.referral_letter_draft(
                    self.referral_id,
                    mirror=mirror,
                    template_name=template_name,
                    contact_person_id=self._contact_id,
                )
            elif mirror in self._drafts:
                draft = self._drafts[mirror]
            else:
                draft = self.printing.referral_letter_draft(
                    self.referral_id, mirror=mirror, contact_person_id=self._contact_id
                )
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        if template_name is not None or mirror not in self._loaded_body:
            self._loaded_body[mirror] = draft.body
        self._mirror = mirror
        self._drafts[mirror] = draft
        self.template_combo.clear()
        for info in self._templates(mirror):
            self.template_combo.addItem(info.title, info.name)
        index = self.template_combo.findData(draft.template_name)
        if index < 0:
            self.template_combo.addItem(draft.template_name, draft.template_name)
            index = self.template_combo.count() - 1
        self.template_combo.setCurrentIndex(index)
        self._contact_id = draft.contact_person_id
        self.contact_combo.setCurrentIndex(
            self.contact_combo.findData(str(draft.contact_person_id))
        )
        self.recipient_edit.setPlainText("\n".join(draft.recipient_lines))
        self.subject_edit.setText(draft.subject)
        self.salutation_edit.setText(draft.salutation)
        self.body_edit.setPlainText(draft.body)
        self.info_label.setText(_info_table(draft.info))
        self._clear_errors()
        return True

    def draft(self) -> Any:
        """The letter as edited now."""
        base = self._drafts[self._mirror]
        lines = [line.rstrip() for line in self.recipient_edit.toPlainText().splitlines()]
        return dataclasses.replace(
            base,
            recipient_lines=[line for line in lines if line.strip()],
            subject=self.subject_edit.text().strip(),
            salutation=self.salutation_edit.text().strip(),
            body=self.body_edit.toPlainText(),
        )

    def _mirror_toggled(self, mirror: bool) -> None:
        self._drafts[self._mirror] = self.draft()  # keep what was typed for the other side
        if not self._load(mirror):
            self.mirror_check.blockSignals(True)
            self.mirror_check.setChecked(not mirror)
            self.mirror_check.blockSignals(False)

    def set_mirror(self, mirror: bool) -> None:
        self.mirror_check.setChecked(mirror)

    def _contact_chosen(self, _index: int) -> None:
        """Another contact: both letters are written anew for them (their template kept)."""
        data = self.contact_combo.currentData()
        contact = uuid.UUID(data) if data else None
        if contact == self._contact_id:
            return
        self._contact_id = contact
        template = self._drafts[self._mirror].template_name
        self._drafts.clear()
        self._loaded_body.clear()
        self._load(self._mirror, template_name=template)

    def _template_chosen(self, _index: int) -> None:
        name = self.template_combo.currentData()
        current = self._drafts[self._mirror]
        if name == current.template_name:
            return
        if self.body_edit.toPlainText() != self._loaded_body.get(self._mirror):
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Other template"),
                self.tr("The text you changed is replaced by the other template's. Go on?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDefaultButton(QMessageBox.StandardButton.No)
            answer = box.exec()
            box.deleteLater()
            if answer != QMessageBox.StandardButton.Yes:
                self.template_combo.setCurrentIndex(
                    self.template_combo.findData(current.template_name)
                )
                return
        self._load(self._mirror, template_name=name)

    def choose_template(self, name: str) -> None:
        self.template_combo.setCurrentIndex(self.template_combo.findData(name))
        self._template_chosen(self.template_combo.currentIndex())

    # --- preview, print, record --------------------------------------------------------------

    def show_preview(self) -> PrintPreviewDialog | None:
        self._clear_errors()
        draft = self.draft()
        try:
            pdf = self.printing.referral_letter(draft)
        except ValidationError as exc:
            self._show_errors(exc)
            return None
        except ServiceError as exc:
            show_error(self, self.tr("Referral letter"), exc)
            return None
        self._drafts[self._mirror] = draft
        title = (
            self.tr("Mirror letter %1") if draft.mirror else self.tr("Referral letter %1")
        ).replace("%1", self._recipient_name(draft))
        printing = self.printing
        preview = PrintPreviewDialog(
            pdf, title, title, self, word=lambda: printing.letter_docx(draft)
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        recorded = False

        def record() -> None:
            nonlocal recorded
            if recorded:  # printed and saved: the same letter, recorded once
                return
            recorded = True
            self.record_sent(pdf)

        preview.delivered.connect(record)
        self.preview = preview
        preview.open()
        return preview

    def record_sent(self, pdf: bytes) -> None:
        try:
            self.printing.record_letter_sent(self.referral_id, pdf)
        except ServiceError as exc:
            show_error(self, self.tr("Letter not recorded"), exc)
            return
        detail = self.workspace.referral_list.detail(self.referral_id)
        self._show_sent(detail.letter_sent_on)
        self.letter_recorded.emit(self.referral_id)

    def _show_sent(self, sent_on: Any) -> None:
        if sent_on is None:
            self.sent_label.hide()
            return
        self.sent_label.setText(
            "<b>" + self.tr("Letter sent on %1").replace("%1", format_date(sent_on)) + "</b>"
        )
        self.sent_label.show()

    @staticmethod
    def _recipient_name(draft: Any) -> str:
        lines = list(draft.recipient_lines)
        return lines[0] if lines else ""

    # --- errors ------------------------------------------------------------------------------

    def _targets(self) -> dict[str, QLabel]:
        return {
            "recipient_lines": self.recipient_error,
            "subject": self.subject_error,
            "salutation": self.salutation_error,
            "body": self.body_error,
            "template": self.body_error,
            "template_name": self.template_error,
        }

    def _clear_errors(self) -> None:
        for label in (*self._targets().values(), self.general_error):
            label.hide()

    def _show_errors(self, exc: ValidationError) -> None:
        targets = self._targets()
        for key, message in exc.errors.items():
            label = targets.get(key, self.general_error)
            label.setText(translate_error(message)[0])
            label.show()


def _info_table(info: dict[str, str]) -> str:
    from html import escape

    rows = "".join(
        f"<tr><td style='padding-right:12px;color:#555'>{escape(key)}</td>"
        f"<td>{escape(value)}</td></tr>"
        for key, value in info.items()
        if value
    )
    return f"<table>{rows}</table>"
