"""File → Print and Ctrl+P from the lists: contact sheets in one keystroke, several selected
organisations in one PDF, a person's sheet, attendance lists, and the menu in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from indie_desktop.ui.main_window import ACTIVITIES, ORGANISATIONS, PEOPLE, PROJECTS, MainWindow
from indie_desktop.ui.printing.preview import PrintPreviewDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.ui.printing_fixtures import PrintNetwork, build_print_network, pdf_text


@pytest.fixture
def network(workspace) -> PrintNetwork:
    return build_print_network(workspace)


@pytest.fixture
def window(qtbot, network, german) -> MainWindow:
    w = MainWindow(network.ws, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def shown_preview(window: MainWindow) -> PrintPreviewDialog:
    dialog = window.printing.last_dialog
    assert isinstance(dialog, PrintPreviewDialog)
    assert dialog.isVisible()
    return dialog


def test_ctrl_p_on_an_organisation_shows_its_contact_sheet(qtbot, window, network) -> None:
    view = window.organisations_view
    view.select_record(network.mueller)
    view.table.setFocus()
    assert window.printing.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    qtbot.keyClick(view.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = shown_preview(window)
    assert preview.page_count() == 1
    assert preview.file_name == "Kontaktblatt Müller & Söhne GmbH & Co. KG.pdf"
    text = pdf_text(preview.pdf)
    assert "Müller & Söhne GmbH & Co. KG" in text
    assert "Łukasz Wiśniewski" in text
    preview.close()


def test_several_selected_organisations_print_as_one_document(window, network) -> None:
    view = window.organisations_view
    view.select_record(network.mueller)
    row = view.model.row_of(network.yildiz)
    view.table.selectionModel().select(
        view.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert set(view.selected_ids()) == {network.mueller, network.yildiz}
    window.printing.contact_sheet_action.trigger()
    preview = shown_preview(window)
    assert preview.title == "Kontaktblätter (2)"
    text = pdf_text(preview.pdf)
    assert "Müller & Söhne GmbH & Co. KG" in text
    assert "Yıldız Metallbau GmbH" in text
    assert preview.page_count() >= 2
    preview.close()


def test_contact_sheet_is_offered_in_the_organisations_context_menu(window) -> None:
    view = window.organisations_view
    assert window.printing.contact_sheet_action in view.print_actions
    assert window.printing.person_sheet_action in window.views[PEOPLE].print_actions


def test_person_sheet_from_the_people_list(window, network) -> None:
    window.show_view(PEOPLE)
    window.views[PEOPLE].select_record(network.zoe)
    window.printing.print_action.trigger()
    preview = shown_preview(window)
    assert "Zoë Ñúñez" in pdf_text(preview.pdf)
    preview.close()


def test_attendance_list_of_an_event_names_who_attended(window, network) -> None:
    window.show_view(ACTIVITIES)
    window.views[ACTIVITIES].select_record(network.event)
    window.printing.update_actions()
    assert window.printing.attendance_action.isEnabled()
    window.printing.attendance_action.trigger()
    preview = shown_preview(window)
    text = pdf_text(preview.pdf)
    assert "Wiśniewski" in text
    assert "Ñúñez" in text
    preview.close()


def test_print_menu_in_file_menu_follows_the_list_shown(window) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.printing.menu.menuAction() in file_menu.actions()
    assert window.printing.menu.title() == "D&rucken"
    window.show_view(PROJECTS)
    window.printing.update_actions()
    assert not window.printing.contact_sheet_action.isEnabled()
    assert not window.printing.mail_merge_action.isEnabled()
    window.show_view(ORGANISATIONS)
    window.printing.update_actions()
    assert window.printing.mail_merge_action.isEnabled()
    assert window.printing.labels_action.text() == "Adress&etiketten…"


def test_attendance_list_of_a_project_carries_its_name(window, network) -> None:
    from indie_desktop.domain.enums import ProjectKind
    from indie_desktop.services.work.projects import ProjectDraft

    project = network.ws.projects.create(
        ProjectDraft(name="Gemeinschaftsstand Hannover Messe", kind=ProjectKind.SECTOR_MEETING)
    )
    window.show_view(PROJECTS)
    window.views[PROJECTS].select_record(project)
    window.printing.print_action.trigger()  # Ctrl+P on a project: its attendance list
    preview = shown_preview(window)
    assert preview.title == "Anwesenheitsliste Gemeinschaftsstand Hannover Messe"
    assert "Gemeinschaftsstand Hannover Messe" in pdf_text(preview.pdf)
    preview.close()
