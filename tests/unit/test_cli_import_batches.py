"""`indie-desktop import --list-batches` and `--undo BATCH_ID`: an earlier import taken back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from indie_desktop.cli import main
from indie_desktop.services.context import Actor
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local
from tests.unit.test_cli import _register


def _names(data: Path) -> list[str]:
    db = open_local(data)
    try:
        ws = Workspace(db, Actor.system())
        return [r.name for r in ws.organisations.page(ListQuery(), 0, 10)]
    finally:
        db.dispose()


def test_earlier_import_is_listed_and_undone_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _register(data)
    first = tmp_path / "messe.csv"
    first.write_bytes("Firma;PLZ\r\nRuhr Sensorik GmbH;44799\r\n".encode("utf-8-sig"))
    second = tmp_path / "kammer.csv"
    second.write_bytes("Firma;PLZ\r\nWeiß & Söhne KG;44789\r\n".encode("utf-8-sig"))
    assert main(["import", str(first), "--data-dir", str(data)]) == 0
    assert main(["import", str(second), "--data-dir", str(data)]) == 0
    capsys.readouterr()

    assert main(["import", "--list-batches", "--data-dir", str(data)]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert len(listing) == 2 and "kammer.csv: 1 organisations, 0 people" in listing[0]
    batch = re.match(r"^(\S+)", listing[1])
    assert batch and "messe.csv" in listing[1]

    assert main(["import", "--undo", batch[1], "--data-dir", str(data)]) == 0
    assert _names(data) == ["Weiß & Söhne KG"]
    capsys.readouterr()
    assert main(["import", "--list-batches", "--data-dir", str(data)]) == 0
    assert "(undone)" in capsys.readouterr().out.splitlines()[1]
    assert main(["import", "--undo", batch[1], "--data-dir", str(data)]) == 2  # only once
    assert "already been undone" in capsys.readouterr().err
    assert main(["import", "--undo", "kein-batch", "--data-dir", str(data)]) == 2


def test_an_import_whose_backup_cannot_be_written_says_so_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from indie_desktop.store.backup import BACKUP_DIRNAME

    data = tmp_path / "data"
    _register(data)
    (data / BACKUP_DIRNAME).write_text("a file where the backup folder belongs")
    csv = tmp_path / "messe.csv"
    csv.write_bytes("Firma;PLZ\r\nŞükrü Yıldız Metallbau;58095\r\n".encode("utf-8-sig"))
    capsys.readouterr()
    assert main(["import", str(csv), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: nothing imported:") and "Traceback" not in err
    assert _names(data) == []
