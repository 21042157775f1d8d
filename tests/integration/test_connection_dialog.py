"""Staff connect to the shared server: clear messages, keyring only, nothing secret on disk."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from keyring.backends import fail
from sqlalchemy.engine import make_url

from indie_desktop.config import ServerProfile, Settings
from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.credentials import SERVICE, CredentialStore
from indie_desktop.store.shared_open import url_account
from indie_desktop.ui.connection_dialog import ConnectionDialog
from indie_desktop.ui.tasks import SynchronousRunner
from tests.integration.shared_fixtures import SharedServer, StaffLogin, shared
from tests.unit.test_credentials import MemoryKeyring

pytestmark = pytest.mark.postgres
__all__ = ["shared"]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def app_log(tmp_path: Path) -> Iterator[Path]:
    """Everything the app logs during the test, in a file inside the data folder."""
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


def _dialog(qtbot, tmp_path: Path, who: StaffLogin, port: int | None = None) -> ConnectionDialog:
    u = make_url(who.url)
    settings = Settings(tmp_path / "settings.ini")
    ServerProfile("127.0.0.1", port or u.port or 5432, str(u.database), who.login).save_to(settings)
    dialog = ConnectionDialog(settings, runner=SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.ui.shared_radio.setChecked(True)
    return dialog


def _files_containing(root: Path, secret: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_wrong_password_is_reported_plainly_and_the_dialog_stays_open(
    qtbot, tmp_path: Path, shared: SharedServer, memory_keyring: MemoryKeyring, app_log: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path, shared.dortmund)
    dialog.ui.password_edit.setText("falsch-geraten")
    dialog.ui.remember_check.setChecked(True)
    dialog.accept()
    assert dialog.database is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "wrong password" in dialog.ui.error_label.text()
    assert memory_keyring.entries == {}
    assert _files_containing(tmp_path, "falsch-geraten") == []


def test_missing_password_and_unreachable_server_are_told_apart(
    qtbot, tmp_path: Path, shared: SharedServer, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    dialog = _dialog(qtbot, tmp_path, shared.dortmund)
    dialog.accept()
    assert "enter the password" in dialog.ui.error_label.text()
    dialog = _dialog(qtbot, tmp_path, shared.dortmund, port=1)
    dialog.ui.password_edit.setText(shared.dortmund.password)
    dialog.accept()
    assert "cannot be reached" in dialog.ui.error_label.text()


def test_remembered_password_goes_only_to_the_keyring(
    qtbot, tmp_path: Path, shared: SharedServer, memory_keyring: MemoryKeyring, app_log: Path
) -> None:
    who = shared.dortmund
    dialog = _dialog(qtbot, tmp_path, who)
    dialog.ui.password_edit.setText(who.password)
    dialog.ui.remember_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.database is not None
    try:
        actor = Workspace(dialog.database, Actor.system()).directory.acting_user()
        assert actor is not None and actor.display_name == "Anna Schmidt"
    finally:
        dialog.database.dispose()
    profile = ServerProfile.from_settings(Settings(tmp_path / "settings.ini"))
    assert memory_keyring.entries == {(SERVICE, url_account(profile.url())): who.password}
    assert "MemoryKeyring" in dialog.ui.keyring_label.text() or MemoryKeyring.name in (
        dialog.ui.keyring_label.text()
    )
    assert (tmp_path / "settings.ini").exists() and app_log.exists()
    assert _files_containing(tmp_path, who.password) == []
    # Next start: the dialog finds the password in the keyring.
    again = ConnectionDialog(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert again.ui.password_edit.text() == who.password


def test_without_a_keyring_the_app_says_so_and_asks_each_time(
    qtbot, tmp_path: Path, shared: SharedServer
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    dialog = ConnectionDialog(settings, credentials=CredentialStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    assert not dialog.ui.remember_check.isEnabled()
    assert "no system keyring" in dialog.ui.keyring_label.text()


def test_a_credential_manager_error_opens_the_dialog_without_a_remembered_password(
    qtbot, tmp_path: Path
) -> None:
    from tests.unit.test_keyring_failures import RefusingCredentialManager

    settings = Settings(tmp_path / "settings.ini")
    ServerProfile("db.office", 5432, "indie", "anna", "prefer").save_to(settings)
    settings.set("connection_mode", "shared")
    dialog = ConnectionDialog(settings, credentials=CredentialStore(RefusingCredentialManager()))
    qtbot.addWidget(dialog)
    assert dialog.ui.password_edit.text() == ""
    assert not dialog.ui.remember_check.isChecked()
