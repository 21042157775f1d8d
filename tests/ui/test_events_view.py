"""The events list in German: a Branchentreff made in the event form, a target group built in
the filter panel with its count, the invitation with who was left out, the check-in at the
door with the keyboard, the invitation text edited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from indie_desktop.domain.enums import ParticipantRole, ParticipantStatus, ProjectKind
from indie_desktop.domain.privacy import Purpose
from indie_desktop.services.events.events import EventDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.events.event_actions import EventActions, TemplateDialog
from indie_desktop.ui.events.event_dialog import EventDialog
from indie_desktop.ui.events.events_view import EventsView
from indie_desktop.ui.events.target_group_dialog import TargetGroupDialog
from indie_desktop.ui.main_window import DASHBOARD, MainWindow
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.tasks import SynchronousRunner
from indie_desktop.ui.window_host import EVENTS
from tests.events_scenario import Network, branchentreff, pdf_text
from tests.ui.dialog_fixtures import type_text


@pytest.fixture
def net(workspace: Workspace) -> Network:
    return Network(workspace)


@pytest.fixture
def view(qtbot, workspace: Workspace, net: Network, german) -> EventsView:
    v = EventsView(workspace)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_a_branchentreff_is_made_in_the_event_form_with_the_keyboard(
    qtbot, workspace: Workspace, german
) -> None:
    dialog = EventDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Neue Veranstaltung"
    day = (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
    type_text(qtbot, dialog.ui.name_edit, "Branchentreff Metall Südwestfalen")
    type_text(qtbot, dialog.ui.date_edit, day)
    type_text(qtbot, dialog.ui.start_time_edit, "17:30")
    type_text(qtbot, dialog.ui.place_edit, "SIHK Hagen")
    type_text(qtbot, dialog.ui.capacity_edit, "vierzig")
    dialog.accept()
    assert dialog.ui.capacity_error.isVisible()  # wrong input: said at the field, kept
    assert dialog.ui.capacity_edit.text() == "vierzig"
    dialog.ui.capacity_edit.setText("40")
    dialog.accept()
    assert dialog.saved_id is not None
    detail = workspace.events.detail(dialog.saved_id)
    assert detail.draft.kind == ProjectKind.SECTOR_MEETING
    assert (detail.draft.date, detail.draft.start_time, detail.draft.capacity) == (
        day,
        "17:30",
        "40",
    )


def test_the_target_group_count_follows_the_filter_as_it_is_built(
    qtbot, workspace: Workspace, net: Network, german
) -> None:
    dialog = TargetGroupDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_label.text() == "4 Organisationen ausgewählt"
    hagen = dialog.municipalities.findItems("Hagen", Qt.MatchFlag.MatchExactly)[0]
    hagen.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "2 Organisationen ausgewählt")
    type_text(qtbot, dialog.wz_edit, "25")
    qtbot.waitUntil(lambda: dialog.count_label.text() == "1 Organisation ausgewählt")
    type_text(qtbot, dialog.after_edit, "31.02.2026")
    qtbot.waitUntil(dialog.error_label.isVisible)
    dialog.after_edit.clear()
    type_text(qtbot, dialog.name_edit, "Metall Hagen")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = workspace.target_groups.by_name("Metall Hagen")
    assert saved.criteria.municipalities == ("Hagen",) and saved.criteria.wz == ("25",)


def test_inviting_a_target_group_lists_who_was_left_out_and_previews_the_letters(
    qtbot, view: EventsView, workspace: Workspace, net: Network, message_boxes
) -> None:
    event = branchentreff(workspace)
    workspace.target_groups.save("Metall", net.metal_group())
    workspace.privacy.add_objection(net.sukru, Purpose.EVENT_INVITATIONS, "01.09.2026")
    view.reload()
    assert view.select_record(event)
    actions: EventActions = view.commands
    actions.invite(event, "Metall")
    result = actions.last_result
    assert result.added.added == 1 and result.letters == 1
    preview = actions.last_dialog
    assert isinstance(preview, PrintPreviewDialog)
    assert "Łukasz Wiśniewski" in pdf_text(preview.pdf)
    assert view.panel.participants.model.rowCount() == 1
    assert "Eingeladen: 1" in view.panel.participants.summary.text()


def test_check_in_at_the_door_with_the_keyboard(
    qtbot, view: EventsView, workspace: Workspace, net: Network
) -> None:
    event = branchentreff(workspace)
    workspace.participants.add(
        event, [net.sukru, net.lukasz, net.zoe], status=ParticipantStatus.REGISTERED
    )
    view.reload()
    view.select_record(event)
    panel = view.panel.participants
    assert panel.model.rowCount() == 3
    type_text(qtbot, panel.find_edit, "Ñúñ")
    qtbot.keyClick(panel.find_edit, Qt.Key.Key_Return)
    assert panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.waitUntil(panel.find_edit.hasFocus)  # the tick is done, back at the name
    rows = {r.name: r.status for r in workspace.participants.participants(event)}
    assert rows == {
        "Zoë Ñúñez": ParticipantStatus.ATTENDED,
        "Łukasz Wiśniewski": ParticipantStatus.REGISTERED,
        "Şükrü Yıldız": ParticipantStatus.REGISTERED,
    }
    assert panel.find_edit.hasFocus()  # ready for the next person at the door
    assert "Teilgenommen: 1" in panel.summary.text()
    assert "Teilgenommen" in view.detail.toPlainText() or view.model.row_at(0).attended == 1


def test_the_invitation_text_is_edited_and_a_wrong_placeholder_is_shown_at_the_field(
    qtbot, workspace: Workspace, german
) -> None:
    dialog = TemplateDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.body_edit.setPlainText("Am {event_datum} in {event_place}.")
    dialog.accept()
    assert dialog.error_label.isVisible() and "{event_datum}" in dialog.error_label.text()
    dialog.body_edit.setPlainText("Am {event_date} in {event_place}.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.event_invitations.template_text().own


def test_the_main_window_lists_the_events_in_german(
    qtbot, workspace: Workspace, net: Network, german
) -> None:
    branchentreff(workspace)
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views[EVENTS]
    assert window.windowTitle().startswith("Veranstaltungen")
    assert window.views[EVENTS].model.rowCount() == 1


def test_the_whole_filtered_list_is_tagged_at_once_and_undone_as_one_step(
    qtbot, workspace: Workspace, net: Network
) -> None:
    from indie_desktop.ui.views.organisations_view import OrganisationsView

    view = OrganisationsView(workspace)
    qtbot.addWidget(view)
    view.show()
    view.filter_edit.setText("GmbH")
    view.apply_filter()
    bulk = view.bulk
    bulk.select_whole_list()
    assert set(bulk.chosen()) == {net.yildiz_gmbh, net.plastics}
    bulk.tag("Messe")
    assert bulk.last_change is not None and bulk.last_change.changed == 2
    assert workspace.organisations.detail(net.plastics).draft.tags_text == "Messe"
    assert "2" in view.count_label.text()
    view.table.selectRow(0)  # a new selection: no longer the whole list
    assert not bulk.whole_list
    bulk.undo()
    assert workspace.organisations.detail(net.plastics).draft.tags_text == ""


def test_selected_people_are_added_to_an_event_from_the_people_list(
    qtbot, workspace: Workspace, net: Network
) -> None:
    from indie_desktop.ui.views.people_view import PeopleView

    event = branchentreff(workspace)
    view = PeopleView(workspace)
    qtbot.addWidget(view)
    view.show()
    view.bulk.select_whole_list()
    view.bulk.add_to_event(event)
    assert len(workspace.participants.participants(event)) == 4


def test_the_dashboard_events_tile_shows_upcoming_events_with_registrations_and_opens_one(
    qtbot, workspace: Workspace, net: Network, german
) -> None:
    upcoming = branchentreff(workspace, capacity="40")
    workspace.participants.add(
        upcoming, [net.sukru, net.lukasz], status=ParticipantStatus.REGISTERED
    )
    yesterday = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")
    past = workspace.events.create(
        EventDraft(name="Transfertag Hochschule Bochum", kind=ProjectKind.WORKSHOP, date=yesterday)
    )
    workspace.participants.add(past, [net.zoe, net.sukru], status=ParticipantStatus.REGISTERED)
    attended = workspace.participants.participants(past)[0]
    workspace.participants.set_status(attended.id, ParticipantStatus.ATTENDED)
    window = MainWindow(workspace, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    window.show()
    window.show_view(DASHBOARD)
    view = window.dashboard
    # The last week: the Transfertag of yesterday with one of its two who came.
    view.period_kind.setCurrentIndex(view.period_kind.findData("custom"))
    view.date_from.setDate(QDate.currentDate().addDays(-7))
    view.date_to.setDate(QDate.currentDate())
    tiles = view.event_tiles
    assert tiles["events"].number.text() == "1"
    assert (tiles["registered"].number.text(), tiles["attended"].number.text()) == ("2", "1")
    assert tiles["events"].caption.text() == "Veranstaltungen im Zeitraum"
    # The next events, soonest first: the Branchentreff with 2 of 40 places taken.
    assert view.upcoming.rowCount() == 1
    cells = [view.upcoming.item(0, c).text() for c in range(5)]
    assert cells[1] == "Branchentreff Metall Südwestfalen"
    assert cells[0].startswith((date.today() + timedelta(days=30)).strftime("%d.%m.%Y"))
    assert cells[3] == "2 / 40" and cells[4] == "0"
    assert view.upcoming.horizontalHeaderItem(3).text() == "Angemeldet"
    # Double-click (Return) opens the event in the events list.
    view.upcoming.setCurrentCell(0, 1)
    view.upcoming.itemActivated.emit(view.upcoming.item(0, 1))
    assert window.current_view() is window.views[EVENTS]
    assert window.views[EVENTS].selected_id() == upcoming


def test_registrations_are_imported_in_the_wizard_with_the_columns_assigned_and_each_row_said(
    qtbot, workspace: Workspace, net: Network, tmp_path, german
) -> None:
    from PySide6.QtWidgets import QWizard

    from indie_desktop.ui.events.registration_wizard import RegistrationWizard
    from tests.unit.import_files import OUTLOOK_DE_CSV

    event = branchentreff(workspace)
    # A colleague's Outlook export, and a line she added by hand without a last name.
    path = tmp_path / "anmeldungen.csv"
    extra = '"","Jürgen","","","Kunststoff Ruhr GmbH","","","","","","","","",""\r\n'
    path.write_bytes(OUTLOOK_DE_CSV + extra.encode("cp1252"))
    wizard = RegistrationWizard(workspace, event, SynchronousRunner())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Anmeldungen importieren"
    wizard.file_page.path_edit.setText(str(tmp_path / "fehlt.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page  # a file not there: said on the page
    assert wizard.file_page.error.isVisible()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    headers = [mapping.grid.item(r, 0).text() for r in range(mapping.grid.rowCount())]
    field_of = {h: mapping.combos[i].currentData() for i, h in enumerate(headers)}
    assert field_of["Nachname"] == "last_name" and field_of["E-Mail-Adresse"] == "email"
    assert field_of["Notizen"] == "notes" and field_of["Weitere Vornamen"] is None
    # The user takes the name and the e-mail away: told at the page, not imported.
    for header in ("Nachname", "E-Mail-Adresse"):
        mapping.combos[headers.index(header)].setCurrentIndex(0)
    wizard.next()
    assert wizard.currentPage() is mapping and mapping.error.isVisible()
    assert "Nachnamen" in mapping.error.text()
    combo = mapping.combos[headers.index("Nachname")]
    combo.setCurrentIndex(combo.findData("last_name"))
    combo = mapping.combos[headers.index("E-Mail-Adresse")]
    combo.setCurrentIndex(combo.findData("email"))
    assert wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "") == "Importieren"
    wizard.next()
    result = wizard.result_page
    assert wizard.currentPage() is result and result.result is not None
    assert result.result.registered == 1 and result.result.people_created == 1
    rows = [
        [result.rows.item(r, c).text() for c in range(3)] for r in range(result.rows.rowCount())
    ]
    assert rows[0][0] == "2" and rows[0][1] == "Anna Schröder angemeldet (neu angelegt)"
    assert rows[1][0] == "3" and rows[1][1].startswith("nicht übernommen: ")
    assert "Jürgen" in rows[1][2]
    assert "Nachname" in rows[1][1]  # the reason, in German
    names = {p.name for p in workspace.participants.participants(event)}
    assert names == {"Anna Schröder"}
    assert workspace.participants.participants(event)[0].notes == "Kontakt über Messe"


def test_selected_people_are_tagged_at_once_audited_found_by_a_target_group_and_undone(
    qtbot, workspace: Workspace, net: Network
) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from indie_desktop.domain.enums import TargetSubject
    from indie_desktop.services.events.criteria import Criteria
    from indie_desktop.services.history import HistoryService
    from indie_desktop.ui.views.people_view import PeopleView

    view = PeopleView(workspace)
    qtbot.addWidget(view)
    view.show()
    rows = {view.model.row_at(r).id: r for r in range(view.model.rowCount())}
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.table.selectRow(rows[net.sukru])
    view.table.selectionModel().select(view.model.index(rows[net.zoe], 0), flags)
    assert set(view.bulk.chosen()) == {net.sukru, net.zoe}
    assert view.bulk.tag_action in view.bulk.actions_list
    view.bulk.tag("Messe Hannover")
    change = view.bulk.last_change
    assert change is not None and change.changed == 2
    assert workspace.people_tags.tags_of(net.zoe) == ["Messe Hannover"]
    view.select_record(net.zoe)
    assert "Messe Hannover" in view.detail.toPlainText()
    history = HistoryService(workspace.db).history("person", net.sukru)
    assert history[0].changes[0].field == "tags"
    # A target group of people by the tag finds them (their own tag, not their firm's).
    tagged = Criteria(subject=TargetSubject.PERSON, tags=("messe hannover",))
    assert set(workspace.target_groups.ids(tagged)) == {net.sukru, net.zoe}
    view.bulk.tag("Messe Hannover")  # again: nobody changes
    assert view.bulk.last_change is not None and view.bulk.last_change.changed == 0
    view.bulk.last_change = change
    view.bulk.undo()
    assert workspace.people_tags.tags_of(net.zoe) == []
    assert workspace.target_groups.ids(tagged) == []


def test_co_organisers_are_ticked_from_the_networks_institutions_in_the_event_form(
    qtbot, workspace: Workspace, german
) -> None:
    dialog = EventDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.show()
    lst = dialog.ui.co_organiser_list
    names = [lst.item(r).text() for r in range(lst.count())]
    assert "Südwestfälische IHK zu Hagen" in names and "Handwerkskammer Dortmund" in names
    assert dialog.ui.co_organisers_label.text().replace("&", "") == (
        "Weitere außerhalb des Netzwerks:"
    )
    day = (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
    type_text(qtbot, dialog.ui.name_edit, "Gemeinschaftsstand Hannover Messe")
    type_text(qtbot, dialog.ui.date_edit, day)
    lst.setFocus()
    lst.setCurrentRow(names.index("Südwestfälische IHK zu Hagen"))
    qtbot.keyClick(lst, Qt.Key.Key_Space)  # ticks the institution with the keyboard
    type_text(qtbot, dialog.ui.co_organisers_edit, "Łódź Business Club")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    event = workspace.events.all()[0].id
    detail = workspace.events.detail(event)
    assert detail.co_organiser_names == ("SIHK Hagen",)
    assert detail.co_organisers_text == "SIHK Hagen, Łódź Business Club"
    again = EventDialog(workspace, event)
    qtbot.addWidget(again)
    ticked = [
        again.ui.co_organiser_list.item(r).text()
        for r in range(again.ui.co_organiser_list.count())
        if again.ui.co_organiser_list.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == ["Südwestfälische IHK zu Hagen"]


def test_a_co_exhibitors_cost_share_is_typed_as_german_money_and_a_wrong_one_is_said_at_the_field(
    qtbot, view: EventsView, workspace: Workspace, net: Network
) -> None:
    event = branchentreff(workspace)
    workspace.participants.add(event, [net.sukru, net.zoe], status=ParticipantStatus.REGISTERED)
    view.reload()
    view.select_record(event)
    panel = view.panel.participants
    names = [panel.model.rows[r].name for r in range(panel.model.rowCount())]
    panel.table.selectRow(names.index("Şükrü Yıldız"))
    assert panel.cost_edit.isEnabled() and panel.cost_edit.text() == ""
    panel.cost_edit.setFocus()
    type_text(qtbot, panel.cost_edit, "1.234,5")
    qtbot.keyClick(panel.cost_edit, Qt.Key.Key_Return)
    shares = {r.name: r.cost_share for r in workspace.participants.participants(event)}
    assert str(shares["Şükrü Yıldız"]) == "1234.50" and shares["Zoë Ñúñez"] is None
    row = [r.name for r in panel.model.rows].index("Şükrü Yıldız")
    assert panel.model.index(row, 5).data() == "1.234,50\u00a0€"
    assert panel.model.headerData(5, Qt.Orientation.Horizontal) == "Kostenanteil"
    panel.cost_edit.setText("zwölfhundert")
    qtbot.keyClick(panel.cost_edit, Qt.Key.Key_Return)
    assert panel.cost_error.isVisible() and "1.234,50" in panel.cost_error.text()
    assert panel.cost_edit.text() == "zwölfhundert"  # kept as typed
    shares = {r.name: r.cost_share for r in workspace.participants.participants(event)}
    assert str(shares["Şükrü Yıldız"]) == "1234.50"
    # Zoë speaks (Referentin) and eats vegetarian: her role and notes, beside her share.
    panel.table.clearSelection()
    names = [r.name for r in panel.model.rows]
    panel.table.selectRow(names.index("Zoë Ñúñez"))
    assert panel.cost_edit.text() == "" and panel.notes_edit.text() == ""
    combo = panel.role_combo
    combo.setCurrentIndex(combo.findData(ParticipantRole.SPEAKER))
    combo.activated.emit(combo.currentIndex())
    panel.notes_edit.setText("vegetarisch, Rollstuhl")
    qtbot.keyClick(panel.notes_edit, Qt.Key.Key_Return)
    zoe = next(r for r in workspace.participants.participants(event) if r.name == "Zoë Ñúñez")
    assert (zoe.role, zoe.notes) == (ParticipantRole.SPEAKER, "vegetarisch, Rollstuhl")
    assert panel.role_label.text() == "R&olle:"


def test_a_cooperation_names_the_event_it_came_from_and_the_dashboard_counts_it(
    qtbot, workspace: Workspace, net: Network, german
) -> None:
    from indie_desktop.domain.outcomes import Filters, Period
    from indie_desktop.services.work.cooperations import CooperationDraft, CooperationPartnerDraft
    from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog

    yesterday = (date.today() - timedelta(days=1)).strftime("%d.%m.%Y")
    event = workspace.events.create(
        EventDraft(name="Transfertag Hochschule Bochum", kind=ProjectKind.WORKSHOP, date=yesterday)
    )
    cooperation = workspace.cooperations.create(
        CooperationDraft(
            title="Sensorik-Prototyp",
            partners=[
                CooperationPartnerDraft(net.yildiz_gmbh),
                CooperationPartnerDraft(net.university),
            ],
        )
    )
    dialog = CooperationDialog(workspace, cooperation)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.event_label.text().replace("&", "") == "Herkunft (Veranstaltung):"
    combo = dialog.ui.event_combo
    assert combo.currentText() == "keine"
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == event))
    assert combo.currentText().startswith("Transfertag Hochschule Bochum (")
    dialog.accept()
    assert workspace.cooperations.detail(cooperation).draft.event_id == event
    week = Period(date.today() - timedelta(days=7), date.today())
    assert workspace.dashboard.figures(week, Filters()).events.cooperations == 1


def test_inviting_a_target_group_by_email_writes_drafts_and_lists_who_has_no_address(
    qtbot, view: EventsView, workspace: Workspace, net: Network, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from indie_desktop.ui.events.event_actions import InviteDialog

    event = branchentreff(workspace)
    workspace.target_groups.save("Metall", net.metal_group())
    view.reload()
    assert view.select_record(event)
    dialog = InviteDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.drafts_check.text().replace("&", "").startswith("Als E-Mail-Entwürfe")
    actions: EventActions = view.commands
    folder = tmp_path / "Entwürfe"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    actions.invite(event, "Metall", drafts=folder)
    result = actions.last_result
    assert len(result.drafts) == 1 and result.drafts[0].suffix == ".eml"
    assert [name for _p, name, _r in result.skipped] == ["Łukasz Wiśniewski"]
    box = actions.last_dialog
    assert isinstance(box, QMessageBox) and "E-Mail-Entwürfe: 1" in box.text()
    assert "keine E-Mail-Adresse" in box.text()
    assert "Eingeladen: 1" in view.panel.participants.summary.text()
