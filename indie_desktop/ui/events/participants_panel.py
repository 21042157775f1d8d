"""An event's participants under its detail: status per person, check-in with the keyboard.

At the door: type a few letters of the name (the filter), Return jumps to the list, Space or T
marks the selected as attended ("teilgenommen"); A registered, X cancelled, N no-show. Several
rows may be selected (Shift/Ctrl) and changed at once.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enums import ParticipantRole, ParticipantStatus
from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_datetime, format_money
from indie_desktop.services.events.participants import ParticipantRow
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.labels import label

AnyIndex = QModelIndex | QPersistentModelIndex
KEYS = {
    Qt.Key.Key_Space: ParticipantStatus.ATTENDED,
    Qt.Key.Key_T: ParticipantStatus.ATTENDED,
    Qt.Key.Key_A: ParticipantStatus.REGISTERED,
    Qt.Key.Key_X: ParticipantStatus.CANCELLED,
    Qt.Key.Key_N: ParticipantStatus.NO_SHOW,
}


class ParticipantModel(QAbstractTableModel):
    """The participants of one event (a few hundred at most: loaded at once)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []
        self.headers = [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Status"),
            self.tr("Role"),
            self.tr("Changed"),
            self.tr("Cost share"),
            self.tr("Notes"),
        ]

    def set_rows(self, rows: list[ParticipantRow]) -> bool:
        """Show `rows`; the same participants in the same order are updated in place (the
        selection and the current row stay, as at the door after each tick). True if reset."""
        if rows and [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1)
            )
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.name or "–",
            r.organisation,
            label(r.status),
            label(r.role),
            format_datetime(r.changed_at),
            format_money(r.cost_share),
            r.notes,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class ParticipantsPanel(QWidget):
    """Participants of the event shown in the detail pane."""

    changed = Signal()  # a status was changed: the list's counts follow

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.event_id: uuid.UUID | None = None
        self.model = ParticipantModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(
            self.tr("Find a participant… (check-in: Space = attended)")
        )
        self.find_edit.setAccessibleName(self.tr("Find a participant"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._find)
        self.find_edit.returnPressed.connect(self._to_table)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: last name
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.resizeColumnsToContents()  # the headers fit (German is longer)
        self.table.installEventFilter(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # long in German: it must not widen the pane
        buttons = QHBoxLayout()
        self.status_buttons: dict[ParticipantStatus, QPushButton] = {}
        for status, text in (
            (ParticipantStatus.ATTENDED, self.tr("A&ttended")),
            (ParticipantStatus.REGISTERED, self.tr("Re&gistered")),
            (ParticipantStatus.CANCELLED, self.tr("Can&celled")),
            (ParticipantStatus.NO_SHOW, self.tr("&No-show")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.set_selected(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
        buttons.addStretch(1)
        # A co-exhibitor's share of the stand's cost, for the one participant selected:
        # Return saves it; a wrong amount is said under the field and stays as typed.
        self.cost_label = QLabel(self.tr("Cost &share (EUR):"))
        self.cost_edit = QLineEdit()
        self.cost_edit.setPlaceholderText("1.234,50")
        self.cost_edit.setAccessibleName(self.tr("Cost share of the selected participant"))
        self.cost_edit.setMaximumWidth(160)
        self.cost_label.setBuddy(self.cost_edit)
        self.cost_edit.returnPressed.connect(self.save_cost_share)
        self.cost_error = QLabel()
        self.cost_error.setStyleSheet("color: #b00020;")
        self.cost_error.setVisible(False)
        # Role and notes (dietary wishes, accessibility) of the one selected participant.
        self.role_label = QLabel(self.tr("R&ole:"))
        self.role_combo = QComboBox()
        for role in ParticipantRole:
            self.role_combo.addItem(label(role), role)
        self.role_combo.setAccessibleName(self.tr("Role of the selected participant"))
        self.role_label.setBuddy(self.role_combo)
        self.role_combo.activated.connect(lambda _i: self.save_details())
        self.notes_label = QLabel(self.tr("&Wishes, notes:"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("dietary wishes, accessibility…"))
        self.notes_edit.setAccessibleName(self.tr("Notes on the selected participant"))
        self.notes_label.setBuddy(self.notes_edit)
        self.notes_edit.returnPressed.connect(self.save_details)
        details_row = QHBoxLayout()
        details_row.addWidget(self.role_label)
        details_row.addWidget(self.role_combo)
        details_row.addWidget(self.notes_label)
        details_row.addWidget(self.notes_edit, 1)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.cost_label)
        cost_row.addWidget(self.cost_edit)
        cost_row.addWidget(self.cost_error, 1)
        cost_row.addStretch(1)
        self._cost_for: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(details_row)
        layout.addLayout(cost_row)
        layout.addWidget(self.summary)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._cost_follow())
        self._cost_follow()
        self.setEnabled(False)

    def show_event(self, event_id: uuid.UUID | None) -> None:
        self.event_id = event_id
        self.setEnabled(event_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.event_id is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        try:
            rows = self.workspace.participants.participants(self.event_id)
        except ServiceError:
            rows = []
        selected = set(self.selected_ids())
        if not self.model.set_rows(rows):
            selected = set()  # updated in place: the selection is still there
        else:
            self.table.resizeColumnsToContents()
        for i, r in enumerate(rows):
            if r.id in selected:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                self.table.selectionModel().select(
                    index,
                    self.table.selectionModel().SelectionFlag.Select
                    | self.table.selectionModel().SelectionFlag.Rows,
                )
        counts: dict[ParticipantStatus, int] = {}
        for r in rows:
            counts[r.status] = counts.get(r.status, 0) + 1
        self.summary.setText(
            " · ".join(f"{label(s)}: {n}" for s, n in sorted(counts.items()))
            or self.tr("Nobody yet: invite a target group or import the registrations.")
        )

    def selected_ids(self) -> list[uuid.UUID]:
        if self.table.selectionModel() is None:
            return []
        return [
            self.proxy.data(i, Qt.ItemDataRole.UserRole)
            for i in self.table.selectionModel().selectedRows()
        ]

    def _cost_follow(self) -> None:
        """The cost field shows the share of the one selected participant."""
        ids = self.selected_ids()
        chosen = ids[0] if len(ids) == 1 else None
        if chosen == self._cost_for:
            return
        self._cost_for = chosen
        row = next((r for r in self.model.rows if r.id == chosen), None)
        for widget in (self.cost_edit, self.role_combo, self.notes_edit):
            widget.setEnabled(row is not None)
        self.cost_edit.setText(format_money(row.cost_share, currency=False) if row else "")
        self.cost_error.setVisible(False)
        self.notes_edit.setText(row.notes if row else "")
        if row is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(row.role)))

    def save_details(self) -> bool:
        """Save the selected participant's role and notes (the cost share as stored)."""
        row = next((r for r in self.model.rows if r.id == self._cost_for), None)
        if row is None:
            return False
        try:
            self.workspace.participants.update(
                row.id, self.role_combo.currentData(), self.notes_edit.text(), row.cost_share
            )
        except ServiceError as exc:
            show_error(self, self.tr("Cannot save the participant"), exc)
            return False
        self.reload()
        self.changed.emit()
        return True

    def save_cost_share(self) -> bool:
        """Save the typed share for the selected participant; False (message at the field,
        text kept) when it is not an amount."""
        if self._cost_for is None:
            return False
        typed = self.cost_edit.text()
        try:
            amount = self.workspace.participants.set_cost_share(self._cost_for, typed)
        except ValidationError as exc:
            self.cost_error.setText(translate_error(exc.errors.get("cost_share_eur", str(exc)))[0])
            self.cost_error.setVisible(True)
            self.cost_edit.setFocus()
            return False
        except ServiceError as exc:
            show_error(self, self.tr("Cannot save the cost share"), exc)
            return False
        self.cost_error.setVisible(False)
        self.cost_edit.setText(format_money(amount, currency=False))
        self.reload()
        self.changed.emit()
        return True

    def set_selected(self, status: ParticipantStatus) -> None:
        """Set the status of the selected participants (check-in)."""
        ids = self.selected_ids()
        if not ids:
            return
        try:
            for pid in ids:
                self.workspace.participants.set_status(pid, status)
        except ServiceError as exc:
            show_error(self, self.tr("Cannot change the status"), exc)
        self.reload()
        self.changed.emit()
        # Back to the name: the next person at the door.
        if self.find_edit.text():
            self.find_edit.selectAll()
            self.find_edit.setFocus()

    def _find(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            status = KEYS.get(Qt.Key(event.key()))
            if status is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                # After the key event: the change reloads the rows the table is handling.
                QTimer.singleShot(0, lambda s=status: self.set_selected(s))
                return True
        return super().eventFilter(watched, event)
