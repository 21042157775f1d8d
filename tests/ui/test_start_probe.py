"""The start can be timed from outside (issue 18's frozen-build figure): with INDIE_START_PROBE
the real application, started as a user starts it, writes the moment its list first shows rows
and ends; without it the same start keeps running."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.app_lock import running_app
from indie_desktop.store.database import open_local


def _data_dir_with_a_company(data_dir: Path) -> None:
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Zoë", "Ñúñez"))
    ws.organisations.create(OrganisationDraft(name="Wiśniewski Antriebe GmbH"))
    db.dispose()


def _start(data_dir: Path, report: Path | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INDIE_START_PROBE", None)
    if report is not None:
        env["INDIE_START_PROBE"] = str(report)
    return subprocess.Popen(
        [sys.executable, "-m", "indie_desktop", "--data-dir", str(data_dir), "--lang", "de"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_probed_start_reports_the_first_list_with_rows_and_ends(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _data_dir_with_a_company(data_dir)
    report = tmp_path / "start.json"
    launched = time.time()
    proc = _start(data_dir, report)
    assert proc.wait(timeout=120) == 0
    values = json.loads(report.read_text(encoding="utf-8"))
    assert values["rows"] == 1
    assert launched < values["shown_at"] < time.time()


def test_without_the_probe_the_same_start_keeps_running(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _data_dir_with_a_company(data_dir)
    proc = _start(data_dir, None)
    try:
        end = time.monotonic() + 120
        while running_app(data_dir) is None:  # the app holds its folder: it is starting
            assert proc.poll() is None, "the app ended on its own"
            assert time.monotonic() < end, "the app did not start"
            time.sleep(0.2)
        time.sleep(3.0)  # a probed start ends within this on a list of one row
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=30)
