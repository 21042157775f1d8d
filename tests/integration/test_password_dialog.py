"""File → Change password… against the real server: keyring follows, nothing secret on disk."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from indie_desktop.config import Settings
from indie_desktop.store import connection_errors as ce
from indie_desktop.store.credentials import SERVICE
from indie_desktop.store.database import open_url
from indie_desktop.store.shared_open import url_account
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.password_dialog import PasswordDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.integration.shared_fixtures import SharedServer, shared
from tests.unit.test_credentials import MemoryKeyring

pytestmark = pytest.mark.postgres
__all__ = ["shared"]

NEW = "Ruhrgebiet-2026!"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "indie-desktop.log"
    path.parent.mkdir(parents=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def _files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def _logs_in(url: str, password: str) -> bool:
    try:
        open_url(url, password=password).dispose()
    except ce.ConnectionFailed:
        return False
    return True


def test_changing_the_password_replaces_the_remembered_one_and_writes_nothing_secret(
    qtbot, tmp_path: Path, shared: SharedServer, memory_keyring: MemoryKeyring, app_log: Path
) -> None:
    who = shared.dortmund
    ws = who.workspace()
    account = url_account(who.url)
    memory_keyring.entries[(SERVICE, account)] = who.password
    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(ws, settings, SynchronousRunner())
    qtbot.addWidget(window)
    try:
        assert window.password_action.isVisible()
        dialog = PasswordDialog(ws, window.runner, parent=window)
        qtbot.addWidget(dialog)
        assert who.login in dialog.ui.intro_label.text()
        dialog.ui.current_edit.setText(who.password)
        dialog.ui.new_edit.setText(NEW)
        dialog.ui.repeated_edit.setText(NEW)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert "replaced in the keyring" in dialog.keyring_note
        assert memory_keyring.entries == {(SERVICE, account): NEW}
        settings.save()
    finally:
        ws.db.dispose()
    assert _logs_in(who.url, NEW)
    assert not _logs_in(who.url, who.password)
    assert app_log.exists() and (tmp_path / "settings.ini").exists()
    assert _files_containing(tmp_path, NEW) == []
    assert _files_containing(tmp_path, who.password) == []


def test_a_password_that_was_not_remembered_is_not_stored_now(
    qtbot, shared: SharedServer, memory_keyring: MemoryKeyring
) -> None:
    who = shared.hagen
    ws = who.workspace()
    try:
        dialog = PasswordDialog(ws, SynchronousRunner())
        qtbot.addWidget(dialog)
        dialog.ui.current_edit.setText(who.password)
        dialog.ui.new_edit.setText(NEW)
        dialog.ui.repeated_edit.setText(NEW)
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        ws.db.dispose()
    assert memory_keyring.entries == {}
    assert dialog.keyring_note == ""


def test_a_wrong_current_password_is_shown_at_the_dialog(
    qtbot, shared: SharedServer, memory_keyring: MemoryKeyring
) -> None:
    who = shared.dortmund
    ws = who.workspace()
    try:
        dialog = PasswordDialog(ws, SynchronousRunner())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.current_edit.setText("falsch-geraten")
        dialog.ui.new_edit.setText(NEW)
        dialog.ui.repeated_edit.setText(NEW)
        dialog.accept()
        assert dialog.isVisible()
        assert "current password is not correct" in dialog.ui.error_label.text()
        assert dialog.ui.new_edit.text() == NEW
        assert dialog.ui.current_edit.hasFocus() or dialog.ui.current_edit.isEnabled()
    finally:
        ws.db.dispose()
    assert _logs_in(who.url, who.password)


def test_the_local_file_offers_no_password_change(qtbot, local_workspace) -> None:
    window = MainWindow(local_workspace, None, SynchronousRunner())
    qtbot.addWidget(window)
    assert not window.password_action.isVisible()
