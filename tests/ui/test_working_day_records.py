"""Issue 21, wrong records and crashes: what a new staff member ran into on a working day."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from indie_desktop.config import Paths, Settings
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog
from indie_desktop.ui.dialogs.visit_dialog import VisitDialog
from indie_desktop.ui.main_window import DASHBOARD, ORGANISATIONS, REFERRALS, MainWindow
from indie_desktop.ui.tasks import SynchronousRunner


def when_dialog(kind: type, act: Callable[[QDialog], None], tries: int = 200) -> None:
    """Run act(dialog) once a modal dialog of this kind is open (dialogs run their own loop)."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        else:
            pytest.fail(f"{kind.__name__} did not open")

    QTimer.singleShot(0, lambda: poll(tries))


def started_window(qtbot, ws: Workspace) -> MainWindow:
    """The window as the app starts it: the list paints first, its detail follows."""
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.current_view().defer_first_detail = True
    window.show()
    qtbot.waitExposed(window)
    return window


def visit_started_with(qtbot, window: MainWindow) -> tuple[list[str], str]:
    """Besuch erfassen from the window: the organisations filled in, the field with the cursor."""
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, VisitDialog)
        items = dialog.ui.organisations_list
        seen["orgs"] = [items.item(i).text() for i in range(items.count())]
        focus = dialog.focusWidget()
        seen["focus"] = "organisations" if focus is dialog.organisation_picker else str(focus)
        dialog.reject()

    when_dialog(VisitDialog, look)
    window.record_visit()
    return seen["orgs"], seen["focus"]  # type: ignore[return-value]


def test_visit_right_after_start_prefills_no_organisation_the_user_did_not_choose(
    qtbot, sample: Workspace
) -> None:
    window = started_window(qtbot, sample)
    orgs, focus = visit_started_with(qtbot, window)
    assert (orgs, focus) == ([], "organisations")


def test_visit_from_the_dashboard_prefills_no_organisation(qtbot, sample: Workspace) -> None:
    window = started_window(qtbot, sample)
    organisations = window.views[ORGANISATIONS]
    organisations.select_row(1)
    window.show_view(DASHBOARD)
    orgs, focus = visit_started_with(qtbot, window)
    assert (orgs, focus) == ([], "organisations")


def test_visit_from_a_selected_organisation_prefills_it(qtbot, sample: Workspace) -> None:
    window = started_window(qtbot, sample)
    organisations = window.views[ORGANISATIONS]
    organisations.select_row(1)
    name = organisations.model.row_at(1).name
    orgs, _focus = visit_started_with(qtbot, window)
    assert orgs == [name]


def test_settings_open_in_the_english_interface(qtbot, sample, data_dir, english) -> None:
    from indie_desktop.ui.settings_dialog import SettingsDialog

    settings = Settings(Paths.resolve(data_dir).settings_file)
    settings.set("language", "en")
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "en"
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_note.isVisibleTo(dialog)


def test_a_cooperation_is_recorded_only_once_from_a_referral(qtbot, workspace: Workspace) -> None:
    from indie_desktop.domain.enums import ReferralStage
    from indie_desktop.services.directory.organisations import OrganisationDraft
    from indie_desktop.services.work.needs import NeedDraft
    from indie_desktop.services.work.referrals import PartnerChoice, ReferralDraft

    ws = workspace
    firm = ws.organisations.create(OrganisationDraft(name="Suchend GmbH", city="Dortmund"))
    partner = ws.organisations.create(OrganisationDraft(name="Laserwerk Hagen", city="Hagen"))
    need = ws.needs.create(NeedDraft(organisation_id=firm, topic="Lasersintern"))
    (rid,) = ws.referrals.create(ReferralDraft(need, [PartnerChoice(partner)]))
    for stage in (
        ReferralStage.INTRODUCED,
        ReferralStage.FIRST_MEETING,
        ReferralStage.COOPERATION_AGREED,
    ):
        ws.referrals.change_stage(rid, stage)
    window = MainWindow(ws, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(REFERRALS)
    referrals = window.views[REFERRALS]
    referrals.select_record(rid)
    assert referrals.cooperation_action.isEnabled()

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, CooperationDialog)
        dialog.ui.title_edit.setText("Kleinserie Sinterteile")
        dialog.save_button.click()
        if dialog.isVisible():  # not saved: the test fails below instead of waiting
            dialog.reject()

    when_dialog(CooperationDialog, save)
    referrals.cooperation_action.trigger()
    assert len(ws.referral_list.detail(rid).cooperations) == 1
    assert not referrals.cooperation_action.isEnabled()
    referrals.select_record(rid)
    assert not referrals.cooperation_action.isEnabled()


