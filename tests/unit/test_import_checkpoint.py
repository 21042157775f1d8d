"""After a large import the write-ahead log is copied into the database file by a worker
thread, not by the import's commit (SQLite's automatic checkpoint made the user wait half a
second after 10,000 rows for something nobody needs to wait for)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from indie_desktop.services.context import Actor
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import database
from indie_desktop.store.database import DB_FILENAME, Database, open_local

ROWS = 400


def _csv(tmp_path: Path) -> Path:
    lines = ["Firma;PLZ;Ort;Vorname;Nachname;E-Mail"]
    lines += [
        f"Yıldız Metallbau {i} GmbH;44137;Dortmund;Łukasz;Wiśniewski {i};l.{i}@yildiz-{i}.de"
        for i in range(ROWS)
    ]
    path = tmp_path / "adressen.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _import(ws: Workspace, path: Path) -> None:
    table = ws.imports.read(path)
    report = ws.imports.run(table, ImportSettings(mapping=ws.imports.automatic_mapping(table)))
    assert report.created_organisations == ROWS and report.created_people == ROWS


def test_an_imports_commit_leaves_the_database_file_to_a_worker_that_copies_the_log_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A low threshold: the import's log is far past it, so SQLite's automatic checkpoint
    # would copy it into the file in the commit.
    monkeypatch.setattr(database, "WAL_AUTOCHECKPOINT", 20)
    held = threading.Event()
    run_checkpoint = Database._checkpoint

    def held_checkpoint(self: Database) -> None:
        held.wait(30)
        run_checkpoint(self)

    monkeypatch.setattr(Database, "_checkpoint", held_checkpoint)
    db = open_local(tmp_path / "data")
    ws = Workspace(db, Actor.system())
    file = tmp_path / "data" / DB_FILENAME
    csv = _csv(tmp_path)
    before = file.stat().st_size
    try:
        _import(ws, csv)
        # Committed: every record is there for the next query, the file not yet written.
        assert ws.organisations.count(ListQuery(text="Yıldız")) == ROWS
        assert file.stat().st_size == before
        assert [t.name for t in db.checkpoints if t.is_alive()] == ["indie-checkpoint"]
        held.set()
        for worker in db.checkpoints:
            worker.join(30)
        assert file.stat().st_size > before
        with db.engine.connect() as connection:
            # Every frame of the log is in the file now, and the connection the import used
            # checkpoints by itself again (the pool hands out the same one).
            busy, frames, copied = connection.exec_driver_sql(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).one()
            assert (busy, copied) == (0, frames)
            assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 20
    finally:
        held.set()
        db.dispose()


def test_closing_the_database_waits_for_the_copy_of_the_log(tmp_path: Path) -> None:
    db = open_local(tmp_path / "data")
    ws = Workspace(db, Actor.system())
    _import(ws, _csv(tmp_path))
    db.dispose()
    assert all(not t.is_alive() for t in db.checkpoints)
    again = open_local(tmp_path / "data")
    try:
        count = Workspace(again, Actor.system()).organisations.count(ListQuery(text="Metallbau"))
        assert count == ROWS
    finally:
        again.dispose()


def test_another_program_finds_the_import_at_once_while_the_log_is_not_yet_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real second process (the command line's search, as a colleague's script would run
    it) on the data folder right after the import's commit, while the copy of the log into
    the file is still waiting: it finds the imported records (they are in the log)."""
    import subprocess
    import sys

    monkeypatch.setattr(database, "WAL_AUTOCHECKPOINT", 20)
    held = threading.Event()
    run_checkpoint = Database._checkpoint

    def held_checkpoint(self: Database) -> None:
        held.wait(60)
        run_checkpoint(self)

    monkeypatch.setattr(Database, "_checkpoint", held_checkpoint)
    data_dir = tmp_path / "data"
    db = open_local(data_dir)
    file = data_dir / DB_FILENAME
    try:
        _import(Workspace(db, Actor.system()), _csv(tmp_path))
        size = file.stat().st_size
        command = [sys.executable, "-m", "indie_desktop", "search", "--data-dir", str(data_dir)]
        done = subprocess.run(
            [*command, "Yıldız Metallbau 17"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "Yıldız Metallbau 17 GmbH" in done.stdout
        assert file.stat().st_size == size  # the log was still not copied meanwhile
    finally:
        held.set()
        db.dispose()
