"""Settings → Letterhead: the own institution's letterhead as every printed document shows it
(name, sender line, address, phone, e-mail, web, logo, footer). The PrintService validates;
its messages appear at the field, and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ConflictError, ServiceError, ValidationError
from indie_desktop.domain.validation import format_phone
from indie_desktop.services.printing.documents import LetterheadDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.widgets.field_error import error_label, with_error
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons

LOGO_PREVIEW_WIDTH = 220
LOGO_PREVIEW_HEIGHT = 90
TEXT_FIELDS = ("name", "sender_line", "street", "postcode", "city", "phone", "email", "website")


class LetterheadDialog(QDialog):
    """Edit and save the letterhead of the user's institution."""

    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.printing = workspace.printing
        self.preview: PrintPreviewDialog | None = None
        self._draft = self.printing.letterhead_draft()
        self.setWindowTitle(self.tr("Letterhead – %1").replace("%1", self._draft.name))
        self.setObjectName("letterhead")
        self._build()
        self._fill(self._draft)
        self.resize(640, self.sizeHint().height())

    def _build(self) -> None:
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.edits["postcode"].setMaxLength(10)
        self.edits["sender_line"].setPlaceholderText(
            self.tr("e.g. WF Dortmund · Töllnerstraße 9–11 · 44122 Dortmund")
        )
        self.edits["website"].setPlaceholderText("https://…")
        self.logo_edit = QLineEdit()
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_edit.editingFinished.connect(self._logo_typed)
        self.choose_logo_button = QPushButton(self.tr("C&hoose…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove"))
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(""))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("background: white; border: 1px solid #bbb; color: #888;")
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.footer_edit = QPlainTextEdit()
        self.footer_edit.setTabChangesFocus(True)
        lines = QFontMetrics(self.footer_edit.font()).lineSpacing()
        self.footer_edit.setFixedHeight(lines * 5 + 12)
        self.footer_edit.setPlaceholderText(
            self.tr("Bank details, register court, managing director …")
        )

        self.errors: dict[str, QLabel] = {}
        boxes: dict[str, QWidget] = {}
        for name, edit in self.edits.items():
            if name not in ("postcode", "city"):
                boxes[name], self.errors[name] = with_error(edit)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_edit, 1)
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        logo_column = QWidget()
        column = QVBoxLayout(logo_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(logo_row)
        column.addWidget(self.logo_preview)
        boxes["logo_path"], self.errors["logo_path"] = with_error(logo_column)
        boxes["footer"], self.errors["footer"] = with_error(self.footer_edit)
        # Postcode and city side by side, their messages under both (a narrow postcode
        # column would break its message into many lines).
        town = QWidget()
        town_column = QVBoxLayout(town)
        town_column.setContentsMargins(0, 0, 0, 0)
        town_column.setSpacing(2)
        town_row = QHBoxLayout()
        town_row.addWidget(self.edits["postcode"], 1)
        town_row.addWidget(self.edits["city"], 3)
        town_column.addLayout(town_row)
        for name in ("postcode", "city"):
            self.errors[name] = error_label()
            town_column.addWidget(self.errors[name])
        self.edits["postcode"].setAccessibleName(self.tr("Postcode"))
        self.edits["city"].setAccessibleName(self.tr("City"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "name": self.tr("&Name:"),
            "sender_line": self.tr("Sen&der line:"),
            "street": self.tr("S&treet:"),
            "phone": self.tr("&Phone:"),
            "email": self.tr("&E-mail:"),
            "website": self.tr("&Web:"),
        }
        for name in ("name", "sender_line", "street"):
            form.addRow(self._label(labels[name], self.edits[name]), boxes[name])
        form.addRow(self._label(self.tr("Postcode, &city:"), self.edits["postcode"]), town)
        for name in ("phone", "email", "website"):
            form.addRow(self._label(labels[name], self.edits[name]), boxes[name])
        form.addRow(self._label(self.tr("&Logo:"), self.logo_edit), boxes["logo_path"])
        form.addRow(self._label(self.tr("&Footer:"), self.footer_edit), boxes["footer"])
        self.general_error = error_label()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.sample_button = QPushButton(self.tr("Sa&mple page…"))
        self.sample_button.setToolTip(self.tr("A page with this letterhead, before saving"))
        self.buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sample_button.clicked.connect(self.show_sample)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        edits = self.edits
        fields = ("name", "sender_line", "street", "postcode", "city", "phone", "email", "website")
        save, cancel = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel
        return [
            *(edits[name] for name in fields),
            self.logo_edit,
            self.choose_logo_button,
            self.remove_logo_button,
            self.footer_edit,
            *buttons(self.buttons, save),
            self.sample_button,
            *buttons(self.buttons, cancel),
        ]

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill(self, draft: Any) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(getattr(draft, name, "") or ""))
        self.edits["phone"].setText(format_phone(draft.phone or ""))
        self.footer_edit.setPlainText(str(draft.footer or ""))
        self.set_logo(str(draft.logo_path or ""))

    def draft(self) -> LetterheadDraft:
        """The letterhead as typed now."""
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        return dataclasses.replace(
            self._draft,
            name=text["name"],
            sender_line=text["sender_line"],
            street=text["street"],
            postcode=text["postcode"],
            city=text["city"],
            phone=text["phone"],
            email=text["email"],
            website=text["website"],
            logo_path=self.logo_edit.text().strip(),
            footer=self.footer_edit.toPlainText().strip(),
        )

    # --- logo --------------------------------------------------------------------------------

    def choose_logo(self) -> None:
        current = self.logo_edit.text().strip()
        start = str(Path(current).parent) if current and Path(current).is_absolute() else ""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose logo"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo(name)

    def _logo_typed(self) -> None:
        self.set_logo(self.logo_edit.text().strip())

    def set_logo(self, path: str) -> bool:
        """Show the logo (or say at the field why it cannot be used); True if it can."""
        self.logo_edit.setText(path)
        self.errors["logo_path"].hide()
        self.remove_logo_button.setEnabled(bool(path))
        if not path:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            return True
        pixmap = QPixmap(str(self._resolve(path)))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText("")
            self._show_error("logo_path", self.tr("This file cannot be read as an image."))
            return False
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW_WIDTH - 8,
                LOGO_PREVIEW_HEIGHT - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True

    @staticmethod
    def _resolve(path: str) -> Path:
        """Bundled logos are named relative to the resources folder (as the demo does)."""
        candidate = Path(path)
        if candidate.is_absolute():
            return candidate
        from indie_desktop.resources import resource_path

        return resource_path(*candidate.parts)

    # --- saving ------------------------------------------------------------------------------

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field, self.general_error)
        label.setText(message)
        label.show()

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()

    def _show_errors(self, exc: ValidationError) -> None:
        first: QWidget | None = None
        for key, message in exc.errors.items():
            self._show_error(key, translate_error(message)[0])
            widget = self.edits.get(key) or {
                "logo_path": self.logo_edit,
                "footer": self.footer_edit,
            }.get(key)
            first = first or widget
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        self._clear_errors()
        if not self.set_logo(self.logo_edit.text().strip()):
            self.logo_edit.setFocus()
            return
        draft = self.draft()
        try:
            self.printing.save_letterhead(draft)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except ConflictError:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Changed meanwhile"),
                self.tr(
                    "Somebody else changed the letterhead after you opened it. Your entries "
                    "stay here; close the dialog and open it again to see the other changes."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.exec()
            box.deleteLater()
            return
        except ServiceError as exc:
            show_error(self, self.tr("Letterhead"), exc)
            return
        self.saved.emit()
        super().accept()

    def show_sample(self) -> PrintPreviewDialog | None:
        self._clear_errors()
        try:
            pdf = self.printing.letterhead_sample(self.draft())
        except ValidationError as exc:
            self._show_errors(exc)
            return None
        except ServiceError as exc:
            show_error(self, self.tr("Letterhead"), exc)
            return None
        title = self.tr("Letterhead %1").replace("%1", self.edits["name"].text())
        self.preview = PrintPreviewDialog(pdf, title, title, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview
