"""Einstellungen → Vorlagen: the institution's own Word templates (registered, their fields
checked against the ones the CRM fills) and the texts of the built-in letters, edited here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.services.printing.word import SHOWN_FIELDS
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.theme import error_style
from indie_desktop.ui.widgets.field_error import with_error


class TemplatesPage(QWidget):
    def tab_order(self) -> list[QWidget]:
        """The page's fields for the settings dialog's Tab order."""
        return [
            self.word_list,
            self.add_word_button,
            self.remove_word_button,
            self.template_combo,
            self.text_edit,
            self.save_text_button,
            self.reset_text_button,
        ]

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.addWidget(self._word_box())
        layout.addWidget(self._texts_box(), 1)
        self.reload_word()
        self._template_chosen()

    # --- Word templates ------------------------------------------------------------------------

    def _word_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Word templates of the institution"))
        self.word_list = QListWidget()
        self.word_list.setAccessibleName(self.tr("Registered Word templates"))
        self.word_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.add_word_button = QPushButton(self.tr("&Add Word template…"))
        self.add_word_button.clicked.connect(self.choose_word_template)
        self.remove_word_button = QPushButton(self.tr("Remo&ve"))
        self.remove_word_button.clicked.connect(self.remove_word_template)
        fields = ", ".join(f"«{f}»" for f in SHOWN_FIELDS)
        known = QLabel(
            self.tr(
                "Merge fields (Seriendruckfelder) or placeholders in double braces the letters "
                "are filled with: %1"
            ).replace("%1", fields)
        )
        known.setWordWrap(True)
        self.word_message = QLabel()
        self.word_message.setWordWrap(True)
        self.word_message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_word_button)
        buttons.addWidget(self.remove_word_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.word_list)
        inner.addLayout(buttons)
        inner.addWidget(self.word_message)
        inner.addWidget(known)
        return box

    def reload_word(self) -> None:
        self.word_list.clear()
        try:
            templates = self.workspace.word_templates.list()
        except ServiceError:
            templates = []
        for t in templates:
            item = QListWidgetItem(self._describe(t.name, t.fields, t.unknown), self.word_list)
            item.setData(0x0100, t.name)

    def _describe(self, name: str, fields: list[str], unknown: list[str]) -> str:
        text = f"{name}: " + (", ".join(fields) or self.tr("no fields"))
        if unknown:
            text += " – " + self.tr("unknown, stay empty: %1").replace("%1", ", ".join(unknown))
        return text

    def choose_word_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add Word template"),
            "",
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if name:
            self.add_word_template(Path(name))

    def add_word_template(self, path: Path) -> None:
        try:
            info = self.workspace.word_templates.register(path)
        except ValidationError as exc:
            self._say(translate_error(next(iter(exc.errors.values())))[0], error=True)
            return
        self.reload_word()
        if info.unknown:
            self._say(
                self.tr("%1 added. These fields are unknown and stay empty: %2")
                .replace("%1", info.name)
                .replace("%2", ", ".join(f"«{f}»" for f in info.unknown)),
                error=True,
            )
        else:
            self._say(self.tr("%1 added; every field is known.").replace("%1", info.name))

    def remove_word_template(self) -> None:
        item = self.word_list.currentItem()
        if item is None:
            return
        try:
            self.workspace.word_templates.remove(str(item.data(0x0100)))
        except ServiceError as exc:
            self._say(str(exc), error=True)
        self.reload_word()

    def _say(self, text: str, error: bool = False) -> None:
        self.word_message.setText(text)
        self.word_message.setStyleSheet(error_style() if error else "")
        self.word_message.show()

    # --- built-in letter texts -------------------------------------------------------------------

    def _texts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Texts of the letters"))
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Letter template"))
        # By file name: the titles are the templates' own (German) text, the names the files
        # an administrator finds in the templates folder.
        for t in self.workspace.printing.templates():
            self.template_combo.addItem(t.name, t.name)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Template text"))
        self.text_edit.setTabChangesFocus(True)
        text_box, self.text_error = with_error(self.text_edit)
        hint = QLabel(
            self.tr(
                "Lines before --- name the title, purpose and subject; below it the letter. "
                "{first_name}, {organisation}, … are filled for each recipient."
            )
        )
        hint.setWordWrap(True)
        self.save_text_button = QPushButton(self.tr("Save te&xt"))
        self.save_text_button.clicked.connect(self.save_text)
        self.reset_text_button = QPushButton(self.tr("Back to the or&iginal text"))
        self.reset_text_button.clicked.connect(self.reset_text)
        self.text_state = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_text_button)
        buttons.addWidget(self.reset_text_button)
        buttons.addWidget(self.text_state, 1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.template_combo)
        inner.addWidget(text_box, 1)
        inner.addWidget(hint)
        inner.addLayout(buttons)
        return box

    def _name(self) -> str:
        return str(self.template_combo.currentData() or "")

    def _template_chosen(self) -> None:
        name = self._name()
        self.text_error.hide()
        if not name:
            self.text_edit.clear()
            return
        try:
            self.text_edit.setPlainText(self.workspace.template_texts.text(name))
            edited = self.workspace.template_texts.customised(name)
        except ServiceError as exc:
            self.text_edit.clear()
            self.text_state.setText(str(exc))
            return
        self.reset_text_button.setEnabled(edited)
        self.text_state.setText(
            self.tr("Edited text (your copy)") if edited else self.tr("Original text")
        )

    def save_text(self) -> bool:
        self.text_error.hide()
        try:
            self.workspace.template_texts.save(self._name(), self.text_edit.toPlainText())
        except ValidationError as exc:
            self.text_error.setText(translate_error(next(iter(exc.errors.values())))[0])
            self.text_error.show()
            return False
        except ServiceError as exc:
            self.text_error.setText(str(exc))
            self.text_error.show()
            return False
        self.reset_text_button.setEnabled(True)
        self.text_state.setText(self.tr("Saved: letters use this text from now on."))
        return True

    def reset_text(self) -> None:
        try:
            self.workspace.template_texts.reset(self._name())
        except ServiceError as exc:
            self.text_state.setText(str(exc))
            return
        self._template_chosen()
