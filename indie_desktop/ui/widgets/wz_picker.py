"""Picking a WZ 2008 code (German classification of economic activities) by code or by title."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from indie_desktop.domain.wz import WzEntry, canonical_wz_code, wz_entries, wz_title

CODE_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def entry_text(entry: WzEntry) -> str:
    """What the completion list shows and matches against: '25.62.0 – Mechanik a. n. g.'."""
    return f"{entry.code} – {entry.title}"


class WzListModel(QAbstractListModel):
    """The official WZ 2008 list (all levels, tree order) as rows for a completer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = wz_entries()

    def rowCount(self, parent: AnyIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry_text(entry)
        if role == CODE_ROLE:
            return entry.code
        if role == TITLE_ROLE:
            return entry.title
        return None


class _CodeCompleter(QCompleter):
    """Matches the whole 'code – title' text but puts only the code into the line edit."""

    def pathFromIndex(self, index: AnyIndex) -> str:
        code = index.data(CODE_ROLE)
        return str(code) if code else super().pathFromIndex(index)


class WzPicker(QWidget):
    """A line edit for a WZ 2008 code with a completer over codes and titles.

    Typing 'Mechanik' or '25.62' lists matching entries (case-insensitive, anywhere in the
    text); choosing one puts the code ('25.62.0') into the field and its official title
    under it. Whatever the user typed is kept as typed; the service validates it.
    """

    codeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_edit = QLineEdit(self)
        self.line_edit.setObjectName("wz_code_edit")
        self.line_edit.setPlaceholderText(
            QCoreApplication.translate("WzPicker", "Type a code or a word, e.g. Mechanik")
        )
        self.line_edit.setClearButtonEnabled(True)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("wz_title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.title_label)

        self.completer = _CodeCompleter(self)
        self.completer.setModel(WzListModel(self.completer))
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.line_edit.setCompleter(self.completer)

        # Keyboard: Tab, a buddy's accelerator and setFocus() all land in the line edit.
        self.setFocusProxy(self.line_edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        # PySide6's stubs type an overloaded signal's instance as not subscriptable.
        self.completer.activated[str].connect(self._chosen)  # type: ignore[index]
        self.line_edit.editingFinished.connect(self._tidy)
        self.line_edit.textChanged.connect(self._text_changed)

    def code(self) -> str:
        """The code as typed (the service canonicalises and validates it)."""
        text = self.line_edit.text().strip()
        # A pasted full entry ('25.62.0 – Mechanik a. n. g.') means its code.
        head, sep, _title = text.partition(" – ")
        return head.strip() if sep else text

    def setCode(self, code: str) -> None:
        self.line_edit.setText(code)
        self._show_title()

    def title(self) -> str:
        """The official title shown for the current code, '' when there is none."""
        return self.title_label.text() if self.title_label.isVisibleTo(self) else ""

    def _chosen(self, code: str) -> None:
        # QLineEdit sets the completion text itself; make sure it is the bare code.
        self.line_edit.setText(code)
        self._show_title()

    def _tidy(self) -> None:
        """On leaving the field: '25620' -> '25.62.0' when that is an official code."""
        canonical = canonical_wz_code(self.code())
        if canonical and canonical != self.line_edit.text():
            self.line_edit.setText(canonical)
        self._show_title()

    def _text_changed(self, _text: str) -> None:
        # While the user searches by words the old title would be misleading.
        if not canonical_wz_code(self.code()):
            self.title_label.hide()
        else:
            self._show_title()
        self.codeChanged.emit(self.code())

    def _show_title(self) -> None:
        code = self.code()
        canonical = canonical_wz_code(code)
        if not code:
            self.title_label.clear()
            self.title_label.hide()
            return
        title = wz_title(canonical) if canonical else None
        self.title_label.setText(
            title
            if title
            else QCoreApplication.translate("WzPicker", "Not a code of the WZ 2008 list")
        )
        self.title_label.show()