def test_the_task_list_starts_with_my_open_tasks(qtbot, sample: Workspace, german) -> None:
    from indie_desktop.services.work.tasks import TaskDraft, TaskFilter
    from indie_desktop.ui.main_window import TASKS
    from tests.ui.test_task_dialog import colleague as make_colleague

    colleague = make_colleague.__wrapped__(sample)
    sample.tasks.create(TaskDraft(title="Meine Aufgabe"))
    sample.tasks.create(TaskDraft(title="Aufgabe der Kollegin", assignee_id=colleague))
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_view(TASKS)
    view = window.views[TASKS]
    assert view.due_filter.currentText() == "Meine offenen Aufgaben"
    assert [view.model.row_at(r).title for r in range(view.model.rowCount())] == ["Meine Aufgabe"]
    view.set_due_filter(TaskFilter.OPEN)
    assert view.model.rowCount() == 2


def test_file_back_up_now_writes_a_backup_and_names_it(qtbot, sample: Workspace, german) -> None:
    from indie_desktop.store import backup as b

    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.backup_action in file_menu.actions()
    assert window.backup_action.text() == "&Jetzt sichern"
    policy = sample.db.backups
    assert policy is not None
    before = {p.path for p in b.list_backups(policy.folder)}
    window.backup_action.trigger()
    after = [p for p in b.list_backups(policy.folder) if p.path not in before]
    assert len(after) == 1
    assert window.statusBar().currentMessage() == f"Sicherung gespeichert: {after[0].path.name}"


def test_alt_left_goes_back_after_a_timeline_entry_was_opened(qtbot, sample: Workspace) -> None:
    from PySide6.QtCore import Qt

    from indie_desktop.services.work.activities import VisitDraft
    from indie_desktop.ui.main_window import ACTIVITIES

    org = sample.organisations.choices("Yıldız")[0][0]
    visit = sample.activities.record_visit(
        VisitDraft(date="02.03.2026", time="10:00", subject="Erstbesuch", organisation_ids=[org])
    )
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    organisations = window.organisations_view
    organisations.select_record(org)
    assert not window.back_action.isEnabled()
    item = organisations.timeline.tree.topLevelItem(0)
    organisations.timeline.tree.itemActivated.emit(item, 0)  # double-click / Return
    assert window.current_view_key() == ACTIVITIES
    assert window.views[ACTIVITIES].selected_id() == visit
    assert window.back_action.shortcut().toString() == "Alt+Left"
    qtbot.keyClick(window.views[ACTIVITIES].table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_view_key() == ORGANISATIONS
    assert organisations.selected_id() == org
    assert not window.back_action.isEnabled()


def test_f1_opens_the_german_guide_with_the_windows_real_shortcuts(
    qtbot, sample: Workspace, german
) -> None:
    window = MainWindow(sample, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.guide_action in help_menu.actions()
    assert window.guide_action.text() == "&Kurzanleitung"
    guide = window.show_guide()
    text = guide.browser.toPlainText()
    assert "Einen Besuch erfassen" in text and "Jetzt sichern" in text
    from PySide6.QtGui import QKeySequence

    visit_keys = window.record_visit_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert visit_keys == "Strg+Umschalt+N"
    assert f"Besuch erfassen{visit_keys}" in text.replace("\n", "").replace("\t", "")
    guide.close()
