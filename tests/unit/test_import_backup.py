"""The copy of the database taken before an import, made while the import reads the file.

The copy runs in a worker thread beside reading, validating and duplicate checking, and under
WAL beside writing the batch too; the commit waits for it. What the user relies on: the copy
holds the state before the import, a failed copy means nothing is imported, and checking a
file (dry run) or importing nothing leaves no copy behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import DuplicatePolicy, ImportSettings
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, Database, open_local
from tests.unit import import_files as f

NAMES = ("Yıldız Metallbau GmbH", "Łukasz Wiśniewski Elektro", "Zoë Ñúñez Design")


def _workspace(data_dir: Path, policy: b.BackupPolicy) -> tuple[Database, Workspace]:
    db = open_local(data_dir, policy)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    for name in NAMES:
        ws.organisations.create(OrganisationDraft(name=name))
    return db, ws


def _org_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM organisation"))
    finally:
        con.close()


def _import(ws: Workspace, tmp_path: Path, data: bytes = f.CP1252_CSV, **kw: object):  # type: ignore[no-untyped-def]
    csv = tmp_path / "kontakte.csv"
    csv.write_bytes(data)
    table = ws.imports.read(csv)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table), source=csv.name)
    return ws.imports.run(table, ImportSettings(**{**settings.__dict__, **kw}))  # type: ignore[arg-type]


def _live_names(ws: Workspace) -> list[str]:
    return sorted(r.name for r in ws.organisations.page(ListQuery(), 0, 100))


def test_the_copy_before_an_import_holds_the_records_as_they_were(tmp_path: Path) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    report = _import(ws, tmp_path)
    db.dispose()
    assert report.created_organisations == 2
    [copy] = b.list_backups(policy.folder)
    assert copy.reason == b.BEFORE_IMPORT
    assert _org_names(copy.path) == sorted(NAMES)
    assert "Weiß & Söhne KG" in _org_names(tmp_path / "data" / DB_FILENAME)
    assert not list(policy.folder.glob("*.partial"))


def test_when_the_copy_fails_nothing_is_imported_and_the_user_is_told_why(
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "sicherung"
    blocked.write_text("not a folder: no copy can be written here")
    db, ws = _workspace(tmp_path / "data", b.BackupPolicy(blocked, 10))
    with pytest.raises(b.BackupError, match=r"backup into .*sicherung failed"):
        _import(ws, tmp_path)
    assert _live_names(ws) == sorted(NAMES)
    assert ws.imports.batches() == []
    db.dispose()


def test_checking_a_file_leaves_no_copy_behind(tmp_path: Path) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    csv = tmp_path / "kontakte.csv"
    csv.write_bytes(f.CP1252_CSV)
    table = ws.imports.read(csv)
    report = ws.imports.run(
        table, ImportSettings(mapping=ws.imports.automatic_mapping(table)), dry_run=True
    )
    db.dispose()
    assert report.dry_run and report.created_organisations == 2
    assert not policy.folder.exists() or not any(policy.folder.iterdir())


def test_an_import_that_writes_nothing_leaves_no_copy_behind(tmp_path: Path) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    _import(ws, tmp_path)
    [first] = b.list_backups(policy.folder)
    # The same file again, every row a known firm and person, skipped by the policy.
    again = _import(ws, tmp_path, on_duplicate=DuplicatePolicy.SKIP)
    db.dispose()
    assert again.created_organisations == 0 and again.created_people == 0
    assert len(again.skipped) == 2
    assert [c.path for c in b.list_backups(policy.folder)] == [first.path]
    assert not list(policy.folder.glob("*.partial"))


def test_a_cancelled_import_writes_nothing_and_leaves_no_copy_behind(tmp_path: Path) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    csv = tmp_path / "kontakte.csv"
    csv.write_bytes(f.CP1252_CSV)
    table = ws.imports.read(csv)
    settings = ImportSettings(mapping=ws.imports.automatic_mapping(table))
    with pytest.raises(InterruptedError):
        ws.imports.run(table, settings, cancelled=lambda: True)
    assert _live_names(ws) == sorted(NAMES)
    db.dispose()
    assert not policy.folder.exists() or not any(policy.folder.iterdir())


def test_a_background_copy_is_named_as_a_backup_only_when_finished(tmp_path: Path) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, _ws = _workspace(tmp_path / "data", policy)
    assert db.path is not None
    db.dispose()
    kept = b.BackgroundBackup(db.path, policy, b.BEFORE_IMPORT)
    dropped = b.BackgroundBackup(db.path, policy, b.BEFORE_IMPORT)  # same second: own file
    path = kept.finish()
    dropped.discard()
    kept.discard()  # after finish(): keeps the copy
    assert [c.path for c in b.list_backups(policy.folder)] == [path]
    assert _org_names(path) == sorted(NAMES)
    assert sorted(p.name for p in policy.folder.iterdir()) == [path.name]


def test_no_second_copy_when_the_file_is_unchanged_since_the_newest_backup(
    tmp_path: Path,
) -> None:
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    assert db.path is not None
    daily = b.take_backup(db.path, policy, b.DAILY)  # e.g. the daily copy, just taken at start
    report = _import(ws, tmp_path)
    db.dispose()
    assert report.created_organisations == 2
    assert [c.path for c in b.list_backups(policy.folder)] == [daily]
    assert _org_names(daily) == sorted(NAMES)


def test_the_copy_holds_the_records_before_the_import_though_the_rows_are_written_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The batch is written while the copy is made and committed once it is finished; here the
    # copy starts only when every row of the batch is written (not yet committed).
    import threading

    from indie_desktop.services.importing import batches

    written = threading.Event()
    copy_to, finish = b._copy_to, batches._finish

    def late_copy(source: Path, partial: Path, progress: object = None) -> None:
        assert written.wait(60)
        copy_to(source, partial)

    def finish_after_writing(backup: b.BackgroundBackup | None) -> None:
        written.set()
        finish(backup)

    monkeypatch.setattr(b, "_copy_to", late_copy)
    monkeypatch.setattr(batches, "_finish", finish_after_writing)
    policy = b.BackupPolicy(tmp_path / "sicherung", 10)
    db, ws = _workspace(tmp_path / "data", policy)
    report = _import(ws, tmp_path)
    db.dispose()
    assert written.is_set() and report.created_organisations == 2
    [copy] = b.list_backups(policy.folder)
    assert _org_names(copy.path) == sorted(NAMES)
    assert "Weiß & Söhne KG" in _org_names(tmp_path / "data" / DB_FILENAME)


def test_another_program_reads_the_folder_while_the_batch_is_written_and_sees_the_old_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real second process (the command line's search, as a colleague's script would run
    it) on the data folder while the import has written its batch but not committed it: it is
    not kept waiting and finds the records as they were, the import's firm only afterwards."""
    import subprocess
    import sys

    from indie_desktop.services.importing import batches

    data_dir = tmp_path / "data"
    finish, bulk_insert = batches._finish, batches._bulk_insert
    seen: list[str] = []
    inserted: list[str] = []

    def recorded_insert(s: object, model: type, rows: list[dict[str, object]], *a: object) -> None:
        inserted.append(model.__tablename__)  # type: ignore[attr-defined]
        bulk_insert(s, model, rows, *a)  # type: ignore[arg-type]

    def search(text: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "indie_desktop", "search", "--data-dir", str(data_dir), text],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def finish_after_reading(backup: b.BackgroundBackup | None) -> None:
        if not seen:  # the batch is written now, its transaction still open
            assert "organisation" in inserted
            seen.append(search("Yıldız") + search("Weiß"))
        finish(backup)

    monkeypatch.setattr(batches, "_finish", finish_after_reading)
    monkeypatch.setattr(batches, "_bulk_insert", recorded_insert)
    db, ws = _workspace(data_dir, b.BackupPolicy(tmp_path / "sicherung", 10))
    report = _import(ws, tmp_path)
    db.dispose()
    assert report.created_organisations == 2
    [during] = seen
    assert "Yıldız Metallbau GmbH" in during and "Weiß & Söhne KG" not in during
    assert "Weiß & Söhne KG" in search("Weiß")
