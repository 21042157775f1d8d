"""Files held for a moment by a virus scanner, the search indexer or a sync client (Windows
refuses to rename or delete them: PermissionError, simulated here): backups and attachments are
retried until the file is free; a file that stays held during a restore gives a message."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from indie_desktop.cli import main
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, open_local

REAL_REPLACE = os.replace


def _filled(data_dir: Path) -> Workspace:
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    ws.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    return ws


def _held_for(times: int, held: Callable[[Path], bool]) -> Callable[..., None]:
    """os.replace as Windows does it while another program has the file open for a moment."""
    left = [times]

    def replace(source: str | Path, target: str | Path) -> None:
        if held(Path(source)) and left[0] > 0:
            left[0] -= 1
            raise PermissionError(13, "The process cannot access the file", str(source))
        REAL_REPLACE(source, target)

    return replace


def test_a_backup_scanned_by_the_virus_scanner_right_after_writing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _filled(tmp_path / "Daten")
    ws.db.dispose()
    policy = b.BackupPolicy(tmp_path / "Sicherung")
    monkeypatch.setattr(os, "replace", _held_for(3, lambda p: p.name.endswith(".partial")))
    taken = b.take_backup(tmp_path / "Daten" / DB_FILENAME, policy, b.BEFORE_MIGRATION)
    assert b.preview(taken).organisations == 1
    assert not list(policy.folder.glob("*.partial"))


def test_an_attachment_held_by_the_indexer_for_a_moment_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _filled(tmp_path / "Daten")
    try:
        org = ws.organisations.create(OrganisationDraft(name="Zoë Ñúñez Design"))
        source = tmp_path / "Angebot Zoë.pdf"
        source.write_bytes(b"%PDF-1.4 Angebot")
        monkeypatch.setattr(os, "replace", _held_for(2, lambda p: p.suffix == ".part"))
        attachment = ws.attachments.add("organisation", org, source)
        assert ws.attachments.open_path(attachment).read_bytes() == b"%PDF-1.4 Angebot"
    finally:
        ws.close()


def test_a_database_file_held_during_restore_gives_a_message_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "Daten"
    ws = _filled(data_dir)
    ws.db.dispose()
    db_file = data_dir / DB_FILENAME
    b.take_backup(db_file, b.BackupPolicy(data_dir / "backups"), b.MANUAL)
    db_file.write_bytes(db_file.read_bytes()[:5000])  # damaged: it is set aside by renaming
    damaged = db_file.read_bytes()
    monkeypatch.setattr("indie_desktop.store.file_retry.RETRY_SECONDS", 0.3)
    monkeypatch.setattr(os, "replace", _held_for(10**6, lambda p: p == db_file))

    assert main(["restore", "--newest", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "is in use by another program" in err and str(db_file) in err
    assert db_file.read_bytes() == damaged  # nothing replaced, nothing lost

    monkeypatch.setattr(os, "replace", REAL_REPLACE)  # the scanner let go
    assert main(["restore", "--newest", "--data-dir", str(data_dir)]) == 0
    con = sqlite3.connect(db_file)
    assert con.execute("SELECT count(*) FROM organisation").fetchone() == (1,)
    con.close()
