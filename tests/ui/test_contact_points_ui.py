"""Further e-mails, phones and addresses in the person and organisation dialogs, as a user
adds them with the keyboard: a bad row gets its message at the row, nothing typed is lost."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox

from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.contacts.people import PersonDraft
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.ui.dialogs import OrganisationDialog, PersonDialog
from indie_desktop.ui.widgets.contact_points_editor import CITY, KIND, LABEL, POSTCODE, VALUE
from tests.ui import dialog_fixtures

workspace = dialog_fixtures.workspace


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(table.model().index(row, column))
    assert editor is not None
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findText(text))
    else:
        editor.selectAll()
        dialog_fixtures.type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_person_gets_a_second_email_and_a_home_address_typed_in_rows(qtbot, workspace) -> None:
    dialog = _open(qtbot, PersonDialog(workspace, None))
    dialog_fixtures.type_text(qtbot, dialog.ui.last_name_edit, "Wiśniewski")
    editor = dialog.contact_points
    dialog.ui.tabs.setCurrentWidget(editor)
    table = editor.table
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, table, 0, VALUE, "lukasz@privat.example.org")
    _edit_cell(qtbot, table, 0, LABEL, "Home")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, table, 1, KIND, "Address")
    _edit_cell(qtbot, table, 1, VALUE, "Ulica Długa 5")
    _edit_cell(qtbot, table, 1, POSTCODE, "4410")  # four digits: no German postcode
    _edit_cell(qtbot, table, 1, CITY, "Dortmund")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # the bad row is named at the table, its cell marked; everything typed is still there
    assert dialog.isVisible()
    assert editor.error_label.isVisible()
    assert "Row 2" in editor.error_label.text() and "Postcode" in editor.error_label.text()
    assert table.item(1, POSTCODE).toolTip()
    assert dialog.ui.tabs.currentWidget() is editor
    assert table.item(0, VALUE).text() == "lukasz@privat.example.org"
    _edit_cell(qtbot, table, 1, POSTCODE, "44135")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (row,) = workspace.people.page(ListQuery(), 0, 10)
    points = workspace.people.detail(row.id).draft.contact_points
    assert [(p.kind, p.label, p.value or p.street) for p in points] == [
        (ContactKind.EMAIL, ContactLabel.HOME, "lukasz@privat.example.org"),
        (ContactKind.ADDRESS, ContactLabel.WORK, "Ulica Długa 5"),
    ]
    assert points[1].postcode == "44135"


def test_removing_a_row_in_the_organisation_dialog_deletes_that_number(qtbot, workspace) -> None:
    oid = workspace.organisations.create(
        OrganisationDraft(
            name="Zoë Ñúñez Metallbau GmbH",
            contact_points=[
                ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 111222"),
                ContactPointDraft(ContactKind.PHONE, ContactLabel.OTHER, "0231 333444"),
            ],
        )
    )
    dialog = _open(qtbot, OrganisationDialog(workspace, oid))
    editor = dialog.contact_points
    assert editor.table.rowCount() == 2
    assert editor.table.item(0, VALUE).text() == "+49 231 111222"
    editor.table.setCurrentCell(0, VALUE)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    points = workspace.organisations.detail(oid).draft.contact_points
    assert [(p.kind, p.value) for p in points] == [(ContactKind.PHONE, "+49 231 333444")]


def test_detail_pane_of_a_person_lists_the_further_contact_details(qtbot, workspace) -> None:
    from indie_desktop.ui.views.people_view import PeopleView

    view = PeopleView(workspace, load=False)
    qtbot.addWidget(view)
    pid = workspace.people.create(
        PersonDraft(
            last_name="Yıldız",
            email="s.yildiz@example.de",
            contact_points=[
                ContactPointDraft(ContactKind.EMAIL, ContactLabel.HOME, "sukru@privat.example"),
                ContactPointDraft(ContactKind.FAX, ContactLabel.WORK, "0231 5550102"),
            ],
        )
    )
    html = view.render_detail(workspace.people.detail(pid))
    assert "mailto:sukru@privat.example" in html
    assert "Fax (Work)" in html and "+49 231 5550102" in html
