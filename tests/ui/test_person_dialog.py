"""The person dialog as a user drives it: names, contact data, affiliations table."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox

from indie_desktop.services.contacts.people import AffiliationDraft, PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.ui.dialogs import PersonDialog
from indie_desktop.ui.dialogs.person_dialog import ORGANISATION, PRIMARY, ROLE, SINCE, UNTIL
from indie_desktop.ui.widgets.organisation_picker import OrganisationPicker
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


@pytest.fixture
def organisations(workspace) -> dict[str, object]:
    return {
        name: workspace.organisations.create(OrganisationDraft(name=name, city=city))
        for name, city in (
            ("Müller Präzisionstechnik GmbH", "Hagen"),
            ("Fachhochschule Südwestfalen", "Iserlohn"),
        )
    }


def open_dialog(qtbot, workspace, record_id=None) -> PersonDialog:
    dialog = PersonDialog(workspace, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    dialog_fixtures.type_text(qtbot, widget, text)


def cell_editor(table, row: int, column: int):
    return table.indexWidget(table.model().index(row, column))


def fill_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Select a cell, start editing (F2), type, confirm with Return."""
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table, row, column)
    assert editor is not None
    editor.selectAll()
    dialog_fixtures.type_text(qtbot, editor, text)
    confirm(qtbot, table, editor)


