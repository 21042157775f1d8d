"""Settings, restoring a backup, a damaged file at start, About, and the first-run choices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from indie_desktop import __version__
from indie_desktop.app import _open_database, compose_window, open_main_window
from indie_desktop.config import Paths, Settings
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, Database, open_local
from indie_desktop.ui import backup_dialogs
from indie_desktop.ui.about_dialog import AboutDialog
from indie_desktop.ui.backup_dialogs import RestoreDialog
from indie_desktop.ui.first_run import FirstRunDialog
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.settings_dialog import SettingsDialog
from indie_desktop.ui.tasks import SynchronousRunner


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(Paths.resolve(data_dir).settings_file)


def _org_names(ws: Workspace) -> list[str]:
    from indie_desktop.services.listing import ListQuery

    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 100))


# --- settings ------------------------------------------------------------------------------------


def test_settings_are_saved_to_the_ini_and_apply_follow_ups_at_once(
    qtbot, sample: Workspace, settings: Settings, tmp_path: Path
) -> None:
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&General",
        "Pri&nting",
        "&Referrals",
        "&Backup",
        "Data pro&tection",
        "C&onnections",
        "Mail dispatc&h",
        "Te&mplates",
    ]
    assert dialog.retention.value() == 3 and dialog.backup_keep.value() == 10
    assert (dialog.follow_up.minimum(), dialog.follow_up.maximum()) == (1, 52)
    dialog.follow_up.setValue(6)
    dialog.retention.setValue(5)
    dialog.backup_keep.setValue(4)
    dialog.backup_folder.setText(str(tmp_path / "Sicherung Büro"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.restart_needed
    again = Settings(settings.path)
    assert again.get("referral_follow_up_weeks") == 6
    assert sample.privacy.retention_years() == 5  # kept in the database, for everybody
    assert again.get("backup_keep") == 4
    assert again.get("backup_folder") == str(tmp_path / "Sicherung Büro")
    assert again.get("language") == "en"
    assert sample.referrals.follow_up_weeks == 6
    assert "[indie]" in settings.path.read_text(encoding="utf-8")


def test_an_unusable_backup_folder_is_named_at_the_field_and_nothing_saved(
    qtbot, sample: Workspace, settings: Settings, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.retention.setValue(7)
    dialog.backup_folder.setText(str(blocker))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["backup_folder"].isVisible()
    assert "file" in dialog.errors["backup_folder"].text()
    assert dialog.tabs.currentIndex() == 3  # the Backup tab is shown
    assert dialog.backup_folder.text() == str(blocker)  # what was typed stays
    assert not settings.path.exists()
    dialog.backup_folder.setText("relative/folder")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "complete path" in dialog.errors["backup_folder"].text()


def test_another_user_of_the_local_file_can_be_chosen(
    qtbot, workspace: Workspace, settings: Settings
) -> None:
    directory = workspace.directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "HWK Dortmund")
    other = directory.register_local_user(choice, "Zoë", "Ñúñez")
    directory.set_local_user(workspace.actor.staff_id)  # back to the first user
    dialog = SettingsDialog(settings, workspace)
    qtbot.addWidget(dialog)
    assert dialog.user.currentData() == str(workspace.actor.staff_id)
    dialog.user.setCurrentIndex(dialog.user.findData(str(other.staff_id)))
    dialog.accept()
    assert dialog.restart_needed
    assert directory.local_actor() == other


# --- restore -------------------------------------------------------------------------------------


def test_restore_dialog_previews_date_and_counts(qtbot, sample: Workspace) -> None:
    policy = sample.db.backups
    assert policy is not None and sample.db.path is not None
    b.take_backup(sample.db.path, policy, b.MANUAL)
    dialog = RestoreDialog(policy, SynchronousRunner())
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "by hand"
    text = dialog.preview_label.text()
    assert "5 organisations, 2 people, 0 activities" in text
    assert dialog.restore_button.isEnabled()


def test_a_damaged_backup_cannot_be_chosen(qtbot, sample: Workspace, tmp_path: Path) -> None:
    assert sample.db.path is not None and sample.db.backups is not None
    broken = tmp_path / "vom Stick.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 200)
    dialog = RestoreDialog(sample.db.backups, SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.select_file(broken)
    assert "cannot be restored" in dialog.preview_label.text()
    assert not dialog.restore_button.isEnabled()


def test_restoring_from_the_file_menu_reopens_on_the_backup(
    qtbot, sample: Workspace, monkeypatch
) -> None:
    assert sample.db.path is not None and sample.db.backups is not None
    b.take_backup(sample.db.path, sample.db.backups, b.MANUAL)
    sample.organisations.create(OrganisationDraft(name="Nach der Sicherung GmbH"))
    window = compose_window(sample.db, sample.actor, None, SynchronousRunner())
    qtbot.addWidget(window)
    assert window.restore_action.isVisible()
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    replacement = backup_dialogs.restore_in_window(window)
    assert replacement is not None
    qtbot.addWidget(replacement)
    assert "Nach der Sicherung GmbH" not in _org_names(replacement.workspace)
    assert len(_org_names(replacement.workspace)) == 5
    reasons = [i.reason for i in b.list_backups(sample.db.backups.folder)]
    assert b.BEFORE_RESTORE in reasons  # the replaced state can be restored in turn
    assert replacement.workspace.actor.staff_id == sample.actor.staff_id
    replacement.workspace.close()


def test_a_damaged_file_at_start_offers_the_newest_backup_and_keeps_the_file(
    qtbot, sample: Workspace, data_dir: Path, monkeypatch
) -> None:
    db_file = data_dir / DB_FILENAME
    policy = sample.db.backups
    assert policy is not None
    b.take_backup(db_file, policy, b.DAILY)
    sample.db.dispose()
    damaged = db_file.read_bytes()[:6000]
    db_file.write_bytes(damaged)
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        box.restore_newest.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    db = _open_database(Paths.resolve(data_dir), None, None, SynchronousRunner())
    assert db is not None
    try:
        assert "damaged" in shown[0] and "5 organisations" in shown[0]
        ws = Workspace(db, Actor.system())
        assert len(_org_names(ws)) == 5
    finally:
        db.dispose()
    [aside] = list(data_dir.glob(f"{DB_FILENAME}.damaged-*"))
    assert aside.read_bytes() == damaged


def test_quitting_at_the_damage_notice_changes_nothing(
    qtbot, data_dir: Path, db: Database, monkeypatch
) -> None:
    db.dispose()
    db_file = data_dir / DB_FILENAME
    db_file.write_bytes(db_file.read_bytes()[:5000])
    before = db_file.read_bytes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.quit.click())
    assert _open_database(Paths.resolve(data_dir), None, None, SynchronousRunner()) is None
    assert db_file.read_bytes() == before


def test_the_check_after_start_takes_the_daily_backup(
    qtbot, sample: Workspace, settings: Settings
) -> None:
    window = MainWindow(sample, settings, SynchronousRunner())
    qtbot.addWidget(window)
    backup_dialogs.start_checks(window, settings)
    assert sample.db.backups is not None
    assert [i.reason for i in b.list_backups(sample.db.backups.folder)] == [b.DAILY]
    backup_dialogs.start_checks(window, settings)  # the same day: no second one
    assert len(b.list_backups(sample.db.backups.folder)) == 1


# --- about -----------------------------------------------------------------------------------


def test_about_shows_the_version_and_the_licences(qtbot) -> None:
    dialog = AboutDialog("C:/Users/anna/indie.sqlite3")
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
    text = dialog.libraries.toPlainText()
    for expected in ("PySide6", "LGPL-3.0", "SQLAlchemy", "MIT", "ReportLab", "BSD-3-Clause"):
        assert expected in text


# --- first run -------------------------------------------------------------------------------


def _answer_first_run(qtbot, choose: str) -> None:
    d = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
    try:
        d.first_name.setText("Łukasz")
        d.last_name.setText("Wiśniewski")
        getattr(d, choose).setChecked(True)
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    finally:
        if d.isVisible():
            d.reject()


def test_first_run_can_start_with_an_import(qtbot, db: Database, monkeypatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(MainWindow, "open_import", lambda self: opened.append(True))
    QTimer.singleShot(0, lambda: _answer_first_run(qtbot, "import_file"))
    window = open_main_window(db, None, SynchronousRunner())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(opened))
    assert window.workspace.actor.display_name == "Łukasz Wiśniewski"


def test_first_run_offers_the_shared_server_only_with_settings(
    qtbot, db: Database, settings: Settings
) -> None:
    without = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner())
    qtbot.addWidget(without)
    assert not without.connect_shared.isEnabled()
    dialog = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.connect_shared.setChecked(True)
    assert dialog.start == FirstRunDialog.SHARED
    assert not dialog.first_name.isEnabled()  # the server's login says who you are


def test_choosing_the_server_at_first_run_opens_the_connection_dialog(
    qtbot, db: Database, settings: Settings, monkeypatch
) -> None:
    from indie_desktop.ui.connection_dialog import ConnectionDialog

    seen: list[bool] = []

    def fake_exec(self: ConnectionDialog) -> int:
        seen.append(self.ui.shared_radio.isChecked())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ConnectionDialog, "exec", fake_exec)
    dialog = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.connect_shared.setChecked(True)
    dialog.accept()
    assert seen == [True]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None


# --- portable ------------------------------------------------------------------------------------


def test_portable_folder_next_to_the_executable_is_the_data_dir(tmp_path: Path) -> None:
    from indie_desktop.config import portable_data_dir

    exe = tmp_path / "stick" / "indie-desktop.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"")
    assert portable_data_dir(exe) is None
    (exe.parent / "portable.ini").write_text("")
    assert portable_data_dir(exe) == exe.parent.resolve()
    (exe.parent / "data").mkdir()
    assert portable_data_dir(exe) == (exe.parent / "data").resolve()
    assert portable_data_dir() is None  # not frozen: the normal folders


def test_a_frozen_portable_build_keeps_everything_on_the_stick(tmp_path: Path, monkeypatch) -> None:
    import sys

    exe = tmp_path / "stick" / "indie-desktop.exe"
    (exe.parent / "data").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    paths = Paths.resolve(None)
    assert paths.data_dir == (exe.parent / "data").resolve()
    assert paths.settings_file.parent == paths.data_dir
    db = open_local(paths.data_dir)
    db.dispose()
    assert (exe.parent / "data" / DB_FILENAME).is_file()


# --- keyboard ------------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    import re

    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].casefold() if match else None


def _reachable(widgets: list) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = []
    for w in widgets:
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
    return texts


@pytest.mark.parametrize("language", ["german", "english"])
def test_every_settings_tab_has_unique_alt_keys(
    request, qtbot, sample: Workspace, settings: Settings, language: str
) -> None:
    request.getfixturevalue(language)
    dialog = SettingsDialog(settings, sample)
    qtbot.addWidget(dialog)
    tabs = dialog.tabs
    pages = [tabs.widget(i) for i in range(tabs.count())]
    common = [tabs.tabText(i) for i in range(tabs.count())]
    common += _reachable(dialog.buttons.findChildren(QWidget))
    for i, page in enumerate(pages):
        texts = common + _reachable(page.findChildren(QWidget))
        letters = [m for m in map(_mnemonic, texts) if m]
        assert len(letters) == len(set(letters)), f"{tabs.tabText(i)}: {texts}"
        # Alt+letter of every label reaches an input field
        for label in page.findChildren(QLabel):
            if label.buddy() is not None and _mnemonic(label.text()):
                assert label.buddy().focusProxy() is not None or label.buddy().focusPolicy()


@pytest.mark.parametrize("language", ["german", "english"])
def test_first_run_and_restore_have_unique_alt_keys(
    request, qtbot, db: Database, data_dir: Path, language: str
) -> None:
    request.getfixturevalue(language)
    first = FirstRunDialog(Workspace(db, Actor.system()), SynchronousRunner(), settings=None)
    restore = RestoreDialog(b.BackupPolicy(data_dir / "backups"), SynchronousRunner())
    for dialog in (first, restore):
        qtbot.addWidget(dialog)
        texts = _reachable(dialog.findChildren(QWidget))
        letters = [m for m in map(_mnemonic, texts) if m]
        assert len(letters) == len(set(letters)), texts


def test_the_default_letterhead_chosen_in_settings_is_printed_on(
    qtbot, workspace: Workspace, settings: Settings
) -> None:
    directory = workspace.directory
    hwk = next(c for c in directory.institution_choices() if c.short_name == "HWK Dortmund")
    directory.register_local_user(hwk, "Zoë", "Ñúñez")  # brings the HWK into the database
    directory.set_local_user(workspace.actor.staff_id)
    own = workspace.printing.letterhead().name
    dialog = SettingsDialog(settings, workspace)
    qtbot.addWidget(dialog)
    dialog.letterhead.setCurrentIndex(dialog.letterhead.findData("HWK Dortmund"))
    dialog.accept()
    assert Settings(settings.path).get("default_letterhead") == "HWK Dortmund"
    assert workspace.printing.letterhead().name == hwk.name != own
    fresh = Workspace(workspace.db, workspace.actor)  # the next start
    from indie_desktop.config import apply_settings

    apply_settings(fresh, Settings(settings.path))
    assert fresh.printing.letterhead().name == hwk.name
