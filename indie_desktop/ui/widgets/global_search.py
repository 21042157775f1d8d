"""The global search box (Ctrl+K): matches grouped by kind as you type, Enter opens one.

A search takes under 8 ms at network scale (bench figure `search_keystroke`, p95), so it runs
on the UI thread after a short typing pause instead of in the background runner: a worker
thread would cost more in hand-over than the query itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from indie_desktop.services.search.hits import SearchHit

if TYPE_CHECKING:
    from indie_desktop.services.search.service import SearchService

TYPING_PAUSE_MS = 120
PER_KIND = 5
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPopup(QFrame):
    """The result list under the box; it never takes the focus, the box keeps the keyboard."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)


class GlobalSearchBox(QLineEdit):
    """Type to search everything; Up/Down choose, Enter opens, Escape closes the results."""

    open_requested = Signal(str, uuid.UUID)  # (kind with a view, record id)

    def __init__(self, search: Callable[[], SearchService], parent: QWidget | None = None) -> None:
        """`search` gives the search service when the user first searches (its module
        imports the ORM, which the window's first paint does without)."""
        super().__init__(parent)
        self._search_of = search
        self.setPlaceholderText(self.tr("Search everything… (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.popup = SearchPopup(self)
        self.popup.list.itemClicked.connect(self._open_item)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textChanged.connect(lambda _t: self._timer.start())
        self.installEventFilter(self)

    @property
    def search(self) -> SearchService:
        return self._search_of()

    def kind_heading(self, kind: str) -> str:
        return {
            "organisation": self.tr("Organisations"),
            "person": self.tr("People"),
            "project": self.tr("Projects"),
            "need": self.tr("Needs"),
            "referral": self.tr("Referrals"),
            "activity": self.tr("Activities"),
        }[kind]

    def run_search(self) -> None:
        """Search now for what is in the box and show the grouped results."""
        self._timer.stop()
        results = self.search.search(self.text(), PER_KIND)
        lst = self.popup.list
        lst.clear()
        if not results.groups:
            if self.text().strip():
                item = QListWidgetItem(self.tr("No matches"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(item)
            else:
                self.popup.hide()
                return
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        for kind, hits in results.groups:
            heading = QListWidgetItem(self.kind_heading(kind))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setFont(heading_font)
            lst.addItem(heading)
            for hit in hits:
                text = f"   {hit.title}" + (f"   — {hit.subtitle}" if hit.subtitle else "")
                item = QListWidgetItem(text)
                item.setData(HIT_ROLE, hit)
                item.setToolTip(hit.subtitle)
                lst.addItem(item)
        self._select_next(0, 1)
        self._place_popup()

    def _place_popup(self) -> None:
        lst = self.popup.list
        rows = lst.count()
        height = sum(lst.sizeHintForRow(i) for i in range(rows)) + 4 * lst.frameWidth() + 4
        width = max(self.width(), 520)
        self.popup.resize(width, min(height, 560))
        self.popup.move(self.mapToGlobal(QPoint(self.width() - width, self.height())))
        self.popup.show()

    def current_hit(self) -> SearchHit | None:
        item = self.popup.list.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, SearchHit) else None

    def _select_next(self, start: int, step: int) -> None:
        lst = self.popup.list
        row = start
        while 0 <= row < lst.count():
            if lst.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                lst.setCurrentRow(row)
                return
            row += step

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self._open(hit)

    def _open(self, hit: SearchHit) -> None:
        self.popup.hide()
        self.open_requested.emit(hit.open_kind, hit.open_id)

    def open_current(self) -> None:
        if self._timer.isActive() or not self.popup.isVisible():
            self.run_search()
        hit = self.current_hit()
        if hit is not None:
            self._open(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            lst = self.popup.list
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if not self.popup.isVisible():
                    self.run_search()
                step = 1 if key == Qt.Key.Key_Down else -1
                self._select_next(lst.currentRow() + step, step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Escape:
                if self.popup.isVisible():
                    self.popup.hide()
                else:
                    self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.popup.hide()
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
