"""Small data protection forms: a consent, an objection, a decision to keep a contact.

Each shows the services' field messages under the field they are about and keeps what was
typed when saving fails.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import ConsentScope
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.privacy import Purpose
from indie_desktop.services.privacy.protection import ConsentDraft, ConsentRow
from indie_desktop.services.work.tasks import today_in_berlin
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.labels import choices
from indie_desktop.ui.privacy.texts import purpose_label
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons


def _de(value: object) -> str:
    from indie_desktop.domain.formatting import format_date

    return format_date(value) if value else ""  # type: ignore[arg-type]


class FieldForm(QDialog):
    """A form whose rows each have an error line; `save()` is what the OK button does."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.fields: list[QWidget] = []  # in reading order: the Tab order
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b3261e")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        holder = QWidget()
        holder.setLayout(box)
        holder.setFocusProxy(widget)  # the label's Alt+letter goes to the field
        self.form.addRow(label, holder)
        self.errors[name] = error
        self.fields.append(widget)
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        """The fields top to bottom, then OK and Cancel (text areas pass Tab on)."""
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        return [*self.fields, *buttons(self.buttons, ok, cancel)]

    def show_errors(self, errors: dict[str, str]) -> None:
        first = True
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setVisible(message is not None)
            if message is not None:
                text, detail = translate_error(message)
                label.setText(text)
                label.setToolTip(detail)
                if first:
                    field = self.form.itemAt(
                        list(self.errors).index(name), QFormLayout.ItemRole.FieldRole
                    )
                    widget = field.widget() if field is not None else None
                    if widget is not None:
                        widget.setFocus()
                    first = False

    def save(self) -> None:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.accept()


def _date_edit(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(QCoreApplication.translate("privacy", "DD.MM.YYYY"))
    edit.setMaximumWidth(140)
    return edit


class ConsentDialog(FieldForm):
    """Record a consent (or correct one): scope, date, channel, evidence, expiry, withdrawal."""

    def __init__(
        self,
        save: Callable[[ConsentDraft], Any],
        consent: ConsentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Consent"), parent)
        self._save = save
        self.scope = QComboBox()
        for value, text in choices(ConsentScope):
            self.scope.addItem(text, value)
        self.given_on = _date_edit()
        self.channel = QLineEdit()
        self.channel.setPlaceholderText(self.tr("e.g. form at the trade fair, e-mail"))
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(
            self.tr("What proves it (files can be attached to the consent afterwards)")
        )
        self.evidence.setMaximumHeight(self.fontMetrics().height() * 5)
        self.expires_on = _date_edit()
        self.withdrawn_on = _date_edit()
        self.add_row("scope", self.tr("&Purpose:"), self.scope)
        self.add_row("given_on", self.tr("&Given on:"), self.given_on)
        self.add_row("channel", self.tr("&Channel:"), self.channel)
        self.add_row("evidence", self.tr("&Evidence:"), self.evidence)
        self.add_row("expires_on", self.tr("&Valid until:"), self.expires_on)
        self.add_row("withdrawn_on", self.tr("&Withdrawn on:"), self.withdrawn_on)
        if consent is not None:
            self.scope.setCurrentIndex(self.scope.findData(consent.scope))
            self.given_on.setText(_de(consent.given_on))
            self.channel.setText(consent.channel)
            self.evidence.setPlainText(consent.evidence)
            self.expires_on.setText(_de(consent.expires_on))
            self.withdrawn_on.setText(_de(consent.withdrawn_on))
        self.resize(460, 0)

    def draft(self) -> ConsentDraft:
        return ConsentDraft(
            scope=self.scope.currentData(),
            given_on=self.given_on.text(),
            channel=self.channel.text(),
            evidence=self.evidence.toPlainText(),
            expires_on=self.expires_on.text(),
            withdrawn_on=self.withdrawn_on.text(),
        )

    def save(self) -> None:
        self._save(self.draft())


class ObjectionDialog(FieldForm):
    """The person objects to a purpose (Art. 21): from when, and a note how it came."""

    def __init__(
        self, save: Callable[[Purpose, str, str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Objection"), parent)
        self._save = save
        self.purpose = QComboBox()
        for purpose in Purpose:
            self.purpose.addItem(purpose_label(purpose), purpose)
        self.objected_on = _date_edit(_de(today_in_berlin()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. by phone, letter of 12.03."))
        self.add_row("purpose", self.tr("&Objects to:"), self.purpose)
        self.add_row("objected_on", self.tr("&Since:"), self.objected_on)
        self.add_row("note", self.tr("&Note:"), self.note)
        self.resize(420, 0)

    def save(self) -> None:
        self._save(self.purpose.currentData(), self.objected_on.text(), self.note.text())


class KeepDialog(FieldForm):
    """Keep a contact the review listed: why, and until when it is listed again."""

    def __init__(
        self, name: str, save: Callable[[str, str], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Keep %1").replace("%1", name), parent)
        self._save = save
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. member of the advisory board"))
        self.until = _date_edit()
        self.add_row("reason", self.tr("&Reason:"), self.reason)
        self.add_row("keep_until", self.tr("Keep &until:"), self.until)
        self.resize(420, 0)

    def save(self) -> None:
        self._save(self.reason.text(), self.until.text())
