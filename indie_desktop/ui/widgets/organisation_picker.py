"""Choosing an organisation by typing part of its name (for affiliations, referrals, ...)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

# What a picker asks for: organisations matching a text as (id, 'name, city'), best first.
# In the application this is `workspace.organisations.choices`; the picker never queries itself.
ChoicesSource = Callable[[str], list[tuple[uuid.UUID, str]]]

ID_ROLE = Qt.ItemDataRole.UserRole


class OrganisationPicker(QLineEdit):
    """A line edit whose completer lists the organisations matching what is typed.

    `organisation_id()` is the chosen organisation, or None while the text does not name
    one; `resolve()` accepts a typed text that matches exactly one organisation.
    """

    organisationChanged = Signal(object)  # uuid.UUID | None

    def __init__(self, choices: ChoicesSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._organisation_id: uuid.UUID | None = None
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        # The service already filtered (and folded umlauts); show its answer unfiltered.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        # PySide6's stubs type an overloaded signal's instance as not subscriptable.
        self._completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._search)

    def organisation_id(self) -> uuid.UUID | None:
        return self._organisation_id

    def set_organisation(self, organisation_id: uuid.UUID | None, label: str) -> None:
        """Show an already chosen organisation (e.g. when a form is loaded)."""
        self.setText(label)
        self._set_id(organisation_id)

    def resolve(self) -> uuid.UUID | None:
        """If nothing was chosen but the text names exactly one organisation, choose it."""
        text = self.text().strip()
        if self._organisation_id is None and text:
            rows = self._choices(text)
            exact = [row for row in rows if row[1].casefold() == text.casefold()]
            if len(exact) == 1 or len(rows) == 1:
                organisation_id, label = (exact or rows)[0]
                self.set_organisation(organisation_id, label)
        return self._organisation_id

    def _search(self, text: str) -> None:
        # Typing makes the earlier choice void until a new one is made.
        self._set_id(None)
        self._model.clear()
        if not text.strip():
            return
        for organisation_id, label in self._choices(text):
            item = QStandardItem(label)
            item.setData(organisation_id, ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount():
            self._completer.complete()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        organisation_id = index.data(ID_ROLE)
        self.setText(str(index.data(Qt.ItemDataRole.DisplayRole)))
        self._set_id(organisation_id if isinstance(organisation_id, uuid.UUID) else None)

    def _set_id(self, organisation_id: uuid.UUID | None) -> None:
        if organisation_id != self._organisation_id:
            self._organisation_id = organisation_id
            self.organisationChanged.emit(organisation_id)
