"""Tasks as Outlook events (issue 23): a task gets an optional due time in its form (a wrong
time said at the field, kept as typed); `export --what tasks --format ics --outlook` writes
the open tasks as events, at their time in Berlin or all day, which Outlook imports."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt

from indie_desktop.cli import main
from indie_desktop.interchange.icalendar import BERLIN
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.task_dialog import TaskDialog
from tests.ui.dialog_fixtures import type_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_a_task_is_given_a_due_time_in_its_form(qtbot, workspace: Workspace, german) -> None:
    dialog = TaskDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due_time_label.text() == "&um"
    type_text(qtbot, dialog.ui.title_edit, "Rückruf Şükrü Yıldız")
    type_text(qtbot, dialog.ui.due_on_edit, "09.12.2026")
    type_text(qtbot, dialog.due_time_edit, "25:70")
    dialog.accept()
    assert dialog.due_time_error.isVisible()
    assert dialog.due_time_error.text() == "Uhrzeit bitte als HH:MM angeben, z. B. 14:30"
    assert dialog.due_time_edit.text() == "25:70"  # kept as typed
    dialog.due_time_edit.selectAll()
    qtbot.keyClick(dialog.due_time_edit, Qt.Key.Key_Backspace)
    type_text(qtbot, dialog.due_time_edit, "9.30")
    dialog.accept()
    assert dialog.saved_id is not None
    assert workspace.tasks.detail(dialog.saved_id).draft.due_time == "09:30"


def test_a_time_without_a_date_is_refused_at_the_time(workspace: Workspace) -> None:
    from indie_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        workspace.tasks.create(TaskDraft(title="Anrufen", due_time="10:00"))
    assert refused.value.errors == {"due_time": "A time needs a due date"}


def test_open_tasks_are_exported_as_outlook_events_at_their_berlin_time(
    data_dir: Path, local_workspace: Workspace, tmp_path: Path
) -> None:
    ws = local_workspace
    ws.tasks.create(TaskDraft(title="Rückruf Gießerei", due_on="09.12.2026", due_time="09:30"))
    ws.tasks.create(TaskDraft(title="Angebot Łukasz", due_on="01.07.2027", due_time="14:00"))
    ws.tasks.create(TaskDraft(title="Bericht schreiben", due_on="10.12.2026"))
    done = ws.tasks.create(TaskDraft(title="erledigt", due_on="10.12.2026", due_time="08:00"))
    ws.tasks.mark_done(done)
    ws.tasks.create(TaskDraft(title="irgendwann"))
    out = tmp_path / "Aufgaben für Outlook.ics"
    code = main(
        [
            "export",
            "--data-dir",
            str(data_dir),
            "--what",
            "tasks",
            "--format",
            "ics",
            "--outlook",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert not calendar.walk("VTODO")  # Outlook's import ignores them
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "Aufgabe: Angebot Łukasz",
        "Aufgabe: Bericht schreiben",
        "Aufgabe: Rückruf Gießerei",
    ]
    winter = events["Aufgabe: Rückruf Gießerei"]
    assert winter["DTSTART"].dt == datetime(2026, 12, 9, 9, 30, tzinfo=BERLIN)
    assert winter["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert winter["DTEND"].dt == datetime(2026, 12, 9, 10, 0, tzinfo=BERLIN)
    summer = events["Aufgabe: Angebot Łukasz"]["DTSTART"].dt
    assert summer.utcoffset().total_seconds() == 7200 and summer.hour == 14
    assert events["Aufgabe: Bericht schreiben"]["DTSTART"].dt == date(2026, 12, 10)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"


def test_the_task_list_export_keeps_the_due_time_in_its_vtodo(
    data_dir: Path, local_workspace: Workspace, tmp_path: Path
) -> None:
    local_workspace.tasks.create(
        TaskDraft(title="Rückruf Gießerei", due_on="09.12.2026", due_time="09:30")
    )
    out = tmp_path / "aufgaben.ics"
    argv = ["export", "--data-dir", str(data_dir), "--what", "tasks", "--format", "ics"]
    assert main([*argv, "--out", str(out)]) == 0
    (todo,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VTODO")
    assert todo["DUE"].dt == datetime(2026, 12, 9, 9, 30, tzinfo=BERLIN)
