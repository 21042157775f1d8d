"""kill -9 in the middle of an import or an erasure: the file stays intact, the change is all or
nothing, and the copy the step was taking is gone after the next start (issue 16).

The commands run as a user runs them (`python -m indie_desktop …`, a real second process) and
are killed at several moments of their work: while reading, while the backup is copied, while
writing. Each moment must leave a database that passes SQLite's integrity check and holds
either the state before or the state after, never a part of it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indie_desktop.domain.redaction import ANONYMOUS
from indie_desktop.services.directory.staff import DirectoryService
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.database import DB_FILENAME, open_local
from tests import privacy_scenario as scenario

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9")

ROWS = 4000
ROOT = Path(__file__).resolve().parents[2]


def _registered(data_dir: Path) -> Workspace:
    db = open_local(data_dir)
    directory = DirectoryService(db)
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    actor = directory.register_local_user(choice, "Şükrü", "Yıldız", "s.yildiz@example.de")
    return Workspace(db, actor)


def _csv(path: Path) -> Path:
    lines = ["Firma;Straße;PLZ;Ort"]
    lines += [f"Zoë Ñúñez Metallbau {i} GmbH;Hafenstraße {i};44147;Dortmund" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "indie_desktop", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _kill_after(proc: subprocess.Popen[bytes], seconds: float) -> bool:
    """kill -9 after `seconds` (True), or False when the command finished before."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return True


def _intact(db_file: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db_file)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return con


def _kill_moments(proc_seconds: float) -> list[float]:
    """Moments spread over the work (its length measured by one uninterrupted run)."""
    return [proc_seconds * f for f in (0.15, 0.35, 0.55, 0.75, 0.9)]


def test_an_import_killed_at_any_moment_leaves_all_or_nothing_and_no_copy_behind(
    tmp_path: Path,
) -> None:
    csv = _csv(tmp_path / "Adressen Ruhr #2.csv")
    timing = tmp_path / "timing"
    _registered(timing).db.dispose()
    started = time.monotonic()
    assert _cli("import", str(csv), "--data-dir", str(timing)).wait(timeout=300) == 0
    moments = _kill_moments(time.monotonic() - started)

    killed_any = False
    for n, moment in enumerate(moments):
        data_dir = tmp_path / f"Daten {n}"
        _registered(data_dir).db.dispose()
        proc = _cli("import", str(csv), "--data-dir", str(data_dir))
        killed = _kill_after(proc, moment)
        killed_any |= killed
        db_file = data_dir / DB_FILENAME
        con = _intact(db_file)
        count = con.execute(
            "SELECT count(*) FROM organisation WHERE name LIKE 'Zoë Ñúñez Metallbau %'"
        ).fetchone()[0]
        con.close()
        assert count in (0, ROWS), f"killed after {moment:.2f} s: {count} of {ROWS} rows"
        open_local(data_dir).dispose()  # the next start
        assert not list(data_dir.rglob("*.partial")), f"killed after {moment:.2f} s"
        assert all(b.preview(i.path).health.ok for i in b.list_backups(data_dir / "backups"))
    assert killed_any  # at least one kill landed inside the import


def test_an_erasure_killed_at_any_moment_leaves_the_person_whole_or_erased(
    tmp_path: Path,
) -> None:
    def prepared(folder: Path) -> scenario.Scenario:
        ws = _registered(folder)
        sc = scenario.build(ws, tmp_path)
        ws.db.dispose()
        return sc

    def erase(folder: Path, sc: scenario.Scenario) -> subprocess.Popen[bytes]:
        return _cli(
            "privacy",
            "erase",
            "--data-dir",
            str(folder),
            "--person",
            str(sc.person_id),
            "--yes",
            "--redact-mentions",
        )

    timing = tmp_path / "timing"
    sc = prepared(timing)
    started = time.monotonic()
    assert erase(timing, sc).wait(timeout=300) == 0
    moments = _kill_moments(time.monotonic() - started)

    killed_any = False
    for n, moment in enumerate(moments):
        data_dir = tmp_path / f"Daten {n}"
        sc = prepared(data_dir)
        killed_any |= _kill_after(erase(data_dir, sc), moment)
        con = _intact(data_dir / DB_FILENAME)
        last_names = {
            row[0]
            for row in con.execute(
                "SELECT last_name FROM person WHERE id IN (?, ?)",
                (sc.person_id.hex, str(sc.person_id)),
            )
        }
        mentions = con.execute(
            "SELECT count(*) FROM activity WHERE report LIKE ?", (f"%{scenario.LAST}%",)
        ).fetchone()[0]
        con.close()
        assert last_names in ({scenario.LAST}, {ANONYMOUS}, set()), last_names
        if last_names != {scenario.LAST}:
            assert mentions == 0  # erased means erased everywhere, in one step
        open_local(data_dir).dispose()  # the next start
        assert not list(data_dir.rglob("*.partial"))
    assert killed_any
