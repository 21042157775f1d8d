"""Recording a visit without the mouse: needs and next steps become records on the timeline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.directory.timeline import EntryKind
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.activities import VisitDraft
from indie_desktop.services.work.tasks import TaskFilter
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.visit_dialog import VisitDialog
from tests.ui import dialog_fixtures

workspace = dialog_fixtures.workspace
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def org(workspace: Workspace) -> uuid.UUID:
    org_id = workspace.organisations.create(OrganisationDraft(name="Hagener Feinguss GmbH"))
    workspace.people.create(
        PersonDraft(
            first_name="Jana",
            last_name="Brandt",
            affiliations=[AffiliationDraft(organisation_id=org_id, is_primary=True)],
        )
    )
    return org_id


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def show(parent, title, text, *args, **kwargs):
        calls.append(text)
        return QMessageBox.StandardButton.Cancel

    for kind in ("warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, show)
    return calls


def open_dialog(qtbot, workspace: Workspace, org: uuid.UUID | None) -> VisitDialog:
    dialog = VisitDialog(workspace, None, organisation_id=org)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def keys(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus."""
    dialog_fixtures.type_text(qtbot, QApplication.focusWidget(), text)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_visit_with_two_needs_and_a_follow_up_recorded_by_keyboard_alone(
    qtbot, workspace: Workspace, org: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, workspace, org)
    assert QApplication.focusWidget() is dialog.ui.subject_edit
    keys(qtbot, "Erstbesuch Gießerei")
    press(qtbot, Qt.Key.Key_E, ALT)  # people met
    keys(qtbot, "brandt")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_U, ALT)  # situation
    keys(qtbot, "Neue Halle in Planung")
    press(qtbot, Qt.Key.Key_N, ALT)  # need
    keys(qtbot, "Laserschweißen")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Dünnbleche bis 1 mm")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Fügetechnik")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "25.62")
    press(qtbot, Qt.Key.Key_Return)
    keys(qtbot, "ZIM-Förderung")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_X, ALT)  # next step
    keys(qtbot, "Kontakt zur FH Südwestfalen herstellen")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "01.12.2026")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.ui.needs_table.rowCount() == 2 and dialog.ui.steps_table.rowCount() == 1
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    activity_id = dialog.saved_id
    assert activity_id is not None
    draft = workspace.activities.detail(activity_id).draft
    assert draft.subject == "Erstbesuch Gießerei" and draft.situation == "Neue Halle in Planung"
    assert [p.label for p in draft.people] == ["Jana Brandt"]
    assert draft.staff_ids == [workspace.actor.staff_id]
    assert [(n.topic, n.wanted_wz_code) for n in draft.needs] == [
        ("Laserschweißen", "25.62"),
        ("ZIM-Förderung", ""),
    ]
    (task,) = workspace.tasks.page(ListQuery(filters=(("due", TaskFilter.ALL),)), 0, 10)
    assert task.title == "Kontakt zur FH Südwestfalen herstellen"
    assert task.due_on is not None and task.due_on.isoformat() == "2026-12-01"
    timeline = workspace.timeline.for_organisation(org).entries
    assert sorted(e.kind for e in timeline) == sorted(
        [EntryKind.ACTIVITY, EntryKind.NEED, EntryKind.NEED, EntryKind.TASK]
    )


def test_visit_without_organisation_stays_open_with_everything_typed(
    qtbot, workspace: Workspace, boxes: list[str]
) -> None:
    dialog = open_dialog(qtbot, workspace, None)
    dialog.ui.subject_edit.setFocus()
    keys(qtbot, "Telefonat")
    press(qtbot, Qt.Key.Key_N, ALT)
    keys(qtbot, "Fachkräfte")  # typed, not yet added with Return: must not get lost
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.ui.organisations_error.isVisible()
    assert dialog.ui.subject_edit.text() == "Telefonat"
    assert dialog.ui.needs_table.item(0, 0).text() == "Fachkräfte"
    assert QApplication.focusWidget() is dialog.organisation_picker
    assert workspace.activities.count(ListQuery()) == 0


def test_new_person_is_added_inline_and_created_with_the_visit(
    qtbot, workspace: Workspace, org: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, workspace, org)
    keys(qtbot, "Rundgang")
    press(qtbot, Qt.Key.Key_E, ALT)
    keys(qtbot, "Piotr Nowak")
    press(qtbot, Qt.Key.Key_P, ALT)  # add as new person
    qtbot.waitUntil(lambda: dialog.ui.people_list.count() == 1)  # a mnemonic animates the click
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_id is not None
    people = workspace.activities.detail(dialog.saved_id).draft.people
    assert [p.label for p in people] == ["Piotr Nowak"]


def test_visit_and_task_dialogs_are_german_with_unique_accelerators(
    qtbot, workspace: Workspace, german
) -> None:
    from indie_desktop.ui.dialogs.task_dialog import TaskDialog
    from tests.ui.test_translations import assert_unique_accelerators

    visit = VisitDialog(workspace, None)
    task = TaskDialog(workspace, None)
    for dialog in (visit, task):
        qtbot.addWidget(dialog)
        assert_unique_accelerators(dialog)
    assert visit.windowTitle() == "Besuch erfassen"
    assert visit.ui.need_topic_label.text() == "B&edarf:"


def test_an_existing_visit_is_edited_and_saved_in_its_dialog(
    qtbot, workspace: Workspace, org: uuid.UUID, boxes: list[str]
) -> None:
    visit_id = workspace.activities.record_visit(
        VisitDraft(date="24.11.2026", time="10:30", subject="Erstbesuch", organisation_ids=[org])
    )
    dialog = VisitDialog(workspace, visit_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.ui.subject_edit.setFocus()
    dialog.ui.subject_edit.selectAll()
    keys(qtbot, "Erstbesuch bei Zoë Ñúñez")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert boxes == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id == visit_id
    assert workspace.activities.detail(visit_id).draft.subject == "Erstbesuch bei Zoë Ñúñez"
