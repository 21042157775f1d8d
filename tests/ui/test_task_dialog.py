"""Editing an existing follow-up task from the Tasks list: due date and assignee changed and
shown, a colleague's concurrent edit of another field merged, the same field a conflict."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from indie_desktop.domain.models import Staff
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from indie_desktop.ui.dialogs.task_dialog import TaskDialog
from indie_desktop.ui.main_window import TASKS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.dialog_fixtures import type_text


@pytest.fixture
def colleague(workspace: Workspace) -> uuid.UUID:
    """A second staff member of the same institution, to assign tasks to."""
    with workspace.db.session() as s:
        staff = Staff(
            institution_id=workspace.actor.institution_id,
            first_name="Łukasz",
            last_name="Wiśniewski",
        )
        s.add(staff)
        s.flush()
        return staff.id


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda *a, _k=kind, **k: shown.append(_k) or QMessageBox.StandardButton.Cancel,
        )
    return shown


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)


def _choose_by_keyboard(qtbot, combo, text: str) -> None:
    """Arrow keys through the combo until it shows `text` (as a user without a mouse)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_editing_a_task_from_the_list_changes_due_date_and_assignee(
    qtbot, workspace: Workspace, colleague: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    task = workspace.tasks.create(TaskDraft(title="Angebot nachfassen", due_on="01.12.2026"))
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(TASKS)
    view = window.views[TASKS]
    view.due_filter.setCurrentIndex(view.due_filter.findData("all"))
    view.reload()
    view.select_record(task)
    seen: dict[str, object] = {}

    def drive(dialog: TaskDialog) -> int:
        dialog.show()
        seen["title"] = dialog.windowTitle()
        seen["due"] = dialog.ui.due_on_edit.text()
        _retype(qtbot, dialog.ui.due_on_edit, "15.01.2027")
        _choose_by_keyboard(qtbot, dialog.ui.assignee_combo, "Łukasz Wiśniewski")
        qtbot.keyClick(dialog.ui.title_edit, Qt.Key.Key_Return)  # Enter saves
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", drive)
    view.edit_selected()

    assert seen == {"title": "Task: Angebot nachfassen", "due": "01.12.2026"}
    detail = workspace.tasks.detail(task)
    assert (detail.draft.due_on, detail.draft.assignee_id) == ("15.01.2027", colleague)
    row = view.model.row_at(view.selected_row())  # the list shows the saved task, selected
    assert (row.id, row.assignee) == (task, "Łukasz Wiśniewski")
    assert view.model.data(view.model.index(view.selected_row(), 0)) == "15.01.2027"


def test_a_colleagues_change_to_another_field_is_merged(
    qtbot, workspace: Workspace, colleague: uuid.UUID, no_message_boxes: list[str]
) -> None:
    task = workspace.tasks.create(TaskDraft(title="Protokoll schreiben", due_on="01.12.2026"))
    dialog = TaskDialog(workspace, task)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile a colleague reassigns the task and adds a note.
    other = workspace.tasks.detail(task)
    other.draft.assignee_id = colleague
    other.draft.description = "Vorlage liegt im Teams-Ordner"
    workspace.tasks.update(task, other.draft, other.version)
    _retype(qtbot, dialog.ui.due_on_edit, "03.12.2026")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert no_message_boxes == [] and dialog.result() == QDialog.DialogCode.Accepted
    stored = workspace.tasks.detail(task).draft
    assert (stored.due_on, stored.assignee_id, stored.description) == (
        "03.12.2026",
        colleague,
        "Vorlage liegt im Teams-Ordner",
    )


def test_the_same_due_date_changed_by_two_people_is_shown_and_the_user_chooses(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    task = workspace.tasks.create(TaskDraft(title="Rückruf Kemper", due_on="01.12.2026"))
    dialog = TaskDialog(workspace, task)
    qtbot.addWidget(dialog)
    dialog.show()
    other = workspace.tasks.detail(task)
    other.draft.due_on = "05.12.2026"
    workspace.tasks.update(task, other.draft, other.version)
    _retype(qtbot, dialog.ui.due_on_edit, "10.12.2026")
    rows: list[tuple[str, str, str]] = []

    def answer(conflict: ConflictDialog) -> int:
        rows.extend(
            (f, conflict.mine_buttons[f].text(), conflict.theirs_buttons[f].text())
            for f in conflict.mine_buttons
        )
        conflict.choose_theirs("due_on")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert rows == [("due_on", "10.12.2026", "05.12.2026")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.tasks.detail(task).draft.due_on == "05.12.2026"
