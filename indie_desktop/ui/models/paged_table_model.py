"""A table model that loads a service's list page by page (canFetchMore/fetchMore).

Sorting and filtering happen in SQL: `sort()` and `set_filter_text()` change the ListQuery and
reload; the model never holds more rows than the user has scrolled through. Columns are
declared once (title, service sort key, display function), the way Vorta's table models name
their columns.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from indie_desktop.services.listing import ListQuery

PAGE_SIZE = 200

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's uuid.UUID
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the service's row dataclass

Row = TypeVar("Row")
Row_co = TypeVar("Row_co", covariant=True)

AnyIndex = QModelIndex | QPersistentModelIndex


class PagedSource(Protocol[Row_co]):
    """What a list service offers: the number of matching rows and one page of them."""

    def count(self, query: ListQuery) -> int: ...

    def page(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> Sequence[Row_co]:
        """`after` is the id of the last row already shown; services page by keyset with it."""
        ...


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: header (already translated), the service's sort key, how a cell reads."""

    title: str
    sort_key: str
    display: Callable[[Row], str]
    width_chars: int = 16  # initial width, in average characters
    align_right: bool = False
    samples: tuple[str, ...] = ()  # fixed texts (enum labels) the initial width must fit


def _row_id(row: Any) -> uuid.UUID:
    return row.id  # type: ignore[no-any-return]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of a PagedSource for a ListQuery; more pages are fetched as the view scrolls."""

    reloaded = Signal()  # after every reset: total and first page are known

    def __init__(
        self,
        source: PagedSource[Row],
        columns: Sequence[Column[Row]],
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = list(columns)
        self._query = query or ListQuery(sort=self._columns[0].sort_key)
        self._page_size = page_size
        self._rows: list[Row] = []
        self._total = 0
        self._loaded = False  # no query ran yet: a list not shown yet stays that way

    # --- the query ---------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many records match the query (loaded or not)."""
        return self._total

    @property
    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def set_query(self, query: ListQuery) -> None:
        """A new query; re-runs it if the list was loaded (else the first reload uses it)."""
        if query != self._query:
            self._query = query
            if self._loaded:
                self.reload()

    def set_filter_text(self, text: str) -> None:
        self.set_query(dataclasses.replace(self._query, text=text.strip()))

    def set_filters(self, filters: tuple[tuple[str, Any], ...]) -> None:
        self.set_query(dataclasses.replace(self._query, filters=filters))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query sorted by the column's SQL sort key (never sorted in Python)."""
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            dataclasses.replace(
                self._query, sort=self._columns[column].sort_key, descending=descending
            )
        )

    def sort_column(self) -> int:
        """Index of the column the query sorts by (0 if the key is not a column's)."""
        keys = [c.sort_key for c in self._columns]
        return keys.index(self._query.sort) if self._query.sort in keys else 0

    def reload(self, keep_loaded: bool = False) -> None:
        """Count and load the first page again; `keep_loaded` re-reads as many rows as shown."""
        self._loaded = True
        limit = self._page_size
        if keep_loaded:
            limit = max(limit, len(self._rows))
        self.beginResetModel()
        self._total = self._source.count(self._query)
        self._rows = list(self._source.page(self._query, 0, limit)) if self._total else []
        if len(self._rows) < limit:  # the data changed since counting: trust the rows
            self._total = len(self._rows)
        self.endResetModel()
        self.reloaded.emit()

    # --- incremental loading -----------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self._total:
            return
        offset = len(self._rows)
        last = getattr(self._rows[-1], "id", None) if self._rows else None
        rows = list(self._source.page(self._query, offset, self._page_size, after=last))
        if len(rows) < self._page_size:
            self._total = offset + len(rows)  # deleted meanwhile: stop asking
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # --- rows --------------------------------------------------------------------------------

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_id(self, row: int) -> uuid.UUID:
        return _row_id(self._rows[row])

    def row_of(self, record_id: uuid.UUID) -> int | None:
        """Position of a record among the loaded rows, None if it is not loaded (or gone)."""
        for i, row in enumerate(self._rows):
            if _row_id(row) == record_id:
                return i
        return None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(row)
            return text if len(text) > column.width_chars else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ID_ROLE:
            return _row_id(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None
