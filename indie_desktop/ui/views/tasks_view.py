"""Follow-up tasks: due today, overdue, this week, mine, all open; done with Space."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QToolButton, QWidget

from indie_desktop.domain.errors import ServiceError
from indie_desktop.domain.formatting import format_datetime
from indie_desktop.domain.list_columns import about_text
from indie_desktop.services.work.tasks import TaskDetail, TaskFilter, TaskRow
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import esc, field_table, link, multiline, section
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)


class TasksView(RecordListView):
    key = "tasks"  # the main window's name of this list

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(workspace, parent, load=load)
        self.due_filter = QComboBox()
        self.due_filter.setAccessibleName(self.tr("Which tasks"))
        # A working day starts with one's own open tasks; everybody's are one choice away.
        for value, text in (
            (TaskFilter.MINE, self.tr("My open tasks")),
            (TaskFilter.OPEN, self.tr("All open tasks")),
            (TaskFilter.DUE_TODAY, self.tr("Due today")),
            (TaskFilter.OVERDUE, self.tr("Overdue")),
            (TaskFilter.THIS_WEEK, self.tr("Due this week")),
            (TaskFilter.ALL, self.tr("All tasks, done ones too")),
        ):
            self.due_filter.addItem(text, value)
        self.model.set_filters((("due", TaskFilter.MINE),))
        self.due_filter.currentIndexChanged.connect(self._due_changed)
        self.add_filter_widget(self.due_filter)
        self.done_action = QAction(self.tr("Mark &done"), self)
        self.done_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.done_action.triggered.connect(self.toggle_done)
        self.table.addAction(self.done_action)
        # What the task is about (a visit, need, referral, ...): shown in its own list.
        self.open_about_action = QAction(self.tr("&Open what it is about"), self)
        self.open_about_action.setToolTip(
            self.tr("Show the visit, need, referral or organisation of the task (Ctrl+Return)")
        )
        self.open_about_action.setShortcuts(
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.open_about_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_about_action.triggered.connect(self.open_about)
        self.table.addAction(self.open_about_action)
        # Short: the filter box beside it keeps its room in a 1100 px window.
        self.open_about_button = QToolButton()
        self.open_about_button.setText(self.tr("Go to"))
        self.open_about_button.setToolTip(self.open_about_action.toolTip())
        self.open_about_button.clicked.connect(self.open_about)
        self.add_filter_widget(self.open_about_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_about())
        self.model.reloaded.connect(self._update_about)
        self._update_about()

    def make_service(self) -> RecordService:
        return self.workspace.tasks

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("tasks")

    def title(self) -> str:
        return self.tr("Tasks")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by task… (Ctrl+F)")

    def describe(self, row: TaskRow) -> str:
        return row.title

    def deleted_message(self, name: str) -> str:
        return self.tr("Task “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No tasks here. Create one with New (Ctrl+N).")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(self.workspace, record_id, self)
        dialog.open_requested.connect(self.open_requested)
        return dialog

    def context_actions(self) -> list[QAction]:
        return [self.open_about_action, self.done_action]

    def _selected_about(self) -> tuple[str, uuid.UUID] | None:
        row = self.selected_row()
        about = self.model.row_at(row).about if row is not None else None
        return about.link() if about and about.can_open else None

    def _update_about(self) -> None:
        can = self._selected_about() is not None
        self.open_about_action.setEnabled(can)
        self.open_about_button.setEnabled(can)

    def open_about(self) -> None:
        """The record the selected task belongs to, in its list with its detail."""
        target = self._selected_about()
        if target is not None:
            self.open_requested.emit(*target)

    def unfiltered(self) -> tuple[tuple[str, Any], ...]:
        return (("due", TaskFilter.ALL),)

    def reset_filters(self) -> None:
        self.set_due_filter(TaskFilter.ALL)

    def set_due_filter(self, which: TaskFilter) -> None:
        self.due_filter.setCurrentIndex(max(self.due_filter.findData(which), 0))

    def _due_changed(self, _index: int) -> None:
        which = TaskFilter(self.due_filter.currentData())
        self.model.set_filters((("due", which),))

    def toggle_done(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        task: TaskRow = self.model.row_at(row)
        try:
            self.workspace.tasks.mark_done(task.id, not task.done)
        except ServiceError as exc:
            self._refused(exc)
            return
        self.model.reload(keep_loaded=True)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        self.records_changed.emit()

    def render_detail(self, detail: TaskDetail) -> str:
        d = detail.draft
        done = format_datetime(detail.done_at) if d.done else ""
        about = detail.about
        about_cell = ""
        if about is not None:
            text = about_text(about, label)
            kind, record_id = about.link()
            about_cell = link(f"{kind}:{record_id}", text) if about.can_open else esc(text)
        fields = field_table(
            [
                (self.tr("About"), about_cell),
                (self.tr("Due"), esc(d.due_on)),
                (self.tr("Assignee"), esc(detail.assignee_name)),
                (self.tr("Done"), esc(done)),
            ]
        )
        notes = section(self.tr("Notes"), multiline(d.description))
        return f"<h2>{esc(d.title)}</h2>" + fields + notes
