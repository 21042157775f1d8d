"""Editing a follow-up task: title, due date, assignee, notes, done."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.list_columns import about_text
from indie_desktop.services.work.task_subjects import TaskAbout
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.record_dialog import (
    RecordDialog,
    enum_items,
    enum_value,
    fill_combo,
    select_value,
    uuid_value,
)
from indie_desktop.ui.forms.ui_task_dialog import Ui_TaskDialog
from indie_desktop.ui.labels import label


class TaskDialog(RecordDialog[TaskDraft]):
    """A task, with the record it belongs to (a visit, need, referral, organisation, ...)
    named at the top; "Open in its list" (Ctrl+Return) closes the dialog and goes there."""

    # After the dialog closed through "Open in its list": (link kind, record id).
    open_requested = Signal(str, uuid.UUID)

    def __init__(
        self, workspace: Workspace, record_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        self._links: tuple[str | None, uuid.UUID | None] = (None, None)
        self.about: TaskAbout | None = None
        super().__init__(workspace, record_id, parent)
        self.ui.about_button.clicked.connect(self.open_about)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.open_about)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.open_about)
        self._show_about()

    def _show_about(self) -> None:
        about = self.about
        shown = about is not None
        for widget in (self.ui.about_label, self.ui.about_text, self.ui.about_button):
            widget.setVisible(shown)
        if about is None:
            return
        text = about_text(about, label)
        if not about.can_open:
            text += " " + self.tr("(deleted, or private to another institution)")
        self.ui.about_text.setText(text)
        self.ui.about_button.setEnabled(about.can_open)

    def open_about(self) -> None:
        """Close (asking about unsaved changes as Cancel does), then show the record."""
        about = self.about
        if about is None or not about.can_open:
            return
        self._closed = False
        self.reject()  # unsaved changes: save, discard or stay (then nothing is opened)
        if self._closed:
            self.open_requested.emit(*about.link())

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _setup_form(self) -> None:
        self.ui = Ui_TaskDialog()
        self.ui.setupUi(self)
        staff = self.workspace.directory.staff_choices()
        fill_combo(
            self.ui.assignee_combo,
            [(None, self.tr("Nobody yet"))] + [(s.id, s.name) for s in staff],
        )
        fill_combo(self.ui.visibility_combo, enum_items(Visibility))
        self._add_due_time()

    def _add_due_time(self) -> None:
        """A time beside the due date (optional): such a task is a timed entry in Outlook."""
        ui = self.ui
        self.due_time_edit = QLineEdit()
        self.due_time_edit.setObjectName("due_time_edit")
        self.due_time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.due_time_edit.setMaximumWidth(70)
        self.due_time_edit.setAccessibleName(self.tr("Due time"))
        self.due_time_label = QLabel(self.tr("&at"))
        self.due_time_label.setBuddy(self.due_time_edit)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        parent = ui.due_on_edit.parentWidget()
        layout = parent.layout() if parent is not None else None
        assert layout is not None, "the form's grid holds the due date"
        layout.replaceWidget(ui.due_on_edit, row)
        box.addWidget(ui.due_on_edit)
        box.addWidget(self.due_time_label)
        box.addWidget(self.due_time_edit)
        box.addStretch(1)
        self.due_time_error = QLabel()
        self.due_time_error.setObjectName("due_time_error")
        self.due_time_error.setStyleSheet("color: #b00020;")
        self.due_time_error.setWordWrap(True)
        errors = QWidget()
        column = QVBoxLayout(errors)
        column.setContentsMargins(0, 0, 0, 0)
        layout.replaceWidget(ui.due_on_error, errors)
        column.addWidget(ui.due_on_error)
        column.addWidget(self.due_time_error)

    def _new_draft(self) -> TaskDraft:
        return TaskDraft(assignee_id=self.workspace.actor.staff_id)

    def _load(self, record_id: uuid.UUID) -> tuple[int, TaskDraft, str]:
        detail = self.workspace.tasks.detail(record_id)
        self.about = detail.about
        return detail.version, detail.draft, detail.draft.title

    def _fill(self, draft: TaskDraft) -> None:
        ui = self.ui
        ui.title_edit.setText(draft.title)
        ui.due_on_edit.setText(draft.due_on)
        self.due_time_edit.setText(draft.due_time)
        select_value(ui.assignee_combo, draft.assignee_id)
        ui.description_edit.setPlainText(draft.description)
        select_value(ui.visibility_combo, draft.visibility)
        ui.done_check.setCheckState(
            Qt.CheckState.Checked if draft.done else Qt.CheckState.Unchecked
        )
        self._links = (draft.linked_type, draft.linked_id)

    def _collect(self) -> TaskDraft:
        ui = self.ui
        return TaskDraft(
            title=ui.title_edit.text(),
            description=ui.description_edit.toPlainText(),
            due_on=ui.due_on_edit.text(),
            due_time=self.due_time_edit.text(),
            assignee_id=uuid_value(ui.assignee_combo),
            done=ui.done_check.isChecked(),
            linked_type=self._links[0],
            linked_id=self._links[1],
            visibility=enum_value(ui.visibility_combo, Visibility) or Visibility.NETWORK,
        )

    def _create(self, draft: TaskDraft) -> uuid.UUID:
        return self.workspace.tasks.create(draft)

    def _update(
        self,
        record_id: uuid.UUID,
        draft: TaskDraft,
        expected_version: int | None,
        base: TaskDraft | None = None,
    ) -> int:
        return self.workspace.tasks.update(record_id, draft, expected_version, base_draft=base)

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "title": ui.title_edit,
            "due_on": ui.due_on_edit,
            "due_time": self.due_time_edit,
            "description": ui.description_edit,
        }

    def tab_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.title_edit,
            ui.due_on_edit,
            self.due_time_edit,
            ui.assignee_combo,
            ui.description_edit,
            ui.visibility_combo,
            ui.done_check,
            ui.about_button,
            *self._save_cancel(),
        ]

    def _title_new(self) -> str:
        return self.tr("New task")

    def _title_edit(self, name: str) -> str:
        return self.tr("Task: {title}").format(title=name)
