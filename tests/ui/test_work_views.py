"""Activities, tasks, the timeline and attachments as the main window shows them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.tasks import TaskDraft, today_in_berlin
from indie_desktop.services.work.visit_parts import NeedFound, NextStep
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.main_window import ACTIVITIES, TASKS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.tasks_view import TasksView
from indie_desktop.ui.widgets.due_tasks_panel import DueTasksPanel


@pytest.fixture
def window(qtbot, sample: Workspace) -> MainWindow:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _org(ws: Workspace, name: str):
    return next(i for i, label in ws.organisations.choices(name))


def test_tasks_due_today_are_shown_when_the_app_opens(qtbot, sample: Workspace) -> None:
    today = today_in_berlin()
    sample.tasks.create(TaskDraft(title="Angebot nachfassen", due_on=today.strftime("%d.%m.%Y")))
    sample.tasks.create(
        TaskDraft(title="Rückruf", due_on=(today - timedelta(days=3)).strftime("%d.%m.%Y"))
    )
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    panel = w.show_due_tasks()
    assert isinstance(panel, DueTasksPanel) and panel.isVisible() and not panel.isModal()
    assert panel.list.count() == 2 and "1" in panel.summary.text()
    panel.open_button.click()
    assert w.current_view_key() == TASKS
    view = w.views[TASKS]
    assert isinstance(view, TasksView) and view.model.rowCount() == 2


def test_no_notice_without_tasks_due(window: MainWindow) -> None:
    assert window.show_due_tasks() is None


def test_space_marks_a_task_done_and_it_leaves_the_open_list(qtbot, window: MainWindow) -> None:
    window.workspace.tasks.create(TaskDraft(title="Protokoll schreiben"))
    window.show_view(TASKS)
    view = window.views[TASKS]
    view.reload()
    view.select_row(0)
    view.table.setFocus()
    view.done_action.trigger()
    assert view.model.rowCount() == 0
    assert window.workspace.tasks.count(ListQuery(filters=(("due", "all"),))) == 1


def test_organisation_timeline_shows_the_visit_needs_and_task(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    org = _org(ws, "Yıldız")
    ws.activities.record_visit(
        VisitDraft(
            date="02.03.2026",
            time="10:00",
            subject="Erstbesuch",
            organisation_ids=[org],
            needs=[NeedFound("Laserschweißen"), NeedFound("Förderung")],
            next_steps=[NextStep("Kontakt herstellen", "09.03.2026")],
        )
    )
    view = window.organisations_view
    view.reload()
    view.select_record(org)
    kinds = sorted(e.kind for e in view.timeline.entries())
    assert kinds == sorted([EntryKind.ACTIVITY, EntryKind.NEED, EntryKind.NEED, EntryKind.TASK])
    view.timeline.kind_filter.setCurrentIndex(view.timeline.kind_filter.findData(EntryKind.NEED))
    assert {e.kind for e in view.timeline.entries()} == {EntryKind.NEED}
    activities = window.views[ACTIVITIES]
    activities.reload()
    assert activities.model.rowCount() == 1


def test_attachment_added_opened_and_refused_when_too_large(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.organisations_view
    org = _org(window.workspace, "Becker")
    view.select_record(org)
    panel = view.attachments
    brochure = tmp_path / "Prospekt.pdf"
    brochure.write_bytes(b"%PDF-1.4")
    panel.add_files([brochure])
    assert panel.list.count() == 1 and "Prospekt.pdf" in panel.list.item(0).text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.list.setCurrentRow(0)
    panel.open_selected()
    assert opened and opened[0].toLocalFile().endswith("Prospekt.pdf")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.workspace.attachments.limit_bytes = 1024
    video = tmp_path / "Rundgang.mp4"
    video.write_bytes(b"\0" * 4096)
    panel.add_files([video])
    assert panel.list.count() == 1
    assert warnings and "Rundgang.mp4" in warnings[0] and "1\u00a0KB" in warnings[0]


def test_record_visit_shortcut_starts_from_the_selected_organisation(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indie_desktop.ui.dialogs import visit_dialog

    seen: list[list[str]] = []

    def fake_exec(dialog: visit_dialog.VisitDialog) -> int:
        seen.append([dialog.ui.organisations_list.item(i).text() for i in range(1)])
        return 0

    monkeypatch.setattr(visit_dialog.VisitDialog, "exec", fake_exec)
    org = _org(window.workspace, "Müller")
    window.organisations_view.select_record(org)
    window.record_visit_action.trigger()
    assert seen == [["Müller Präzisionstechnik"]]


def test_the_due_tasks_notice_follows_the_first_picture_of_the_list(qtbot, sample) -> None:
    """At start the list paints first; the due-tasks notice (a query) comes right after."""
    from indie_desktop.app import compose_window

    window = compose_window(sample.db, sample.actor, None, SynchronousRunner())
    qtbot.addWidget(window)
    shown: list[object] = []
    window.show_due_tasks = lambda: shown.append(True)  # type: ignore[method-assign]
    window.current_view().after_first_paint(window.show_due_tasks)
    assert shown == []  # nothing before the window is painted
    window.show()
    qtbot.waitUntil(lambda: bool(shown))
