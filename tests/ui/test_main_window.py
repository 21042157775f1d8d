"""The main window as users meet it: lists, filter, sort, delete with undo, status bar, errors."""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from indie_desktop.app import compose_window
from indie_desktop.config import Settings
from indie_desktop.domain.enums import OrganisationKind
from indie_desktop.domain.errors import ConflictError
from indie_desktop.resources import resource_path
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import crash
from indie_desktop.ui.main_window import ORGANISATIONS, PEOPLE, PROJECTS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner, TaskRunner
from indie_desktop.ui.views.record_list_view import RecordListView

GERMAN_QM = resource_path("translations", "indie_de.qm")


@pytest.fixture
def window(qtbot, sample: Workspace) -> MainWindow:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def names(view: RecordListView) -> list[str]:
    return [view.model.row_at(r).name for r in range(view.model.rowCount())]


def select_by_name(view: RecordListView, name: str) -> None:
    view.select_row(names(view).index(name))


class FakeEditor:
    """Stands in for an edit dialog: 'accepted' with a saved id, or cancelled."""

    def __init__(self, saved_id: uuid.UUID | None) -> None:
        self.saved_id = saved_id

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted if self.saved_id else QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:
        pass


# --- language, navigation, status bar -------------------------------------------------------


@pytest.mark.skipif(not GERMAN_QM.is_file(), reason="German translation not built yet")
def test_main_window_opens_with_german_titles_by_default(qtbot, sample, german) -> None:
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    top = [w.nav.topLevelItem(i).text(0) for i in range(w.nav.topLevelItemCount())]
    assert top == [
        "Organisationen",
        "Personen",
        "Veranstaltungen",
        "Projekte",
        "Aktivitäten",
        "Bedarfe",
        "Vermittlungen",
        "Aufgaben",
        "Kalender",
        "Auswertung",
    ]
    assert w.windowTitle().startswith("Organisationen")
    assert [a.text() for a in w.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]


def test_each_navigation_entry_has_its_own_icon_and_its_whole_title_as_tooltip(
    qtbot, window: MainWindow
) -> None:
    """At 1100 px the side bar cuts "Veranstaltungen" and "Organisationen": the tooltip says
    it whole; and events, projects, tasks and the calendar are told apart by their icons."""
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    items = [window.nav.topLevelItem(i) for i in range(window.nav.topLevelItemCount())]
    organisations = items[0]
    items += [organisations.child(i) for i in range(organisations.childCount())]
    assert all(item.toolTip(0) == item.text(0) for item in items)
    top = items[: window.nav.topLevelItemCount()]
    images = [item.icon(0).pixmap(24, 24).toImage() for item in top]
    assert all(not image.isNull() for image in images)
    assert len({bytes(image.constBits()) for image in images}) == len(top)


@pytest.mark.skipif(not GERMAN_QM.is_file(), reason="German translation not built yet")
def test_calendar_at_1100_px_leaves_the_side_bar_its_whole_titles(qtbot, sample, german) -> None:
    """The calendar's header once made it so wide that the side bar was squeezed to
    "Veranstaltu…" at 1100 px."""
    w = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    w.show_view("calendar")
    QApplication.processEvents()
    assert w.width() <= 1100
    assert w.nav.viewport().width() >= w.nav.sizeHintForColumn(0)