def confirm(qtbot, table, editor) -> None:
    """Return ends editing the cell; the view stores the value right after the key press."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def add_affiliation(qtbot, dialog, search: str, pick: str) -> int:
    """Click Add, type part of the organisation's name, pick it from the suggestions."""
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.affiliations_tab)
    qtbot.mouseClick(ui.add_affiliation_button, Qt.MouseButton.LeftButton)
    row = ui.affiliations_table.rowCount() - 1
    picker = cell_editor(ui.affiliations_table, row, ORGANISATION)
    assert isinstance(picker, OrganisationPicker)
    dialog_fixtures.type_text(qtbot, picker, search)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = picker.completer().completionModel()
    offered = [model.index(r, 0).data() for r in range(model.rowCount())]
    for _ in range(offered.index(pick) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    confirm(qtbot, ui.affiliations_table, picker)
    return row


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_person_with_two_affiliations_one_ended_saves_both(qtbot, workspace, organisations, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    choose_salutation = ui.salutation_combo.findText("Ms")
    ui.salutation_combo.setCurrentIndex(choose_salutation)
    ui.title_combo.setCurrentText("Prof. Dr.")
    type_into(qtbot, ui.first_name_edit, "Anna")
    type_into(qtbot, ui.last_name_edit, "Becker")
    type_into(qtbot, ui.function_edit, "Professorin für Fertigungstechnik")
    ui.tabs.setCurrentWidget(ui.contact_tab)
    type_into(qtbot, ui.phone_edit, "02331 987-0")
    type_into(qtbot, ui.email_edit, "a.becker@example.de")

    table = ui.affiliations_table
    old = add_affiliation(qtbot, dialog, "müller", "Müller Präzisionstechnik GmbH, Hagen")
    fill_cell(qtbot, table, old, ROLE, "Leiterin Entwicklung")
    fill_cell(qtbot, table, old, SINCE, "01.04.2015")
    fill_cell(qtbot, table, old, UNTIL, "31.08.2022")
    new = add_affiliation(qtbot, dialog, "hochschule", "Fachhochschule Südwestfalen, Iserlohn")
    fill_cell(qtbot, table, new, ROLE, "Professorin")
    fill_cell(qtbot, table, new, SINCE, "1.9.2022")
    # The current one becomes the primary affiliation; the first loses the flag.
    table.setCurrentCell(new, PRIMARY)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(new, PRIMARY).checkState() == Qt.CheckState.Checked
    assert table.item(old, PRIMARY).checkState() == Qt.CheckState.Unchecked

    save(qtbot, dialog)

    assert boxes == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = workspace.people.detail(dialog.saved_id)
    assert detail.display_name.endswith("Anna Becker")
    assert detail.draft.phone == "+4923319870"
    stored = {a.organisation_name: a for a in detail.draft.affiliations}
    assert set(stored) == {"Müller Präzisionstechnik GmbH", "Fachhochschule Südwestfalen"}
    ended = stored["Müller Präzisionstechnik GmbH"]
    assert (ended.role, ended.since, ended.until, ended.is_primary) == (
        "Leiterin Entwicklung",
        "01.04.2015",
        "31.08.2022",
        False,
    )
    current = stored["Fachhochschule Südwestfalen"]
    assert (current.role, current.since, current.until, current.is_primary) == (
        "Professorin",
        "01.09.2022",
        "",
        True,
    )
    rows = workspace.people.page(ListQuery(), 0, 10)
    assert [(r.name, r.organisation) for r in rows] == [
        ("Becker, Anna", "Fachhochschule Südwestfalen")
    ]


def test_a_bad_affiliation_date_marks_that_row_and_keeps_the_input(
    qtbot, workspace, organisations, boxes
):
    person_id = workspace.people.create(
        PersonDraft(
            first_name="Jan",
            last_name="Kowalski",
            affiliations=[
                AffiliationDraft(
                    organisation_id=organisations["Müller Präzisionstechnik GmbH"],
                    since="01.01.2020",
                    is_primary=True,
                ),
                AffiliationDraft(
                    organisation_id=organisations["Fachhochschule Südwestfalen"], role="Gast"
                ),
            ],
        )
    )
    dialog = open_dialog(qtbot, workspace, person_id)
    ui = dialog.ui
    table = ui.affiliations_table
    ui.tabs.setCurrentWidget(ui.person_tab)
    row = next(r for r in range(table.rowCount()) if table.item(r, ROLE).text() == "Gast")
    fill_cell(qtbot, table, row, SINCE, "31.02.2021")
    ui.tabs.setCurrentWidget(ui.person_tab)

    save(qtbot, dialog)

    assert dialog.isVisible()
    bad = table.item(row, SINCE)
    assert bad.text() == "31.02.2021"
    assert bad.toolTip() == "This day does not exist in that month"
    assert bad.background().color().name() != table.item(row, ROLE).background().color().name()
    assert not ui.affiliations_error.isHidden()
    assert ui.affiliations_error.text() == (
        f"Row {row + 1} (Fachhochschule Südwestfalen), Since: This day does not exist in that month"
    )
    # The table's tab is shown, the bad cell is current and the table has the focus.
    assert ui.tabs.currentWidget() is ui.affiliations_tab
    assert (table.currentRow(), table.currentColumn()) == (row, SINCE)
    assert table.hasFocus()
    # Nothing was saved.
    stored = workspace.people.detail(person_id).draft.affiliations
    assert sorted(a.since for a in stored) == ["", "01.01.2020"]

    # Correcting the cell clears its mark; saving succeeds.
    fill_cell(qtbot, table, row, SINCE, "28.02.2021")
    assert bad.toolTip() == ""
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = workspace.people.detail(person_id).draft.affiliations
    assert sorted(a.since for a in stored) == ["01.01.2020", "28.02.2021"]


def test_an_organisation_that_was_not_chosen_is_marked(qtbot, workspace, organisations, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    type_into(qtbot, ui.last_name_edit, "Nowak")
    ui.tabs.setCurrentWidget(ui.affiliations_tab)
    qtbot.mouseClick(ui.add_affiliation_button, Qt.MouseButton.LeftButton)
    table = ui.affiliations_table
    picker = cell_editor(table, 0, ORGANISATION)
    dialog_fixtures.type_text(qtbot, picker, "Gibt es nicht AG")
    confirm(qtbot, table, picker)

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert table.item(0, ORGANISATION).text() == "Gibt es nicht AG"
    assert table.item(0, ORGANISATION).toolTip() == "Choose an organisation"
    assert workspace.people.count(ListQuery()) == 0


def test_removing_an_affiliation_ends_it_on_save(qtbot, workspace, organisations, boxes):
    person_id = workspace.people.create(
        PersonDraft(
            last_name="Schulz",
            affiliations=[
                AffiliationDraft(organisation_id=org_id) for org_id in organisations.values()
            ],
        )
    )
    dialog = open_dialog(qtbot, workspace, person_id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.affiliations_tab)
    table = ui.affiliations_table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, ORGANISATION).text() == "Fachhochschule Südwestfalen"
    )
    table.setCurrentCell(row, ROLE)
    qtbot.mouseClick(ui.remove_affiliation_button, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = workspace.people.detail(person_id).draft.affiliations
    assert [a.organisation_name for a in stored] == ["Müller Präzisionstechnik GmbH"]


@pytest.mark.parametrize(
    ("first", "last"),
    [("Şükrü", "Yıldız"), ("Łukasz", "Wiśniewski"), ("Zoë", "Ñúñez")],
)
def test_names_in_any_alphabet_survive_the_dialog_round_trip(qtbot, workspace, boxes, first, last):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.first_name_edit, first)
    type_into(qtbot, dialog.ui.last_name_edit, last)
    type_into(qtbot, dialog.ui.department_edit, f"Abteilung {last}")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted

    stored = workspace.people.detail(dialog.saved_id).draft
    assert (stored.first_name, stored.last_name) == (first, last)

    again = open_dialog(qtbot, workspace, dialog.saved_id)
    assert again.ui.first_name_edit.text() == first
    assert again.ui.last_name_edit.text() == last
    assert again.ui.department_edit.text() == f"Abteilung {last}"
    assert again.windowTitle() == f"Edit person – {first} {last}"
    assert not again.has_unsaved_changes()


def test_stored_phone_numbers_are_shown_readably(qtbot, workspace, boxes):
    person_id = workspace.people.create(
        PersonDraft(last_name="Weber", phone="0231 1234-56", mobile="0171 2345678")
    )
    dialog = open_dialog(qtbot, workspace, person_id)
    assert dialog.ui.phone_edit.text() == "+49 231 123456"
    assert dialog.ui.mobile_edit.text() == "+49 171 2345678"


def test_an_invalid_email_is_shown_on_the_contact_tab(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.last_name_edit, "Fischer")
    type_into(qtbot, dialog.ui.email_edit, "fischer(at)example.de")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.contact_tab
    assert dialog.ui.email_error.text() == "An e-mail address has exactly one @"
    assert dialog.ui.email_edit.hasFocus()
    assert dialog.ui.email_edit.text() == "fischer(at)example.de"


def test_a_cell_still_being_edited_is_saved_with_the_keyboard_shortcut(
    qtbot, workspace, organisations, boxes
):
    person_id = workspace.people.create(
        PersonDraft(
            last_name="Lange",
            affiliations=[
                AffiliationDraft(organisation_id=organisations["Fachhochschule Südwestfalen"])
            ],
        )
    )
    dialog = open_dialog(qtbot, workspace, person_id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.affiliations_tab)
    table = ui.affiliations_table
    table.setCurrentCell(0, ROLE)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = cell_editor(table, 0, ROLE)
    dialog_fixtures.type_text(qtbot, editor, "Dekanin")

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)

    # A mnemonic "animates" the button press, so the click comes a moment later.
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    stored = workspace.people.detail(person_id).draft.affiliations
    assert [a.role for a in stored] == ["Dekanin"]


def test_ctrl_s_saves(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.last_name_edit, "Krüger")
    qtbot.keyClick(dialog.ui.last_name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.people.detail(dialog.saved_id).draft.last_name == "Krüger"
