"""Technology terms (issue 24): the vocabulary the partner suggestions and the needs radar
match with. The shipped concepts are listed with their synonyms; staff add synonyms to them or
new concepts (with a broader one), stored in the database and so shared with every colleague.
A text can be tried out: the terms it names show at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.text import search_fold
from indie_desktop.services.work.vocabulary import ConceptRow, TermDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons
from indie_desktop.ui.window_sizes import fit_window


class VocabularyDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[ConceptRow] = []
        self.shown: list[ConceptRow] = []
        self.entry_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Technology terms"))
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The partner suggestions and the needs radar find these terms and their "
                "synonyms as whole words. Add a synonym where a firm or a need says it in "
                "other words; every colleague matches with it after saving (and laptops after "
                "their next sync)."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find_edit")
        self.find_edit.setPlaceholderText(self.tr("Find a term or synonym"))
        self.find_edit.textChanged.connect(self._fill_table)
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.find_edit)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_edit, 1)
        outer.addLayout(row)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("terms_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Synonyms"), self.tr("Broader term")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        outer.addWidget(self.table, 1)

        form = QFormLayout()
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("label_edit")
        self.label_edit.setMaxLength(120)
        form.addRow(self._caption(self.tr("&Term:"), self.label_edit), self.label_edit)
        self.label_error = self._error()
        form.addRow("", self.label_error)
        self.synonyms_edit = QLineEdit(self)
        self.synonyms_edit.setObjectName("synonyms_edit")
        self.synonyms_edit.setPlaceholderText(
            self.tr("separated by ; e.g. Gleitschleifen; Trowalisieren")
        )
        form.addRow(
            self._caption(self.tr("&Synonyms (added):"), self.synonyms_edit), self.synonyms_edit
        )
        self.synonyms_error = self._error()
        form.addRow("", self.synonyms_error)
        self.broader_combo = QComboBox(self)
        self.broader_combo.setObjectName("broader_combo")
        self.broader_combo.setEditable(True)
        self.broader_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(
            self._caption(self.tr("&Broader term:"), self.broader_combo), self.broader_combo
        )
        self.broader_error = self._error()
        form.addRow("", self.broader_error)
        outer.addLayout(form)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New term"), self)
        self.new_button.clicked.connect(self.new_term)
        self.save_button = QPushButton(self.tr("Sa&ve term"), self)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("&Remove additions"), self)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.message = QLabel(self)
        outer.addWidget(self.message)
        self.try_edit = QLineEdit(self)
        self.try_edit.setObjectName("try_edit")
        self.try_edit.setPlaceholderText(self.tr("e.g. Entgraten von Frästeilen"))
        self.try_edit.textChanged.connect(self._try)
        self.try_result = QLabel(self)
        self.try_result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._caption(self.tr("Tr&y a text:"), self.try_edit))
        row.addWidget(self.try_edit, 1)
        outer.addLayout(row)
        outer.addWidget(self.try_result)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)
        fit_window(self, 860, 680, "vocabulary")
        apply_tab_order(self.tab_order())
        self.reload()
        self.new_term()

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        return caption

    def _error(self) -> QLabel:
        error = QLabel(self)
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        return error

    def tab_order(self) -> list[QWidget]:
        """The order Tab visits the fields in (a test walks it)."""
        return [
            self.find_edit,
            self.table,
            self.label_edit,
            self.synonyms_edit,
            self.broader_combo,
            self.new_button,
            self.save_button,
            self.remove_button,
            self.try_edit,
            *buttons(self.button_box, QDialogButtonBox.StandardButton.Close),
        ]

    # --- list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.rows = self.workspace.vocabulary.concepts()
        current = self.broader_combo.currentText()
        self.broader_combo.clear()
        self.broader_combo.addItem("")
        self.broader_combo.addItems(sorted((r.label for r in self.rows), key=search_fold))
        self.broader_combo.setCurrentText(current)
        self._fill_table()

    def _fill_table(self) -> None:
        needle = search_fold(self.find_edit.text().strip())
        self.shown = [
            r
            for r in self.rows
            if not needle
            or needle in search_fold(" ".join((r.label, *r.synonyms, *r.staff_synonyms)))
        ]
        self.table.setRowCount(len(self.shown))
        for i, r in enumerate(self.shown):
            synonyms = "; ".join(r.synonyms)
            if r.staff_synonyms:
                added = "; ".join(r.staff_synonyms)
                synonyms = f"{synonyms}; + {added}" if synonyms else f"+ {added}"
            for column, text in enumerate((r.label, synonyms, r.broader)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not r.shipped:
                    item.setToolTip(self.tr("Added by staff"))
                self.table.setItem(i, column, item)

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.shown):
            self.edit(self.shown[row])

    def edit(self, concept: ConceptRow) -> None:
        """Show a concept in the form: a shipped one takes added synonyms only."""
        self._clear_errors()
        self.entry_id = concept.entry_id
        self.label_edit.setText(concept.label)
        self.label_edit.setReadOnly(concept.shipped)
        self.synonyms_edit.setText("; ".join(concept.staff_synonyms))
        self.broader_combo.setCurrentText(concept.broader)
        self.broader_combo.setEnabled(not concept.shipped)
        self.remove_button.setEnabled(concept.entry_id is not None)

    def new_term(self) -> None:
        self._clear_errors()
        self.table.clearSelection()
        self.entry_id = None
        self.label_edit.setReadOnly(False)
        self.label_edit.clear()
        self.synonyms_edit.clear()
        self.broader_combo.setEnabled(True)
        self.broader_combo.setCurrentText("")
        self.remove_button.setEnabled(False)

    def _clear_errors(self) -> None:
        for error in (self.label_error, self.synonyms_error, self.broader_error):
            error.hide()

    def save(self) -> uuid.UUID | None:
        self._clear_errors()
        draft = TermDraft(
            self.label_edit.text(),
            tuple(self.synonyms_edit.text().split(";")),
            self.broader_combo.currentText() if self.broader_combo.isEnabled() else "",
        )
        try:
            saved = self.workspace.vocabulary.save(draft, self.entry_id)
        except ValidationError as err:
            targets = {
                "label": (self.label_error, self.label_edit),
                "synonyms": (self.synonyms_error, self.synonyms_edit),
                "broader": (self.broader_error, self.broader_combo),
            }
            first: QWidget | None = None
            for key, message in err.errors.items():
                error, field = targets.get(key, (self.label_error, self.label_edit))
                text, why = translate_error(message)
                error.setText(text)
                error.setToolTip(why)
                error.show()
                first = first or field
            if first is not None:
                first.setFocus()
            return None
        except ServiceError as exc:
            show_error(self, self.tr("Cannot save the term"), exc)
            return None
        label = draft.label.strip()
        self.message.setText(self.tr("Saved: %1").replace("%1", label))
        self.reload()
        self._select(label)
        self._try()
        return saved

    def _select(self, label: str) -> None:
        key = search_fold(label)
        for i, r in enumerate(self.shown):
            if search_fold(r.label) == key:
                self.table.selectRow(i)
                return

    def remove(self) -> None:
        if self.entry_id is None:
            return
        try:
            self.workspace.vocabulary.remove(self.entry_id)
        except ServiceError as exc:
            show_error(self, self.tr("Cannot remove the term"), exc)
            return
        self.message.setText(self.tr("Removed: %1").replace("%1", self.label_edit.text()))
        self.reload()
        self.new_term()
        self._try()

    def _try(self) -> None:
        text = self.try_edit.text().strip()
        if not text:
            self.try_result.clear()
            return
        found = self.workspace.vocabulary.terms_in(text)
        self.try_result.setText(
            self.tr("Terms found: %1").replace("%1", ", ".join(found))
            if found
            else self.tr("No term of the vocabulary found")
        )
