"""First start: the user says who they are, mistakes are shown by the field, demo on request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog

from indie_desktop.app import open_main_window
from indie_desktop.domain.errors import Cancelled
from indie_desktop.services.context import Actor
from indie_desktop.services.demo import generator as demo
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.ui.first_run import FirstRunDialog
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.tasks import SynchronousRunner


@pytest.fixture
def fresh(db: Database) -> Workspace:
    """A new, empty database before anybody registered."""
    return Workspace(db, Actor.system())


@pytest.fixture
def dialog(qtbot, fresh: Workspace) -> FirstRunDialog:
    d = FirstRunDialog(fresh, SynchronousRunner())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def start_button(d: FirstRunDialog):
    return d.buttons.button(QDialogButtonBox.StandardButton.Ok)


def fill(qtbot, d: FirstRunDialog, first: str, last: str, email: str) -> None:
    index = d.institution.findText("IHK", Qt.MatchFlag.MatchStartsWith)
    d.institution.setCurrentIndex(max(index, 0))
    for edit, text in ((d.first_name, first), (d.last_name, last), (d.email, email)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_missing_name_is_shown_next_to_the_field_and_input_kept(qtbot, dialog, fresh) -> None:
    fill(qtbot, dialog, "Ayse", "", "a.kaya@example.de")
    qtbot.mouseClick(start_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors["last_name"].isVisibleTo(dialog)
    assert dialog.errors["last_name"].text() == "Required"
    assert not dialog.errors["first_name"].isVisibleTo(dialog)
    assert dialog.first_name.text() == "Ayse" and dialog.email.text() == "a.kaya@example.de"
    assert dialog.last_name.hasFocus()
    assert fresh.directory.needs_first_run()


def test_bad_email_is_shown_under_the_email_field(qtbot, dialog) -> None:
    fill(qtbot, dialog, "Ayse", "Kaya", "kaya-at-example")
    qtbot.mouseClick(start_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert "e-mail" in dialog.errors["email"].text()
    fill(qtbot, dialog, "Ayse", "Kaya", "a.kaya@example.de")
    qtbot.mouseClick(start_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.errors["email"].isVisibleTo(dialog)


def test_registering_creates_the_local_user(qtbot, dialog, fresh) -> None:
    fill(qtbot, dialog, "Ayse", "Kaya", "")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    actor = fresh.directory.local_actor()
    assert actor is not None and actor.display_name == "Ayse Kaya"
    assert dialog.actor == actor
    assert not fresh.directory.needs_first_run()


def test_first_run_creates_the_user_and_shows_the_main_window(qtbot, db: Database) -> None:
    seen: list[str] = []

    def answer_dialog() -> None:
        d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        try:
            seen.append(d.windowTitle())
            fill(qtbot, d, "Jan", "Becker", "j.becker@example.de")
            d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        finally:
            if d.isVisible():  # never leave the test hanging in a modal dialog
                d.reject()

    QTimer.singleShot(0, answer_dialog)
    window = open_main_window(db, None, SynchronousRunner())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert seen and window.isVisible()
    assert "Jan Becker" in window.user_label.text()
    assert window.workspace.actor.display_name == "Jan Becker"


def test_second_start_goes_straight_to_the_main_window(qtbot, workspace: Workspace) -> None:
    window = open_main_window(workspace.db, None, SynchronousRunner())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.workspace.actor.staff_id == workspace.actor.staff_id


def test_at_start_the_list_comes_first_and_the_first_records_details_right_after(
    qtbot, workspace: Workspace
) -> None:
    workspace.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH", city="Hagen"))
    window = open_main_window(workspace.db, None, SynchronousRunner())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    view = window.current_view()
    if view.selected_id() is None:  # offscreen the window is not activated: no focus-in
        view.select_row(0)
    assert "Yıldız Metallbau" not in view.detail.toPlainText()  # not before the first paint
    qtbot.waitUntil(lambda: "Yıldız Metallbau" in view.detail.toPlainText())
    assert view.selected_id() is not None
    assert not view.defer_first_detail  # later selections show at once


def test_closing_the_first_run_dialog_starts_nothing(qtbot, db: Database) -> None:
    def close_dialog() -> None:
        d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        d.reject()

    QTimer.singleShot(0, close_dialog)
    assert open_main_window(db, None, SynchronousRunner()) is None


def test_demo_network_is_loaded_with_progress(qtbot, dialog, fresh, monkeypatch) -> None:
    shown: list[tuple[int, int, str]] = []

    def fake_generate(db, size, seed, progress=None, cancel=None):
        assert size.organisations > 0 and cancel is not None and not cancel()
        for done in range(1, 4):
            progress("organisations", done, 3)
        bar = dialog.findChild(QProgressDialog)
        shown.append((bar.value(), bar.maximum(), bar.labelText()))
        ws = Workspace(db, Actor.system())
        return ws.organisations.create(OrganisationDraft(name="Demo GmbH"))

    monkeypatch.setattr(demo, "generate_demo", fake_generate, raising=False)
    fill(qtbot, dialog, "Ayse", "Kaya", "")
    dialog.load_demo.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(start_button(dialog), Qt.MouseButton.LeftButton)
    assert shown == [(3, 3, "Creating the demo network: organisations")]
    assert not fresh.directory.is_empty()
    assert fresh.directory.local_actor() is not None


def test_cancelled_demo_still_registers_the_user(qtbot, dialog, fresh, monkeypatch) -> None:
    def cancelled(db, size, seed, progress=None, cancel=None):
        raise Cancelled("demo generation cancelled")

    monkeypatch.setattr(demo, "generate_demo", cancelled, raising=False)
    fill(qtbot, dialog, "Ayse", "Kaya", "")
    dialog.load_demo.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(start_button(dialog), Qt.MouseButton.LeftButton)
    assert fresh.directory.is_empty()
    assert fresh.directory.local_actor() is not None


def test_demo_is_not_offered_for_a_database_with_records(qtbot, workspace: Workspace) -> None:
    workspace.organisations.create(OrganisationDraft(name="Echte Firma GmbH"))
    d = FirstRunDialog(workspace, SynchronousRunner())
    qtbot.addWidget(d)
    assert not d.load_demo.isEnabled()
