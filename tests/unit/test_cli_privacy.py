"""`indie-desktop privacy export|erase|review` on a local data folder."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from indie_desktop.cli import main
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import open_local
from tests import privacy_scenario as scenario


@pytest.fixture
def data_dir(tmp_path: Path) -> tuple[Path, scenario.Scenario]:
    folder = tmp_path / "data"
    db = open_local(folder)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Anna", "Schmidt", "a.schmidt@example.de")
    sc = scenario.build(Workspace(db, actor), tmp_path)
    db.dispose()
    return folder, sc


def test_privacy_export_writes_pdf_json_and_csv_with_names_intact(
    data_dir: tuple[Path, scenario.Scenario], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, sc = data_dir
    out = tmp_path / "auskunft"
    code = main(
        [
            "privacy",
            "export",
            "--data-dir",
            str(folder),
            "--person",
            str(sc.person_id),
            "--out",
            str(out),
        ]
    )
    assert code == 0
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["name"] == "Şükrü Yıldız"
    assert next(out.glob("*.pdf")).read_bytes().startswith(b"%PDF")
    assert (out / "csv" / "consents.csv").is_file()
    assert "PDF:" in capsys.readouterr().out


def test_privacy_erase_needs_yes_and_a_decision_about_mentions(
    data_dir: tuple[Path, scenario.Scenario], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, sc = data_dir
    base = ["privacy", "erase", "--data-dir", str(folder), "--person", str(sc.person_id)]
    assert main(base) == 2
    assert main([*base, "--yes"]) == 2
    assert "Other records mention the person" in capsys.readouterr().out
    assert main([*base, "--yes", "--redact-mentions"]) == 0
    assert "Erased. Reference L-" in capsys.readouterr().out
    assert main([*base, "--yes", "--redact-mentions"]) == 0  # a tombstone may be erased again
    assert main(["privacy", "erase", "--data-dir", str(folder), "--person", "x", "--yes"]) == 2


def test_privacy_review_prints_the_queue(
    data_dir: tuple[Path, scenario.Scenario], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _sc = data_dir
    assert main(["privacy", "review", "--data-dir", str(folder)]) == 0
    assert "Nobody to review" in capsys.readouterr().out
    assert main(["privacy", "review", "--data-dir", str(folder), "--years", "0"]) == 2


def test_privacy_erase_names_the_backup_files_that_still_hold_the_person(
    data_dir: tuple[Path, scenario.Scenario], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, sc = data_dir
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    holding = backups / "manual-20261120-080000.sqlite3"
    con = sqlite3.connect(folder / "indie.sqlite3")
    con.execute(f"VACUUM INTO '{holding}'")
    con.close()
    base = ["privacy", "erase", "--data-dir", str(folder), "--person", str(sc.person_id)]
    assert main([*base, "--yes", "--keep-mentions"]) == 0
    out = capsys.readouterr().out
    assert "Backups made before the erasure still hold the person's data" in out
    assert str(holding) in out
    assert main([*base, "--yes", "--keep-mentions"]) == 0  # the backup is left as it was
    assert str(holding) in capsys.readouterr().out
