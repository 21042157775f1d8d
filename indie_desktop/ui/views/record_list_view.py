"""The generic list of one kind of record: filter box, sortable table, detail pane, actions.

Organisations, people and projects configure it by overriding a few methods (columns, how the
detail reads, which dialog edits a record). The list loads page by page through the service;
widgets only call services.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import NotFound, ServiceError
from indie_desktop.domain.formatting import format_number
from indie_desktop.domain.list_columns import LISTS, Cell
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.labels import label, texts
from indie_desktop.ui.models.paged_table_model import Column, PagedSource, PagedTableModel
from indie_desktop.ui.views.detail_html import detail_style, hint
from indie_desktop.ui.views.history_html import history_section

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 200  # wait for a pause in typing before querying


class RecordService(Protocol):
    """What the list needs from a service (OrganisationService, PersonService, ...)."""

    def count(self, query: ListQuery) -> int: ...

    def page(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> Sequence[Any]: ...

    def detail(self, record_id: uuid.UUID) -> Any: ...

    def delete(self, record_id: uuid.UUID) -> None: ...

    def restore(self, record_id: uuid.UUID) -> None: ...


class EditorDialog(Protocol):
    saved_id: uuid.UUID | None

    def exec(self) -> int: ...

    def deleteLater(self) -> None: ...


class RecordListView(QWidget):
    """A filterable, SQL-sorted list of records with the selected one's detail beside it."""

    key: ClassVar[str] = ""  # which list: "organisations", "people", ... (main window, printing)

    history_target = ""  # audit target type whose change history the detail pane shows
    _split_done: bool  # the first showing has divided list and detail (set in _build)

    record_deleted = Signal(object, str)  # record id, message for the status bar (undo)
    records_changed = Signal()  # saved or restored: other views may show the change
    open_requested = Signal(str, object)  # link in the detail pane: ("person", id), ...

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """`load=False` defers the first query until the list is shown (faster start)."""
        super().__init__(parent)
        self.workspace = workspace
        self._loaded = False
        self._service: RecordService | None = None
        self.model: PagedTableModel[Any] = PagedTableModel(
            self.list_source(), self.make_columns(), self.initial_query(), parent=self
        )
        self._shown_id: uuid.UUID | None = None
        self._listed_query: ListQuery | None = None  # the query of the rows listed now
        # Set by the app for the first window: the first record's details (and its timeline)
        # follow the first paint of the list instead of holding it up.
        self.defer_first_detail = False
        self._after_first_paint: list[Callable[[], object]] = []
        self.print_actions: list[QAction] = []  # added by the print commands (context menu)
        self._build()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.model.reloaded.connect(self._after_reload)
        if load:
            self.reload()

    # --- what a kind of record configures ----------------------------------------------------

    def make_service(self) -> RecordService:
        raise NotImplementedError

    @property
    def service(self) -> RecordService:
        """The list's service, made when first needed (its module may import the ORM)."""
        if self._service is None:
            self._service = self.make_service()
        return self._service

    def list_source(self) -> PagedSource[Any]:
        """Where the list's pages come from: the service (a list may read its first page
        without it, see OrganisationsView)."""
        return self.service

    def make_columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def initial_query(self) -> ListQuery | None:
        """The list's first sort order (None: the first column, ascending)."""
        return None

    def filter_placeholder(self) -> str:
        return self.tr("Filter…")

    def describe(self, row: Any) -> str:
        """The record's name in messages ('Delete “…”?')."""
        return str(row.name)

    def delete_question(self, name: str) -> str:
        return self.tr("Delete “{name}”?").format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("“{name}” deleted.").format(name=name)

    def delete_question_for(self, record_id: uuid.UUID, name: str) -> str:
        """The question before deleting; a kind of record may say what depends on it."""
        return self.delete_question(name)

    def render_detail(self, detail: Any) -> str:
        raise NotImplementedError

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        raise NotImplementedError

    def empty_hint(self) -> str:
        return self.tr("Nothing here yet. Create the first entry with New (Ctrl+N).")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done and self.splitter.width() > 0:
            self._split_done = True
            self._initial_split()

    def _initial_split(self) -> None:
        """The detail side as wide as its panels want (an attachments panel's buttons), at
        least 320 px, as far as the list's filter bar leaves room; the list gets the rest.
        (A fixed 800:320 ratio left the referral pane 240 px wide on a 1100 px window.)"""
        total = sum(self.splitter.sizes())
        side = self._detail_side
        panels = [side.widget(i) for i in range(1, side.count())]
        wanted = max([320] + [p.sizeHint().width() for p in panels if p is not None])
        # The filter box keeps room for a word or two typed, beside a view's further filters
        # and buttons (a soft minimum: the window itself may still get narrower).
        typing = 18 * self.fontMetrics().averageCharWidth()
        typing -= self.filter_edit.minimumSizeHint().width()
        the_list = self.splitter.widget(0)
        assert the_list is not None  # the splitter holds the list, then the detail side
        room = total - the_list.minimumSizeHint().width() - max(0, typing)
        # At most half: the list stays usable beside a wide panel (an event's commands).
        detail = max(min(wanted, room, total // 2), min(320, total // 3))
        self.splitter.setSizes([total - detail, detail])

    def add_detail_panel(self, widget: QWidget) -> None:
        """A panel under the detail text (timeline, attachments) for the record shown."""
        self._detail_side.addWidget(widget)
        self._detail_side.setStretchFactor(0, 3)
        self._detail_side.setStretchFactor(self._detail_side.count() - 1, 2)

    def context_actions(self) -> list[QAction]:
        """Further commands on the selected record for its context menu."""
        return []

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        """The detail pane now shows this record (None: none); panels follow it."""

    def add_filter_widget(self, widget: QWidget) -> None:
        """Further filters (a kind combo, ...) go next to the filter box."""
        self._filter_bar.addWidget(widget)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.filter_edit.installEventFilter(self)
        self.filter_edit.returnPressed.connect(self._focus_table)
        # Under the list, not in the filter bar: the bar then leaves the detail pane its room.
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._filter_bar = QHBoxLayout()
        self._filter_bar.addWidget(self.filter_edit, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users get out
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self._column_widths = [self._initial_width(c) for c in self.model.columns]
        for i, width in enumerate(self._column_widths):
            self.table.setColumnWidth(i, width)
        self._fitting_columns = False
        self._user_sized_columns = False
        header.sectionResized.connect(self._section_resized)
        self.table.viewport().installEventFilter(self)
        # Set the indicator before enabling sorting so enabling does not query a second time.
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else None
        header.setSortIndicator(self.model.sort_column(), order or Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        # currentRowChanged comes before the selection itself changes: update actions on both.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        # Break lines between words only: labels such as "Nächste Wiedervorlage" wrap onto two
        # lines in a narrow pane, words such as "Ansprechperson" stay whole.
        self.detail.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.detail.document().setDefaultStyleSheet(detail_style())
        self.detail.setAccessibleName(self.tr("Details"))

        self.new_action = QAction(self.tr("&New…"), self)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addActions([self.edit_action, self.delete_action])

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(self._filter_bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self._detail_side = QSplitter(Qt.Orientation.Vertical)
        self._detail_side.setChildrenCollapsible(False)
        self._detail_side.addWidget(self.detail)
        self.splitter.addWidget(self._detail_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 320])
        self.splitter.setChildrenCollapsible(False)
        self._split_done = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.table)

    def _initial_width(self, column: Column[Any]) -> int:
        """Room for width_chars average characters, and for the widest of the column's
        fixed texts (labels such as 'Abgeschlossen') and its title with the sort arrow."""
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader().fontMetrics()
        return max(
            column.width_chars * metrics.averageCharWidth() + 16,
            max((metrics.horizontalAdvance(text) + 16 for text in column.samples), default=0),
            header.horizontalAdvance(column.title) + 36,
        )

    # --- list --------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """The first query of a list created with load=False, when it is first needed."""
        if not self._loaded:
            self.reload()

    def reload_if_loaded(self) -> None:
        """Changes elsewhere: re-query a list that has been shown; others load when shown."""
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        """Query again, keeping the rows shown so far and the selected record where possible.

        A record that was in the list and is no longer (a colleague changed it so that the
        filter hides it now, or deleted it) leaves the detail pane: it never shows a record
        the list does not."""
        self._loaded = True
        keep = self.selected_id() or self._shown_id
        was_listed = keep is not None and self.model.row_of(keep) is not None
        self.model.reload(keep_loaded=True)
        if keep is None:
            return
        if self.model.row_of(keep) is not None:
            self.select_record(keep)
        elif was_listed:
            self.clear_detail()
        elif keep == self._shown_id:
            self.show_detail(keep)  # opened by a link, further down the list: kept current

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_edit.text())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def selected_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        selected = self.table.selectionModel().isRowSelected(index.row(), QModelIndex())
        return index.row() if index.isValid() and selected else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected_row()
        return None if row is None else self.model.row_id(row)

    def selected_ids(self) -> list[uuid.UUID]:
        """Every selected record in list order (several where the list allows it)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_id(row) for row in rows]

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def select_record(self, record_id: uuid.UUID) -> bool:
        """Select the record if it is among the loaded rows; the detail pane shows it anyway.

        A record the list's filters hide (a link followed, a record saved that does not match
        the filter) clears the filters first, so that the list shows what the pane shows."""
        self.ensure_loaded()
        row = self.model.row_of(record_id)
        if row is None and self.is_filtered():
            self.show_all()
            row = self.model.row_of(record_id)
        if row is not None:
            self.select_row(row)
            return True
        self.show_detail(record_id)  # in the list, beyond the rows loaded so far
        return False

    def is_filtered(self) -> bool:
        """Whether the filter box or the list's own filters narrow the list."""
        query = self.model.query
        return bool(query.text) or query.filters != self.unfiltered()

    def unfiltered(self) -> tuple[tuple[str, Any], ...]:
        """The list's own filters when showing everything (reset_filters sets them)."""
        return ()

    def reset_filters(self) -> None:
        """Set the list's own filters (kind, status, ...) to show everything."""

    def show_all(self) -> None:
        """Empty the filter box and reset the list's own filters."""
        self._filter_timer.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.clear()
        self.filter_edit.blockSignals(False)
        self.reset_filters()
        self.model.set_filter_text("")

    def clear_detail(self) -> None:
        """The detail pane shows no record (the one shown left the list)."""
        self._shown_id = None
        self.detail.setHtml(hint(self.tr("Choose an entry in the list to see its details.")))
        self.on_detail_shown(None)

    def _after_reload(self) -> None:
        total = self.model.total
        self.count_label.setText(self.count_text(self.model.rowCount(), total))
        self._update_actions()
        query_changed = self.model.query != self._listed_query
        self._listed_query = self.model.query
        if total == 0:
            self._shown_id = None
            query = self.model.query
            text = self.tr("Nothing matches the filter.") if query.text else self.empty_hint()
            self.detail.setHtml(hint(text))
            self.on_detail_shown(None)
        elif query_changed and self._shown_id is not None:
            # Filter, search or order changed: the record shown stays only if still listed.
            row = self.model.row_of(self._shown_id)
            if row is None:
                self.clear_detail()
            else:
                self.select_row(row)

    def count_text(self, shown: int, total: int) -> str:
        """'1 entry', '20.000 entries', '200 of 300 entries' (numbers the German way).

        The form is chosen here rather than by Qt's %n: English runs without a .qm that
        could supply its singular, %n prints 20000 without the thousands separator, and
        German and English alike use the singular for exactly one.
        """
        if shown < total:
            if total == 1:
                text = self.tr("{shown} of 1 entry")
            else:
                text = self.tr("{shown} of {total} entries")
        else:
            text = self.tr("1 entry") if total == 1 else self.tr("{total} entries")
        return text.format(shown=format_number(shown), total=format_number(total))

    def _update_actions(self) -> None:
        has = self.selected_row() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if not current.isValid():
            return
        record_id = self.model.row_id(current.row())
        if self.defer_first_detail:
            self.defer_first_detail = False
            self._shown_id = record_id

            def show_if_still_current() -> None:
                if self.selected_id() == record_id:
                    self.show_detail(record_id)

            QTimer.singleShot(0, show_if_still_current)
            return
        self.show_detail(record_id)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_row() is None:
            self.select_row(0)

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        # The last section stretches by itself; any other change not made here is the user's.
        if not self._fitting_columns and index < self.model.columnCount() - 1:
            self._user_sized_columns = True

    def _fit_columns(self) -> None:
        """Give spare width to the name column, until the user sizes columns themselves."""
        if self._user_sized_columns:
            return
        widths = list(self._column_widths)
        spare = self.table.viewport().width() - sum(widths)
        if spare > 0:
            widths[0] += spare * 2 // 3  # the rest stays with the (stretching) last column
        self._fitting_columns = True
        try:
            for i, width in enumerate(widths[:-1]):
                self.table.setColumnWidth(i, width)
        finally:
            self._fitting_columns = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if (
            watched is self.table.viewport()
            and event.type() == QEvent.Type.Paint
            and self._after_first_paint
        ):
            for callback in self._after_first_paint:
                QTimer.singleShot(0, callback)
            self._after_first_paint.clear()
            return False
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the list has painted (start-up work the user does not wait for:
        it must not hold up the first picture of the window)."""
        self._after_first_paint.append(callback)

    def _context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.select_row(index.row())
        menu = QMenu(self)
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        for action in self.context_actions():
            menu.addAction(action)
        if self.print_actions:
            menu.addSeparator()
            for action in self.print_actions:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- detail ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: redraw the detail in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.detail.document().setDefaultStyleSheet(detail_style())
            if self._shown_id is not None:
                self.show_detail(self._shown_id)

    def show_detail(self, record_id: uuid.UUID) -> None:
        self._shown_id = record_id
        try:
            detail = self.service.detail(record_id)
        except NotFound:
            self.detail.setHtml(hint(self.tr("This entry was deleted meanwhile.")))
            self.on_detail_shown(None)
            return
        page = self.render_detail(detail)
        if self.history_target:
            entries = self.workspace.history.history(self.history_target, record_id)
            page += history_section(entries)
        self.detail.setHtml(page)
        self.on_detail_shown(record_id)

    def _link_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in ("person", "organisation", "project", "event", "need", "referral", "activity"):
            try:
                record_id = uuid.UUID(url.path())
            except ValueError:
                return
            self.open_requested.emit(scheme, record_id)
        else:
            QDesktopServices.openUrl(url)

    # --- actions -----------------------------------------------------------------------------

    def new_record(self) -> None:
        saved = self._run_editor(None)
        if saved is not None:
            self._after_save(saved)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.edit_record(record_id)

    def edit_record(self, record_id: uuid.UUID) -> None:
        saved = self._run_editor(record_id)
        if saved is not None:
            self._after_save(saved)
        elif self._shown_id == record_id:
            self.show_detail(record_id)  # it may have been changed elsewhere meanwhile

    def _run_editor(self, record_id: uuid.UUID | None) -> uuid.UUID | None:
        dialog = self.create_editor(record_id)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_id
            return None
        finally:
            dialog.deleteLater()

    def _after_save(self, record_id: uuid.UUID) -> None:
        self.model.reload(keep_loaded=True)
        self.select_record(record_id)
        self.records_changed.emit()

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record_id = self.model.row_id(row)
        name = self.describe(self.model.row_at(row))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.delete_question_for(record_id, name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(record_id)
        except ServiceError as exc:
            self._refused(exc)
            return
        self.model.reload(keep_loaded=True)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.table.setFocus()
        self.record_deleted.emit(record_id, self.deleted_message(name))
        self.records_changed.emit()

    def restore(self, record_id: uuid.UUID) -> None:
        """Undo a delete."""
        try:
            self.service.restore(record_id)
        except ServiceError as exc:
            self._refused(exc)
            return
        self.model.reload(keep_loaded=True)
        self.select_record(record_id)
        self.records_changed.emit()

    def _refused(self, exc: ServiceError) -> None:
        log.info("refused: %s", exc)
        show_error(self, self.tr("Not possible"), exc)
        self.reload()


def declared_columns(what: str) -> list[Column[Any]]:
    """The columns of the list `what` as domain/list_columns.py declares them (the exports of
    the command line use the same), headers and labels in the user's language."""
    declaration = LISTS[what]

    def cell(read: Cell) -> Callable[[Any], str]:
        return lambda row: read(row, label)

    return [
        Column(
            QCoreApplication.translate(declaration.context, c.title),
            c.sort_key,
            cell(c.cell),
            c.width_chars,
            samples=texts(c.enum) if c.enum is not None else c.samples,
        )
        for c in declaration.columns
    ]
