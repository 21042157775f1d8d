"""Figures of the backups (issue 11): the copy of the network-scale file, the cheap check at
every open and the full integrity check after start; each beside raw sqlite3 doing the same."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from context import BenchRun
from harness import figure, time_ms


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="indie-bench-backup-"))


def backup_raw(run: BenchRun) -> list[float]:
    folder = _scratch()
    try:

        def work() -> None:
            src = sqlite3.connect(run.data.db_path)
            dst = sqlite3.connect(folder / "raw.sqlite3")
            src.backup(dst)
            dst.close()
            src.close()
            (folder / "raw.sqlite3").unlink()

        return time_ms(work, run.reps(full=3, quick=1), warmup=0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@figure(
    "backup_copy",
    baseline=backup_raw,
    baseline_label="sqlite3 backup API: the same file into a bare target",
    note=(
        "indie-desktop backup / the daily and before-import copy of the network-scale file "
        "(checked name, one-step copy, journal mode of the copy, rotation); runs in the "
        "background after start, in the import's progress when importing"
    ),
)
def backup_copy(run: BenchRun) -> list[float]:
    from indie_desktop.store import backup as b

    folder = _scratch()
    policy = b.BackupPolicy(folder, keep=1)
    try:
        return time_ms(
            lambda: b.take_backup(run.data.db_path, policy, b.MANUAL),
            run.reps(full=3, quick=1),
            warmup=0,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def header_raw(run: BenchRun) -> list[float]:
    def work() -> None:
        with run.data.db_path.open("rb") as fh:
            fh.read(100)

    return time_ms(work, run.reps(full=200, quick=20))


@figure(
    "open_check",
    target=None,
    baseline=header_raw,
    baseline_label="reading the file's 100-byte header",
    note="at every open: header, page size, file size against the page count (truncation)",
)
def open_check(run: BenchRun) -> list[float]:
    from indie_desktop.store.backup import check_file

    return time_ms(lambda: check_file(run.data.db_path, full=False), run.reps(full=200, quick=20))


def quick_check_raw(run: BenchRun) -> list[float]:
    def work() -> None:
        con = sqlite3.connect(run.data.db_path)
        con.execute("PRAGMA quick_check").fetchall()
        con.close()

    return time_ms(work, run.reps(full=3, quick=1))


@figure(
    "integrity_check",
    baseline=quick_check_raw,
    baseline_label="raw PRAGMA quick_check",
    note="after start in the background, before the daily backup: header checks + quick_check",
)
def integrity_check(run: BenchRun) -> list[float]:
    from indie_desktop.store.backup import check_file

    return time_ms(lambda: check_file(run.data.db_path), run.reps(full=3, quick=1))
