"""An emptied database file beside backups at start: the app offers the newest intact backup,
as for any damage, and never greets the user with the first-run dialog of a new database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from indie_desktop.app import _open_database, open_main_window
from indie_desktop.config import Paths
from indie_desktop.services.context import Actor
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME
from indie_desktop.ui import first_run
from indie_desktop.ui.tasks import SynchronousRunner


def test_an_emptied_file_at_start_offers_the_newest_backup_and_no_first_run_dialog(
    qtbot, sample: Workspace, data_dir: Path, monkeypatch
) -> None:
    db_file = data_dir / DB_FILENAME
    policy = sample.db.backups
    assert policy is not None
    b.take_backup(db_file, policy, b.DAILY)
    sample.db.dispose()
    db_file.write_bytes(b"")  # a sync tool or a full disk left nothing but the name
    shown: list[str] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        box.restore_newest.click()  # type: ignore[attr-defined]
        return 0

    def no_first_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the first-run dialog of a new database appeared")

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    monkeypatch.setattr(first_run.FirstRunDialog, "__init__", no_first_run)
    runner = SynchronousRunner()
    db = _open_database(Paths.resolve(data_dir), None, None, runner)
    assert db is not None
    try:
        assert "empty" in shown[0] and "5 organisations" in shown[0]
        window = open_main_window(db, None, runner, data_dir)
        assert window is not None
        qtbot.addWidget(window)
        ws = Workspace(db, Actor.system())
        assert len(list(ws.organisations.page(ListQuery(), 0, 100))) == 5
        window.close()
    finally:
        db.dispose()
    assert len(b.list_backups(policy.folder)) == 1  # the good backup is still there


def test_a_damaged_file_held_by_another_program_at_start_gives_a_message_not_a_crash(
    qtbot, sample: Workspace, data_dir: Path, monkeypatch
) -> None:
    import os

    db_file = data_dir / DB_FILENAME
    policy = sample.db.backups
    assert policy is not None
    b.take_backup(db_file, policy, b.DAILY)
    sample.db.dispose()
    db_file.write_bytes(db_file.read_bytes()[:6000])
    damaged = db_file.read_bytes()
    real_replace = os.replace

    def held(source: object, target: object) -> None:
        if Path(str(source)) == db_file:  # a virus scanner keeps it open
            raise PermissionError(13, "The process cannot access the file", str(source))
        real_replace(source, target)  # type: ignore[arg-type]

    warnings: list[str] = []
    monkeypatch.setattr("indie_desktop.store.file_retry.RETRY_SECONDS", 0.2)
    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.restore_newest.click())
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert _open_database(Paths.resolve(data_dir), None, None, SynchronousRunner()) is None
    assert "in use by another program" in warnings[0]
    assert db_file.read_bytes() == damaged
