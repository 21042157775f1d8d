"""The organisation dialog as a user drives it: typing, tabbing, saving, conflicts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.listing import ListQuery
from indie_desktop.ui.dialogs import OrganisationDialog
from indie_desktop.ui.dialogs.conflict_dialog import ConflictDialog
from tests.ui import dialog_fixtures

workspace = dialog_fixtures.workspace


class MessageBoxes:
    """Stands in for QMessageBox's static functions; answers as told, remembers the calls."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, str]] = []

    def __call__(self, kind: str):
        def show(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer

        return show


@pytest.fixture
def boxes(monkeypatch) -> MessageBoxes:
    fake = MessageBoxes(QMessageBox.StandardButton.Cancel)
    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))

    def exec_(box: QMessageBox) -> int:  # a box built by the dialog itself (unsaved changes)
        kind = "question" if box.icon() == QMessageBox.Icon.Question else "box"
        fake.calls.append((kind, box.windowTitle(), box.text()))
        return int(fake.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return fake


def open_dialog(qtbot, workspace, record_id=None) -> OrganisationDialog:
    dialog = OrganisationDialog(workspace, record_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    dialog_fixtures.type_text(qtbot, widget, text)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered"
    combo.setCurrentIndex(index)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def stored_count(workspace) -> int:
    return workspace.organisations.count(ListQuery())


def test_new_organisation_is_stored(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    assert dialog.windowTitle() == "New organisation"
    type_into(qtbot, ui.name_edit, "Schmiedetechnik Ruhr")
    choose(ui.kind_combo, "Craft business")
    choose(ui.legal_form_combo, "GmbH & Co. KG")
    type_into(qtbot, ui.founded_year_edit, "1998")
    type_into(qtbot, ui.street_edit, "Hörder Hafenstraße 5")
    type_into(qtbot, ui.postcode_edit, "44263")
    type_into(qtbot, ui.city_edit, "Dortmund")
    type_into(qtbot, ui.phone_edit, "0231 123456-0")
    type_into(qtbot, ui.email_edit, "info@schmiede-ruhr.de")
    type_into(qtbot, ui.vat_id_edit, "DE136695976")
    choose(ui.chamber_combo, "HWK (chamber of crafts)")
    qtbot.mouseClick(ui.handwerksrolle_check, Qt.MouseButton.LeftButton)
    ui.competences_edit.setFocus()
    dialog_fixtures.type_text(qtbot, ui.competences_edit, "Gesenkschmieden, Wärmebehandlung")

    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert boxes.calls == []
    draft = workspace.organisations.detail(dialog.saved_id).draft
    assert draft.name == "Schmiedetechnik Ruhr"
    assert draft.kind == OrganisationKind.CRAFT_BUSINESS
    assert draft.legal_form == "GmbH & Co. KG"
    assert draft.founded_year == "1998"
    assert draft.postcode == "44263"
    assert draft.municipality == "Dortmund"
    assert draft.phone == "+492311234560"
    assert draft.vat_id == "DE136695976"
    assert draft.handwerksrolle is True
    assert draft.competences == "Gesenkschmieden, Wärmebehandlung"


def test_invalid_contact_data_is_shown_next_to_each_field_and_nothing_typed_is_lost(
    qtbot, workspace, boxes
):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    type_into(qtbot, ui.name_edit, "Beispiel AG")
    type_into(qtbot, ui.postcode_edit, "4426")
    type_into(qtbot, ui.phone_edit, "12")
    type_into(qtbot, ui.email_edit, "info@@beispiel")
    type_into(qtbot, ui.vat_id_edit, "DE123")

    save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert stored_count(workspace) == 0
    messages = {
        "postcode": "A German postcode has exactly 5 digits",
        "phone": "Not a valid phone number",
        "email": "Not a valid e-mail address",
        "vat_id": "Not a valid VAT ID (USt-IdNr.)",
    }
    for field, message in messages.items():
        label = getattr(ui, f"{field}_error")
        assert not label.isHidden(), field
        assert label.text().startswith(message), (field, label.text())
    assert ui.name_error.isHidden()
    assert ui.general_error.isHidden()
    # Everything stays as typed.
    assert ui.name_edit.text() == "Beispiel AG"
    assert ui.postcode_edit.text() == "4426"
    assert ui.phone_edit.text() == "12"
    assert ui.email_edit.text() == "info@@beispiel"
    assert ui.vat_id_edit.text() == "DE123"
    # The first bad field in tab order is on the contact tab and has the focus.
    assert ui.tabs.currentWidget() is ui.contact_tab
    assert ui.postcode_edit.hasFocus()

    # Correcting the input and saving again works; the old messages disappear.
    type_into(qtbot, ui.postcode_edit, "44263")
    type_into(qtbot, ui.phone_edit, "0231 5550")
    type_into(qtbot, ui.email_edit, "info@beispiel.de")
    type_into(qtbot, ui.vat_id_edit, "")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_count(workspace) == 1


def test_wz_picker_finds_code_by_typing_a_word_of_its_title(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    picker = dialog.ui.wz_code_picker
    picker.setFocus()
    qtbot.keyClicks(picker.line_edit, "mechanik")

    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = picker.completer.completionModel()
    texts = [offered.index(row, 0).data() for row in range(offered.rowCount())]
    assert "25.62.0 – Mechanik a. n. g." in texts
    # Walk down the list with the keyboard and take the entry.
    for _ in range(texts.index("25.62.0 – Mechanik a. n. g.") + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert picker.line_edit.text() == "25.62.0"
    assert picker.title() == "Mechanik a. n. g."
    assert dialog.isVisible()  # Return chose the entry; it did not save the dialog


def test_wz_picker_accepts_a_typed_code_and_shows_its_title(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    picker = dialog.ui.wz_code_picker
    type_into(qtbot, picker.line_edit, "25620")
    picker.line_edit.editingFinished.emit()
    assert picker.code() == "25.62.0"
    assert picker.title() == "Mechanik a. n. g."


def test_municipality_is_filled_from_the_postcode_when_leaving_it(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.contact_tab)
    type_into(qtbot, ui.postcode_edit, "58095")
    qtbot.keyClick(ui.postcode_edit, Qt.Key.Key_Tab)

    assert ui.municipality_combo.currentText() == "Hagen"
    assert ui.city_edit.text() == "Hagen"


def test_postcode_does_not_overwrite_a_chosen_municipality(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.contact_tab)
    choose(ui.municipality_combo, "Witten")
    type_into(qtbot, ui.city_edit, "Witten-Annen")
    type_into(qtbot, ui.postcode_edit, "58095")
    qtbot.keyClick(ui.postcode_edit, Qt.Key.Key_Tab)

    assert ui.municipality_combo.currentText() == "Witten"
    assert ui.city_edit.text() == "Witten-Annen"


def test_editing_an_existing_organisation_changes_it(qtbot, workspace, boxes):
    org_id = workspace.organisations.create(
        OrganisationDraft(name="Alte Firma", phone="0231 123456", wz_code="25.62.0")
    )
    dialog = open_dialog(qtbot, workspace, org_id)
    ui = dialog.ui
    assert dialog.windowTitle() == "Edit organisation – Alte Firma"
    assert ui.phone_edit.text() == "+49 231 123456"
    assert ui.wz_code_picker.title() == "Mechanik a. n. g."
    type_into(qtbot, ui.name_edit, "Neue Firma")

    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id == org_id
    detail = workspace.organisations.detail(org_id)
    assert detail.draft.name == "Neue Firma"
    assert detail.draft.phone == "+49231123456"
    assert detail.version == 2


def test_changes_to_different_fields_by_two_people_are_both_kept(qtbot, workspace, boxes):
    org_id = workspace.organisations.create(OrganisationDraft(name="Gemeinsame Firma"))
    dialog = open_dialog(qtbot, workspace, org_id)
    # Somebody else saves the record while the dialog is open.
    other = workspace.organisations.detail(org_id)
    other.draft.city = "Bochum"
    workspace.organisations.update(org_id, other.draft, other.version)
    type_into(qtbot, dialog.ui.name_edit, "Meine Änderung")

    save(qtbot, dialog)

    assert boxes.calls == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = workspace.organisations.detail(org_id).draft
    assert (stored.name, stored.city) == ("Meine Änderung", "Bochum")


def _answer_conflicts(monkeypatch, seen: list, theirs: tuple[str, ...] = (), accept=True):
    """Stand in for the user in the conflict dialog: record the rows, pick, press Save."""

    def exec_(dialog: ConflictDialog) -> int:
        seen.extend(
            (
                field,
                dialog.mine_buttons[field].text(),
                dialog.theirs_buttons[field].text(),
            )
            for field in dialog.mine_buttons
        )
        for field in theirs:
            dialog.choose_theirs(field)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def test_same_field_changed_by_two_people_shows_both_values_and_the_user_chooses(
    qtbot, workspace, boxes, monkeypatch
):
    org_id = workspace.organisations.create(
        OrganisationDraft(name="Gemeinsame Firma", city="Hagen")
    )
    dialog = open_dialog(qtbot, workspace, org_id)
    other = workspace.organisations.detail(org_id)
    other.draft.city = "Bochum"
    other.draft.notes = "von Bernd"
    workspace.organisations.update(org_id, other.draft, other.version)
    type_into(qtbot, dialog.ui.city_edit, "Witten")
    type_into(qtbot, dialog.ui.name_edit, "Meine Änderung")
    seen: list = []
    _answer_conflicts(monkeypatch, seen, theirs=("city",))

    save(qtbot, dialog)

    assert seen == [("city", "Witten", "Bochum")]
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = workspace.organisations.detail(org_id).draft
    assert (stored.name, stored.city, stored.notes) == ("Meine Änderung", "Bochum", "von Bernd")


def test_cancelling_the_conflict_choice_keeps_the_input_and_the_stored_record(
    qtbot, workspace, boxes, monkeypatch
):
    org_id = workspace.organisations.create(OrganisationDraft(name="Gemeinsame Firma"))
    dialog = open_dialog(qtbot, workspace, org_id)
    other = workspace.organisations.detail(org_id)
    other.draft.name = "Fremde Änderung"
    workspace.organisations.update(org_id, other.draft, other.version)
    type_into(qtbot, dialog.ui.name_edit, "Meine Änderung")
    seen: list = []
    _answer_conflicts(monkeypatch, seen, accept=False)

    save(qtbot, dialog)

    assert [row[0] for row in seen] == ["name"]
    assert dialog.isVisible()
    assert dialog.ui.name_edit.text() == "Meine Änderung"
    assert workspace.organisations.detail(org_id).draft.name == "Fremde Änderung"


def test_a_record_deleted_meanwhile_is_reported_and_the_input_is_kept(qtbot, workspace, boxes):
    org_id = workspace.organisations.create(OrganisationDraft(name="Bald weg"))
    dialog = open_dialog(qtbot, workspace, org_id)
    workspace.organisations.delete(org_id)
    type_into(qtbot, dialog.ui.name_edit, "Noch da")

    save(qtbot, dialog)

    assert [kind for kind, _title, _text in boxes.calls] == ["warning"]
    assert dialog.isVisible()
    assert dialog.ui.name_edit.text() == "Noch da"


def test_cancel_with_unsaved_changes_asks_before_discarding(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.name_edit, "Halb getippt")

    boxes.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _title, _text in boxes.calls] == ["question"]
    assert dialog.isVisible()
    assert dialog.ui.name_edit.text() == "Halb getippt"

    boxes.answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored_count(workspace) == 0


def test_cancel_without_changes_closes_without_asking(qtbot, workspace, boxes):
    org_id = workspace.organisations.create(
        OrganisationDraft(name="Unverändert", phone="+49231123456", wz_code="25620")
    )
    dialog = open_dialog(qtbot, workspace, org_id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert boxes.calls == []
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_every_form_field_can_be_reached_with_the_keyboard(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    ui = dialog.ui
    for label in (ui.name_label, ui.postcode_label, ui.vat_id_label, ui.competences_label):
        assert label.buddy() is not None
        assert "&" in label.text()


def test_a_swiss_firm_typed_with_its_country_keeps_its_four_digit_postcode(qtbot, workspace, boxes):
    dialog = open_dialog(qtbot, workspace)
    type_into(qtbot, dialog.ui.name_edit, "Schweizer Präzision AG")
    type_into(qtbot, dialog.ui.postcode_edit, "8304")
    type_into(qtbot, dialog.ui.city_edit, "Wallisellen")
    save(qtbot, dialog)
    # Without a country the postcode is checked as a German one and the dialog says so.
    assert dialog.result() != QDialog.DialogCode.Accepted and stored_count(workspace) == 0
    type_into(qtbot, dialog.ui.country_edit, "Schweiz")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = workspace.organisations.page(ListQuery(), 0, 1)[0]
    draft = workspace.organisations.detail(row.id).draft
    assert (draft.postcode, draft.country) == ("8304", "Schweiz")
