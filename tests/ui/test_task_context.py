"""Issue 21: a task says what it is about (the visit, need, referral, organisation or event it
came from) in the list, the detail pane and the task dialog, and a user gets there with
Ctrl+Return, the "Go to" button, the dialog's "Open in its list" or the detail's link."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl

from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.work.needs import NeedDraft
from indie_desktop.services.work.tasks import TaskDraft
from indie_desktop.services.work.visit_parts import NextStep
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.task_dialog import TaskDialog
from indie_desktop.ui.main_window import ACTIVITIES, NEEDS, ORGANISATIONS, TASKS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.views.tasks_view import TasksView

TODAY = date.today().strftime("%d.%m.%Y")


@pytest.fixture(autouse=True)
def _today() -> None:
    """Today as the test runs (a suite that runs past midnight: not as it was collected)."""
    global TODAY
    TODAY = date.today().strftime("%d.%m.%Y")


@pytest.fixture
def visit_task(workspace: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    """A company visit at Müller with a next step: the task the visit made, and the visit."""
    firm = workspace.organisations.create(
        OrganisationDraft(name="Müller Präzisionstechnik GmbH", city="Hagen")
    )
    workspace.organisations.create(OrganisationDraft(name="Aachener Stahl AG", city="Bochum"))
    draft = workspace.activities.new_draft(firm)
    draft.date = TODAY
    draft.subject = "Besuch Fertigung"
    draft.next_steps = [NextStep("Angebot nachfassen", TODAY, workspace.actor.staff_id)]
    visit = workspace.activities.record_visit(draft)
    (task,) = [t.id for t in workspace.tasks.due_for_me()]
    return task, visit


def _window(qtbot, workspace: Workspace) -> tuple[MainWindow, TasksView]:
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_view(TASKS)
    view = window.views[TASKS]
    assert isinstance(view, TasksView)
    return window, view


def _about_column(view: TasksView) -> int:
    titles = [c.title for c in view.model.columns]
    return titles.index("Betrifft")


def test_the_task_list_names_the_visit_a_task_came_from_and_ctrl_return_opens_it(
    qtbot, workspace: Workspace, visit_task, german
) -> None:
    task, visit = visit_task
    window, view = _window(qtbot, workspace)
    cell = view.model.index(0, _about_column(view)).data()
    assert cell == f"Firmenbesuch {TODAY}: Müller Präzisionstechnik GmbH"
    view.select_record(task)
    assert "Müller Präzisionstechnik GmbH" in view.detail.toPlainText()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == ACTIVITIES
    assert window.views[ACTIVITIES].selected_id() == visit
    # Back (Alt+Left) returns to the task
    window.go_back()
    assert window.current_view_key() == TASKS
    assert view.selected_id() == task


def test_the_go_to_button_opens_a_need_and_the_detail_link_an_organisation(
    qtbot, workspace: Workspace, german
) -> None:
    firm = workspace.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    need = workspace.needs.create(NeedDraft(organisation_id=firm, topic="Laserschweißen"))
    workspace.tasks.create(
        TaskDraft(title="Bedarf klären", linked_type="need", linked_id=need, due_on=TODAY)
    )
    on_firm = workspace.tasks.create(
        TaskDraft(title="Anrufen", linked_type="organisation", linked_id=firm, due_on=TODAY)
    )
    window, view = _window(qtbot, workspace)
    texts = {view.model.index(r, _about_column(view)).data() for r in range(2)}
    assert texts == {
        "Bedarf: Laserschweißen (Yıldız Metallbau GmbH)",
        "Organisation: Yıldız Metallbau GmbH",
    }
    need_row = next(r for r in range(2) if view.model.row_at(r).title == "Bedarf klären")
    view.select_row(need_row)
    assert view.open_about_button.isEnabled()
    qtbot.mouseClick(view.open_about_button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == NEEDS
    assert window.views[NEEDS].selected_id() == need
    window.show_view(TASKS)
    view.select_record(on_firm)
    view.detail.anchorClicked.emit(QUrl(f"organisation:{firm}"))
    assert window.current_view_key() == ORGANISATIONS
    assert window.organisations_view.selected_id() == firm


def test_the_task_dialog_names_what_the_task_is_about_and_opens_it_after_closing(
    qtbot, workspace: Workspace, visit_task, german
) -> None:
    task, visit = visit_task
    _shown, view = _window(qtbot, workspace)
    opened: list[tuple[str, uuid.UUID]] = []
    dialog = TaskDialog(workspace, task, view)
    qtbot.addWidget(dialog)
    dialog.open_requested.connect(lambda kind, rid: opened.append((kind, rid)))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.ui.about_text.isVisible()
    assert dialog.ui.about_text.text() == f"Firmenbesuch {TODAY}: Müller Präzisionstechnik GmbH"
    qtbot.keyClick(dialog.ui.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert opened == [("activity", visit)]


def test_a_new_task_without_a_record_shows_no_about_row(qtbot, workspace: Workspace) -> None:
    dialog = TaskDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.about_text.isVisible()
    assert not dialog.ui.about_button.isVisible()


def test_a_task_about_another_institutions_private_record_names_only_its_kind(
    qtbot, workspace: Workspace, german
) -> None:
    """The record is private to another institution: the task says "Bedarf", not its topic,
    and offers no way to open it."""
    from indie_desktop.domain.models import Institution, Need

    firm = workspace.organisations.create(OrganisationDraft(name="Becker Elektro"))
    need = workspace.needs.create(NeedDraft(organisation_id=firm, topic="Geheimes Projekt"))
    with workspace.db.session() as s:
        other = Institution(name="IHK zu Dortmund", short_name="IHK Dortmund")
        s.add(other)
        s.flush()
        row = s.get(Need, need)
        assert row is not None
        row.owner_institution_id = other.id
        row.visibility = Visibility.INSTITUTION.value
    workspace.tasks.create(
        TaskDraft(title="Nachfragen", linked_type="need", linked_id=need, due_on=TODAY)
    )
    _shown, view = _window(qtbot, workspace)
    assert view.model.index(0, _about_column(view)).data() == "Bedarf"
    view.select_row(0)
    assert not view.open_about_action.isEnabled()
    assert "Geheimes" not in view.detail.toPlainText()


def test_the_export_of_the_task_list_carries_the_about_column(workspace: Workspace, visit_task):
    """The command line's export reads the same column declaration."""
    from indie_desktop.domain.list_columns import LISTS, about_text

    assert "About" in [c.title for c in LISTS["tasks"].columns]
    (row,) = workspace.tasks.due_for_me()
    assert row.about is not None
    text = about_text(row.about, lambda e: str(e.value) if e is not None else "")
    assert text == f"company_visit {format_date(date.today())}: Müller Präzisionstechnik GmbH"