def test_navigation_switches_views(qtbot, window: MainWindow) -> None:
    people_item = window.nav.topLevelItem(1)
    rect = window.nav.visualItemRect(people_item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view() is window.views[PEOPLE]
    assert window.windowTitle().startswith("People")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views[PROJECTS]
    assert names(window.current_view()) == ["Branchentreff Metall"]


def test_kind_entry_in_navigation_shows_only_that_kind(qtbot, window: MainWindow) -> None:
    organisations = window.nav.topLevelItem(0)
    crafts = organisations.child(list(OrganisationKind).index(OrganisationKind.CRAFT_BUSINESS))
    window.nav.setCurrentItem(crafts)
    view = window.organisations_view
    assert window.current_view() is view
    assert view.kind() == OrganisationKind.CRAFT_BUSINESS
    assert names(view) == ["Becker Elektro", "Yıldız Metallbau GmbH"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.kind() is None
    assert len(names(view)) == 5


def test_status_bar_shows_database_and_user(window: MainWindow, sample: Workspace) -> None:
    assert sample.db.path is not None
    assert str(sample.db.path) == window.database_label.toolTip()
    shown = window.database_label.text()  # a long path shortened in the middle
    assert shown.endswith(sample.db.path.name) or str(sample.db.path) in shown
    assert "Şükrü Yıldız" in window.user_label.text()


# --- filter and sort ------------------------------------------------------------------------


def test_filter_narrows_the_organisation_list(qtbot, window: MainWindow) -> None:
    view = window.organisations_view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    qtbot.keyClicks(view.filter_edit, "yildiz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert names(view) == ["Yıldız Metallbau GmbH"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "muller")  # no umlaut typed: still found
    qtbot.waitUntil(lambda: names(view) == ["Müller Präzisionstechnik"])
    view.filter_edit.clear()
    view.filter_edit.insert("Präzision")  # QTest cannot type non-ASCII keys; paste it
    qtbot.waitUntil(lambda: names(view) == ["Müller Präzisionstechnik"])
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)


def test_filter_without_match_says_so(qtbot, window: MainWindow) -> None:
    view = window.organisations_view
    qtbot.keyClicks(view.filter_edit, "gibtsnicht")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert "Nothing matches" in view.detail.toPlainText()


def test_clicking_a_header_sorts_by_that_column(qtbot, window: MainWindow) -> None:
    view = window.organisations_view
    assert names(view)[0] == "Becker Elektro"
    header = view.table.horizontalHeader()
    city = [c.sort_key for c in view.model.columns].index("city")
    pos = QPoint(header.sectionViewportPosition(city) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.model.row_at(0).city == "Bochum"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.model.row_at(0).city == "Herne"


# --- detail, edit, delete -------------------------------------------------------------------


def test_selecting_an_organisation_shows_its_people(window: MainWindow) -> None:
    view = window.organisations_view
    select_by_name(view, "Yıldız Metallbau GmbH")
    text = view.detail.toPlainText()
    assert "Yıldız Metallbau GmbH" in text
    assert "Ayşe Kaya" in text and "CEO" in text


def test_enter_and_double_click_edit_the_selected_record(qtbot, window: MainWindow) -> None:
    view = window.organisations_view
    opened: list[uuid.UUID | None] = []

    def editor(record_id: uuid.UUID | None) -> FakeEditor:
        opened.append(record_id)
        return FakeEditor(None)

    view.create_editor = editor  # type: ignore[method-assign]
    select_by_name(view, "Becker Elektro")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    becker = view.model.row_id(0)
    assert opened == [becker]
    # The item view only takes a double click on the item it saw pressed: press, then double.
    pos = view.table.visualRect(view.model.index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert opened == [becker, becker]


def test_ctrl_n_creates_in_the_current_list_and_shows_the_new_record(
    qtbot, window: MainWindow, sample: Workspace
) -> None:
    from indie_desktop.services.work.projects import ProjectDraft

    window.show_view(PROJECTS)
    view = window.views[PROJECTS]

    def editor(record_id: uuid.UUID | None) -> FakeEditor:
        assert record_id is None
        return FakeEditor(sample.projects.create(ProjectDraft(name="Auslandsreise Polen")))

    view.create_editor = editor  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert names(view) == ["Auslandsreise Polen", "Branchentreff Metall"]
    assert view.selected_row() == 0
    assert "Auslandsreise Polen" in view.detail.toPlainText()


def test_delete_asks_first_and_undo_restores(qtbot, window: MainWindow, monkeypatch) -> None:
    view = window.organisations_view
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions: list[str] = []

    def question(parent, title, text, *args) -> QMessageBox.StandardButton:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    select_by_name(view, "Müller Präzisionstechnik")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # answered No
    assert "Müller Präzisionstechnik" in names(view)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # answered Yes
    assert "Müller Präzisionstechnik" not in names(view)
    assert all("Müller Präzisionstechnik" in q for q in questions) and len(questions) == 2
    assert window.undo_button.isVisibleTo(window)
    assert "Müller Präzisionstechnik" in window.undo_label.text()

    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert "Müller Präzisionstechnik" in names(view)
    assert view.model.row_at(view.selected_row()).name == "Müller Präzisionstechnik"
    assert not window.undo_button.isVisibleTo(window)
    assert not window.undo_action.isEnabled()


def test_delete_from_toolbar_without_selection_does_nothing(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    window.show_view(PEOPLE)
    assert not window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert len(names(window.views[PEOPLE])) == 2


def test_refused_change_is_explained_and_list_reloaded(window, monkeypatch, message_boxes) -> None:
    view = window.organisations_view
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def refuse(record_id: uuid.UUID) -> None:
        raise ConflictError("Organisation 1234 was changed (version 3, expected 2).")

    monkeypatch.setattr(view.service, "delete", refuse)
    view.select_row(0)
    view.delete_selected()
    [box] = message_boxes
    assert box.title == "Not possible"
    assert box.text == ("Somebody else changed this record meanwhile. Reload it and try again.")
    assert box.detail == "ConflictError: Organisation 1234 was changed (version 3, expected 2)."
    assert len(names(view)) == 5


def test_window_size_is_remembered(qtbot, sample: Workspace, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = MainWindow(sample, settings=settings, runner=SynchronousRunner())
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen (800x600)
    first.close()
    second = MainWindow(sample, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


# --- errors and background work ------------------------------------------------------------


@pytest.fixture
def restore_hooks():
    hooks = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = hooks


def test_crash_handler_logs_and_shows_copyable_details(
    qtbot, window: MainWindow, caplog, monkeypatch, restore_hooks
) -> None:
    monkeypatch.setattr(crash, "DIALOGS_ENABLED", True)
    view = window.organisations_view
    view.filter_edit.setText("halb getippt")
    seen: dict[str, str] = {}

    def read_and_close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, crash.ErrorDetailsDialog)
        seen["details"] = dialog.details_edit.toPlainText()
        seen["read_only"] = str(dialog.details_edit.isReadOnly())
        dialog.copy_button.click()
        dialog.reject()

    crash.install_crash_handler(logging.getLogger("indie_desktop"))
    QTimer.singleShot(0, read_and_close_dialog)
    try:
        raise ValueError("kaputt")
    except ValueError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())
    assert "kaputt" in caplog.text
    assert "Traceback" in seen["details"] and "ValueError: kaputt" in seen["details"]
    assert seen["read_only"] == "True"
    assert QApplication.clipboard().text() == seen["details"]
    assert window.isVisible()
    assert view.filter_edit.text() == "halb getippt"  # nothing the user typed is lost


def test_crash_dialogs_can_be_switched_off(caplog, restore_hooks, monkeypatch) -> None:
    monkeypatch.setattr(crash.ErrorDetailsDialog, "exec", lambda self: pytest.fail("dialog shown"))
    crash.install_crash_handler(logging.getLogger("indie_desktop"))
    try:
        raise RuntimeError("still logged")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "still logged" in caplog.text


def test_task_runner_calls_back_on_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    results: list[tuple[str, object, bool]] = []
    on_ui = threading.current_thread

    def work(task) -> int:
        worker = threading.current_thread()
        for i in range(3):
            task.report("rows", i + 1, 3)
        return 42 if worker is not threading.main_thread() else -1

    runner.run(
        work,
        on_success=lambda r: results.append(("done", r, on_ui() is threading.main_thread())),
        on_progress=lambda p, d, t: results.append(
            ("progress", d, on_ui() is threading.main_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(results) and results[-1][0] == "done")
    assert results[-1] == ("done", 42, True)
    assert ("progress", 3, True) in results
    assert not runner.busy


def test_task_runner_reports_failures_on_the_ui_thread(qtbot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ConflictError("changed meanwhile")

    runner.run(work, on_success=lambda r: pytest.fail("succeeded"), on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ConflictError)


def test_synchronous_runner_has_the_same_interface() -> None:
    runner = SynchronousRunner()
    seen: list[object] = []
    task = runner.run(
        lambda t: (t.report("a", 1, 1), "ok")[1],
        on_success=seen.append,
        on_progress=lambda p, d, t: seen.append((p, d, t)),
    )
    assert seen == [("a", 1, 1), "ok"]
    assert not task.is_cancelled()


def test_views_list_and_titles_in_english_source(window: MainWindow) -> None:
    assert [window.views[k].title() for k in (ORGANISATIONS, PEOPLE, PROJECTS)] == [
        "Organisations",
        "People",
        "Projects",
    ]


def test_screenshots_are_written(qtbot, sample: Workspace, tmp_path: Path) -> None:
    from indie_desktop.ui.screenshots import render_screenshots

    paths = render_screenshots(sample, tmp_path / "shots")
    names = {p.name for p in paths}
    assert {"01-organisations.png", "02-people.png", "03-projects.png"} <= names
    assert "20-first-run.png" in names and "08-dashboard.png" in names
    assert all(p.stat().st_size > 1000 for p in paths)


# --- start-up -------------------------------------------------------------------------------


def test_unusable_data_folder_is_reported_without_traceback(tmp_path: Path, monkeypatch) -> None:
    from indie_desktop.app import _open_database
    from indie_desktop.config import Paths

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    assert _open_database(Paths.resolve(blocker)) is None
    assert shown and shown[0][0] == "Cannot open the database"
    assert str(blocker) in shown[0][1] and "Traceback" not in shown[0][1]


def test_log_goes_to_a_rotating_file_in_the_log_folder(tmp_path: Path) -> None:
    from logging.handlers import RotatingFileHandler

    from indie_desktop.app import LOG_FILE, setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    try:
        log = setup_logging(tmp_path / "logs")
        log.info("hello from the test")
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], RotatingFileHandler)
        added[0].flush()
        assert "hello from the test" in (tmp_path / "logs" / LOG_FILE).read_text("utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.parametrize("key", [ORGANISATIONS, PEOPLE, PROJECTS])
def test_each_list_edits_with_its_record_dialog(qtbot, window: MainWindow, key: str) -> None:
    window.show_view(key)
    view = window.views[key]
    record_id = view.model.row_id(0)
    dialog = view.create_editor(record_id)
    assert isinstance(dialog, QDialog)
    qtbot.addWidget(dialog)
    assert dialog.saved_id is None  # set only once the dialog saved
    assert dialog.parent() is view


def test_person_link_in_organisation_detail_opens_the_person(window, sample) -> None:
    from PySide6.QtCore import QUrl

    from indie_desktop.services.listing import ListQuery

    kaya = sample.people.page(ListQuery(text="kaya"), 0, 1)[0]
    view = window.organisations_view
    select_by_name(view, "Yıldız Metallbau GmbH")
    assert f"person:{kaya.id}" in view.detail.toHtml()
    view.detail.anchorClicked.emit(QUrl(f"person:{kaya.id}"))
    people = window.views[PEOPLE]
    assert window.current_view() is people
    assert people.selected_id() == kaya.id
    assert "Yıldız Metallbau GmbH" in people.detail.toPlainText()


def test_organisation_detail_shows_its_change_history(window, sample) -> None:
    from indie_desktop.services.listing import ListQuery

    org = sample.organisations.page(ListQuery(text="Yıldız"), 0, 1)[0]
    detail = sample.organisations.detail(org.id)
    detail.draft.city = "Hagen-Haspe"
    sample.organisations.update(org.id, detail.draft, detail.version)
    view = window.organisations_view
    view.reload()
    select_by_name(view, "Yıldız Metallbau GmbH")
    text = view.detail.toPlainText()
    assert "Change history" in text
    assert "changed" in text and "→ Hagen-Haspe" in text


def test_lists_not_shown_at_start_query_when_first_shown(window: MainWindow) -> None:
    people = window.views[PEOPLE]
    assert people.model.rowCount() == 0  # nothing asked of the database yet
    window.show_view(PEOPLE)
    assert people.model.rowCount() > 0


def test_switching_to_a_local_file_never_set_up_starts_first_run(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from indie_desktop.config import Settings
    from indie_desktop.store.database import Database
    from indie_desktop.ui import connection_dialog
    from indie_desktop.ui.first_run import FirstRunDialog

    shared_db = window.workspace.db  # pretend the open window works on the shared server
    monkeypatch.setattr(Database, "is_shared", property(lambda db: db is shared_db))
    window.settings = Settings(tmp_path / "settings.ini")
    window.local_data_dir = tmp_path / "never-set-up"

    class ChooseLocalFile:
        mode = "local"
        database = None

        def __init__(self, *_args: object, **_kw: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def deleteLater(self) -> None:
            pass

    def register(dialog: FirstRunDialog) -> QDialog.DialogCode:
        directory = dialog.workspace.directory
        dialog.actor = directory.register_local_user(
            directory.institution_choices()[0], "Zoë", "Ñúñez"
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(connection_dialog, "ConnectionDialog", ChooseLocalFile)
    monkeypatch.setattr(FirstRunDialog, "exec", register)
    window.reopen = lambda db, actor, data_dir: compose_window(
        db, actor, window.settings, window.runner, data_dir
    )
    window.change_connection()
    replacement = window.replacement
    qtbot.addWidget(replacement)
    assert replacement.workspace.actor.display_name == "Zoë Ñúñez"
    assert replacement.workspace.db.path == tmp_path / "never-set-up" / "indie.sqlite3"


def test_a_new_connection_opens_with_the_users_settings(
    qtbot, sample: Workspace, tmp_path: Path, monkeypatch
) -> None:
    """File → Connection… builds the new window as the start does: a referral follows up after
    the configured weeks, attachments obey the configured limit, letters use the configured
    letterhead (the new window once got the defaults until a restart)."""
    from indie_desktop.store.database import Database
    from indie_desktop.ui import connection_dialog

    settings = Settings(tmp_path / "settings.ini")
    settings.set("referral_follow_up_weeks", 2)
    settings.set("attachment_limit_mb", 3)
    settings.set("default_letterhead", "SIHK")
    window = compose_window(sample.db, sample.actor, settings, SynchronousRunner(), None)
    qtbot.addWidget(window)
    assert window.connection_action.isEnabled()
    other = tmp_path / "other"
    window.local_data_dir = other
    shared_db = window.workspace.db  # the open window "works on the server"
    monkeypatch.setattr(Database, "is_shared", property(lambda db: db is shared_db))

    class ChooseLocalFile:
        mode = "local"
        database = None

        def __init__(self, *_args: object, **_kw: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(connection_dialog, "ConnectionDialog", ChooseLocalFile)
    monkeypatch.setattr(
        "indie_desktop.services.directory.staff.DirectoryService.acting_user",
        lambda self: sample.actor,
    )
    window.change_connection()
    replacement = window.replacement
    assert replacement is not None and replacement is not window
    qtbot.addWidget(replacement)
    ws = replacement.workspace
    assert ws.db.path == other / "indie.sqlite3"
    assert ws.referrals.follow_up_weeks == 2
    assert ws.attachments.limit_bytes == 3 * 1024 * 1024
    assert ws.default_letterhead == "SIHK"
    assert ws.printing.default_letterhead == "SIHK"
    ws.close()
