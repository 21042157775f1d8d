"""Backups, restore and damage detection of the local database, on real files.

Damage is made as it happens: a file cut short (copied to a stick that was pulled), bytes
overwritten inside a page (a bad sector), a file that is something else entirely.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from indie_desktop.cli import main
from indie_desktop.config import Paths, Settings
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.importing.plan import ImportSettings
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, DatabaseDamaged, open_local
from tests.unit import import_files as f

NAMES = ("Yıldız Metallbau GmbH", "Łukasz Wiśniewski Elektro", "Zoë Ñúñez Design")


def _filled(data_dir: Path, names: tuple[str, ...] = NAMES) -> Path:
    """A local database with a user and a few organisations; returns the file."""
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    for name in names:
        ws.organisations.create(OrganisationDraft(name=name))
    db.dispose()
    return data_dir / DB_FILENAME


def _org_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM organisation"))
    finally:
        con.close()


def _policy(tmp_path: Path, keep: int = 10) -> b.BackupPolicy:
    return b.BackupPolicy(tmp_path / "sicherung", keep)


def _page_of(path: Path, table: str) -> tuple[int, int]:
    """(offset, page size) of the root page of `table`."""
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        return (root.fetchone()[0] - 1) * page_size, page_size
    finally:
        con.close()


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


# --- taking backups ------------------------------------------------------------------------------


def test_a_backup_of_an_open_database_holds_every_committed_row(tmp_path: Path) -> None:
    db = open_local(tmp_path / "data")
    directory = Workspace(db, Actor.system()).directory
    choice = directory.institution_choices()[0]
    ws = Workspace(db, directory.register_local_user(choice, "Zoë", "Ñúñez"))
    ws.organisations.create(OrganisationDraft(name="Müller Präzisionstechnik"))
    # The app keeps the file open in WAL mode: the row is in the -wal file, not the main file.
    copy = b.take_backup(db.path, _policy(tmp_path), b.MANUAL)
    assert b.maybe_open(db.path)  # what `restore` looks at before replacing the file
    db.dispose()
    assert not b.maybe_open(db.path)
    assert _org_names(copy) == ["Müller Präzisionstechnik"]
    assert not Path(str(copy) + "-wal").exists()
    assert b.check_file(copy).ok


def test_backups_rotate_keeping_the_newest_n(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path, keep=3)
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(5):
        b.take_backup(source, policy, b.DAILY, when=start + timedelta(days=day))
    (policy.folder / "notizen.txt").write_text("not ours")
    kept = b.list_backups(policy.folder)
    assert [i.taken_at.day for i in kept] == [5, 4, 3]
    assert (policy.folder / "notizen.txt").exists()


def test_the_daily_backup_is_taken_at_most_once_a_day(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    morning = datetime(2026, 11, 24, 8, 0)
    assert b.daily_backup(source, policy, now=morning) is not None
    assert b.daily_backup(source, policy, now=morning + timedelta(hours=6)) is None
    assert b.daily_backup(source, policy, now=morning + timedelta(days=1)) is not None
    assert [i.reason for i in b.list_backups(policy.folder)] == [b.DAILY, b.DAILY]


def test_no_daily_backup_of_a_damaged_file(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    offset, page_size = _page_of(source, "organisation")
    with source.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xab" * page_size)
    with pytest.raises(b.BackupError, match="damaged"):
        b.daily_backup(source, policy)
    assert b.list_backups(policy.folder) == []


def test_a_migration_backs_up_into_the_chosen_folder(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    con = sqlite3.connect(source)
    con.execute("UPDATE alembic_version SET version_num = '0004_referrals'")
    con.commit()
    con.close()
    policy = _policy(tmp_path)
    with pytest.raises(Exception):  # noqa: B017 - the downgraded stamp cannot re-run 0005
        open_local(tmp_path / "data", policy)
    [copy] = b.list_backups(policy.folder)
    assert copy.reason == b.BEFORE_MIGRATION
    assert _org_names(copy.path) == sorted(NAMES)


def test_an_import_backs_up_the_file_first(tmp_path: Path) -> None:
    _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    db = open_local(tmp_path / "data", policy)
    ws = Workspace(db, Workspace(db, Actor.system()).directory.local_actor() or Actor.system())
    csv = tmp_path / "kontakte.csv"
    csv.write_bytes(f.CP1252_CSV)
    table = ws.imports.read(csv)
    ws.imports.run(table, ImportSettings(mapping=ws.imports.automatic_mapping(table)))
    db.dispose()
    [copy] = b.list_backups(policy.folder)
    assert copy.reason == b.BEFORE_IMPORT
    assert _org_names(copy.path) == sorted(NAMES)  # as it was before the import
    assert "Müller Präzisionstechnik GmbH" in _org_names(tmp_path / "data" / DB_FILENAME)


# --- damage --------------------------------------------------------------------------------------


def test_a_truncated_file_is_refused_at_open_and_left_as_it_is(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    _checkpoint(source)
    data = source.read_bytes()
    cut = data[: len(data) // 2 + 100]  # mid-page, as a pulled USB stick leaves it
    source.write_bytes(cut)
    with pytest.raises(DatabaseDamaged, match="truncated") as caught:
        open_local(tmp_path / "data")
    assert caught.value.path == source
    assert source.read_bytes() == cut


def test_a_file_cut_at_a_page_boundary_is_found_too(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    _checkpoint(source)
    data = source.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    source.write_bytes(data[: page_size * 3])
    health = b.check_file(source, full=False)
    assert not health.ok and "truncated" in health.problem
    with pytest.raises(DatabaseDamaged):
        open_local(tmp_path / "data")


def test_flipped_bytes_in_a_page_fail_the_check(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    _checkpoint(source)
    assert b.check_file(source).ok
    offset, _size = _page_of(source, "organisation")
    with source.open("r+b") as fh:  # the b-tree page header: cell count and pointers
        fh.seek(offset + 1)
        fh.write(bytes([0xFF, 0xFE, 0xFF, 0xFD, 0x00, 0x07, 0xFF]))
    health = b.check_file(source)
    assert not health.ok
    assert health.problem == "The database file is damaged."


def test_another_kind_of_file_is_no_database(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"PK\x03\x04 an Excel file saved under the wrong name")
    health = b.check_file(tmp_path / DB_FILENAME)
    assert not health.ok and "not a usable database" in health.problem


# --- previews and restore -----------------------------------------------------------------------


def test_a_preview_shows_date_and_counts(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    copy = b.take_backup(source, _policy(tmp_path), b.MANUAL, when=datetime(2026, 11, 24, 7, 30))
    p = b.preview(copy)
    assert p.health.ok
    assert p.info.taken_at == datetime(2026, 11, 24, 7, 30)
    assert (p.organisations, p.people, p.activities) == (3, 0, 0)
    assert p.revision is not None


def test_restore_keeps_the_current_file_as_a_backup_first(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path, keep=2)
    old = b.take_backup(source, policy, b.MANUAL, when=datetime(2026, 1, 1))
    b.take_backup(source, policy, b.DAILY)
    db = open_local(tmp_path / "data")
    ws = Workspace(db, Workspace(db, Actor.system()).directory.local_actor() or Actor.system())
    ws.organisations.create(OrganisationDraft(name="Neu nach der Sicherung"))
    db.dispose()
    # The oldest backup, with only two kept: the copy of the current file must not rotate it
    # away before it is restored.
    result = b.restore(source, old, policy)
    assert not result.damaged and result.kept_copy is not None
    assert "Neu nach der Sicherung" in _org_names(result.kept_copy)
    assert _org_names(source) == sorted(NAMES)
    db = open_local(tmp_path / "data")  # opens normally afterwards
    db.dispose()


def test_restoring_over_a_damaged_file_sets_it_aside_untouched(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    good = b.take_backup(source, policy, b.DAILY)
    _checkpoint(source)
    damaged = source.read_bytes()[:5000]
    source.write_bytes(damaged)
    newest = b.newest_good_backup(policy.folder)
    assert newest is not None and newest.info.path == good
    result = b.restore(source, good, policy)
    assert result.damaged and result.kept_copy is not None
    assert result.kept_copy.parent == source.parent
    assert result.kept_copy.name.startswith(f"{DB_FILENAME}.damaged-")
    assert result.kept_copy.read_bytes() == damaged
    assert _org_names(source) == sorted(NAMES)


def test_a_damaged_backup_is_never_restored(tmp_path: Path) -> None:
    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    copy = b.take_backup(source, policy, b.MANUAL)
    copy.write_bytes(copy.read_bytes()[:3000])
    before = source.read_bytes()
    with pytest.raises(b.BackupError, match="cannot be used"):
        b.restore(source, copy, policy)
    assert source.read_bytes() == before
    assert b.newest_good_backup(policy.folder) is None


# --- command line --------------------------------------------------------------------------------


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    source = _filled(data)
    settings = Settings(Paths.resolve(data).settings_file)
    settings.set("backup_folder", str(tmp_path / "USB Stick"))
    settings.set("backup_keep", 5)
    settings.save()
    assert main(["backup", "--data-dir", str(data)]) == 0
    [copy] = b.list_backups(tmp_path / "USB Stick")
    assert main(["restore", "--data-dir", str(data), "--list"]) == 0
    out = capsys.readouterr().out
    assert "3 organisations" in out and copy.path.name in out
    source.write_bytes(source.read_bytes()[:4096])
    assert main(["backup", "--data-dir", str(data)]) == 1
    assert "No backup taken" in capsys.readouterr().err
    # A -shm file left by a crash: no process holds it, so no --force is needed (a process
    # that holds the file: test_restore_refuses_while_another_process_has_the_file_open).
    Path(f"{source}-shm").write_bytes(b"\0" * 32768)
    assert main(["restore", "--data-dir", str(data), "--newest"]) == 0
    out = capsys.readouterr().out
    assert "damaged file set aside" in out
    assert _org_names(source) == sorted(NAMES)
    assert main(["restore", "--data-dir", str(data), "--from", str(tmp_path / "nichts")]) == 1


def test_an_unchanged_file_is_not_copied_again_before_an_import(tmp_path: Path) -> None:
    _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    db = open_local(tmp_path / "data", policy)
    assert db.path is not None
    first = db.take_backup(b.BEFORE_IMPORT)
    assert db.take_backup(b.BEFORE_IMPORT) == first  # nothing written since
    ws = Workspace(db, Workspace(db, Actor.system()).directory.local_actor() or Actor.system())
    ws.organisations.create(OrganisationDraft(name="Neu GmbH"))
    second = db.take_backup(b.BEFORE_IMPORT)
    db.dispose()
    assert second != first
    assert "Neu GmbH" in _org_names(second)


def test_half_written_copies_of_a_killed_process_are_cleaned_up(tmp_path: Path) -> None:
    import os

    source = _filled(tmp_path / "data")
    policy = _policy(tmp_path)
    policy.folder.mkdir(parents=True)
    old = policy.folder / "daily-20261101-080000.sqlite3.partial"
    old.write_bytes(b"half")
    os.utime(old, (0, 0))
    fresh = policy.folder / "daily-20261124-080000.sqlite3.partial"
    fresh.write_bytes(b"being written right now")
    b.take_backup(source, policy, b.MANUAL)
    assert not old.exists() and fresh.exists()
