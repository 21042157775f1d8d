"""The project dialog as a user drives it: dates, lead institution, budget in euros."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from indie_desktop.domain.enums import ProjectKind, ProjectStatus
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.projects import ProjectDraft
from indie_desktop.ui.dialogs import ProjectDialog
from tests.ui import dialog_fixtures

workspace = dialog_fixtures.workspace


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []

    def fake(kind: str):
        def show(parent, title, text, *args, **kwargs):
            calls.append((kind, text))
            return QMessageBox.StandardButton.Cancel

        return show

    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return calls


def open_dialog(qtbot, workspace, record_id=None) -> ProjectDialog:
    dialog = ProjectDialog(workspace, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    dialog_fixtures.type_text(qtbot, widget, text)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def stored_budget(workspace, project_id) -> Decimal | None:
    # The detail hands the amount back as typed text; the list has no budget column, so read
    # it through the service's own parser of that text.
    from indie_desktop.domain.validation import parse_money_de

    return parse_money_de(workspace.projects.detail(project_id).draft.budget_eur)


def test_budget_typed_the_german_way_is_stored_exactly_and_shown_again(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    assert dialog.windowTitle() == "New project"
    type_into(qtbot, ui.name_edit, "Gemeinschaftsstand Hannover Messe 2027")
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findText("Joint trade fair stand"))
    type_into(qtbot, ui.starts_on_edit, "19.04.2027")
    type_into(qtbot, ui.ends_on_edit, "23.04.2027")
    type_into(qtbot, ui.budget_edit, "1.234,50")

    save(qtbot, dialog)

    assert boxes == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_budget(workspace, dialog.saved_id) == Decimal("1234.50")
    row = workspace.projects.page(ListQuery(), 0, 10)[0]
    assert (row.kind, row.status) == (ProjectKind.JOINT_TRADE_FAIR, ProjectStatus.PLANNED)
    assert (row.starts_on, row.ends_on) == (date(2027, 4, 19), date(2027, 4, 23))

    again = open_dialog(qtbot, workspace, dialog.saved_id)
    assert again.ui.budget_edit.text() == "1.234,50"
    assert again.ui.starts_on_edit.text() == "19.04.2027"
    assert not again.has_unsaved_changes()


def test_budget_is_tidied_when_leaving_the_field(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.budget_edit, "25000")
    qtbot.keyClick(dialog.ui.budget_edit, Qt.Key.Key_Tab)
    assert dialog.ui.budget_edit.text() == "25.000,00"


def test_an_end_before_the_start_is_shown_at_the_end_date(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    type_into(qtbot, ui.name_edit, "Branchentreff Metall")
    type_into(qtbot, ui.starts_on_edit, "24.11.2026")
    type_into(qtbot, ui.ends_on_edit, "23.11.2026")
    type_into(qtbot, ui.budget_edit, "12,345")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.ends_on_error.text() == "Ends before it begins"
    assert ui.budget_eur_error.text() == "Enter an amount like 1.234,50"
    assert ui.starts_on_error.isHidden()
    assert ui.ends_on_edit.hasFocus()  # the first bad field in tab order
    assert ui.budget_edit.text() == "12,345"
    assert workspace.projects.count(ListQuery()) == 0


def test_lead_institution_offers_only_institutions_in_the_database(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    combo = dialog.ui.lead_combo
    in_database = [c.name for c in workspace.directory.institution_choices() if c.id is not None]
    offered = [combo.itemText(i) for i in range(1, combo.count())]
    assert offered == in_database
    # A new project is led by the user's own institution unless changed.
    assert combo.currentData() == workspace.actor.institution_id


def test_editing_a_project_changes_it(qtbot, workspace, boxes):
    project_id = workspace.projects.create(
        ProjectDraft(name="Unternehmerfrühstück", budget_eur="800")
    )
    dialog = open_dialog(qtbot, workspace, project_id)
    ui = dialog.ui
    assert dialog.windowTitle() == "Edit project – Unternehmerfrühstück"
    assert ui.budget_edit.text() == "800,00"
    ui.status_combo.setCurrentIndex(ui.status_combo.findText("Completed"))
    type_into(qtbot, ui.budget_edit, "-12,00")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_budget(workspace, project_id) == Decimal("-12.00")
    assert workspace.projects.detail(project_id).draft.status == ProjectStatus.COMPLETED
