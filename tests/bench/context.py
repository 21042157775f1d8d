"""What the figures share within one benchmark run: the data set, a workspace, a raw
connection, a Qt application, and the GUI probe runs (cold start and memory use the same ones).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from baselines import connect
from dataset import PreparedData
from harness import NotMeasurable

PROBE = Path(__file__).resolve().parent / "gui_probe.py"
PROBE_TIMEOUT_S = 600


@dataclass
class ProbeRun:
    seconds: float  # launch -> first paint with data (app) or of the bare window (baseline)
    report: dict[str, Any]


@dataclass
class ProbeRuns:
    app: list[ProbeRun] = field(default_factory=list)
    baseline: list[ProbeRun] = field(default_factory=list)


def qt_platform_env() -> dict[str, str]:
    """The probes' environment: offscreen Qt, and bytecode caching on as in an installed app.

    pip and PyInstaller ship compiled bytecode; a shell with PYTHONDONTWRITEBYTECODE would make
    every probe compile the sources again, which no user's start pays. The unrecorded first
    start writes the cache."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def launch(args: list[str]) -> ProbeRun:
    """Start gui_probe.py in a fresh interpreter; seconds from launch to its reported paint."""
    started = time.time()
    proc = subprocess.run(
        [sys.executable, str(PROBE), *args],
        capture_output=True,
        text=True,
        env=qt_platform_env(),
        timeout=PROBE_TIMEOUT_S,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(
            f"gui_probe {' '.join(args)} exited {proc.returncode} without a report:\n"
            f"{proc.stderr[-3000:]}"
        )
    report = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(f"gui_probe {args[0]}: {report['error']} ({report})")
    return ProbeRun(report["shown_at"] - started, report)


class BenchRun:
    """One invocation of run.py."""

    def __init__(
        self, data: PreparedData, *, quick: bool, only: set[str], log: Callable[[str], None]
    ) -> None:
        self.data = data
        self.quick = quick
        self.only = only
        self.log = log
        self.extras: dict[str, dict[str, Any]] = {}  # figure name -> details for --json
        self.memo: dict[str, Any] = {}  # what several figures share (chosen ids, ...)
        self._probes: ProbeRuns | None = None
        self._qt: Any = None

    def reps(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    @cached_property
    def workspace(self) -> Any:
        from indie_desktop.services.directory.staff import DirectoryService
        from indie_desktop.services.workspace import Workspace
        from indie_desktop.store.database import open_local

        db = open_local(self.data.data_dir)
        actor = DirectoryService(db).local_actor()
        if actor is None:
            raise RuntimeError(f"no user registered in {self.data.db_path}")
        return Workspace(db, actor)

    @cached_property
    def raw(self) -> sqlite3.Connection:
        return connect(self.data.db_path)

    def qt(self) -> Any:
        """The QApplication for in-process Qt models (offscreen unless told otherwise)."""
        if self._qt is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            self._qt = QApplication.instance() or QApplication(sys.argv[:1])
        return self._qt

    def probes(self) -> ProbeRuns:
        """GUI starts and bare-window starts, alternated so both see the same machine load.

        One unrecorded start of each comes first: the figures are for a warm file cache
        (a start after the files were read once), which is what a second start of the day sees.
        """
        if self._probes is None:
            if not (Path(__file__).resolve().parents[2] / "indie_desktop" / "app.py").exists():
                raise NotMeasurable("indie_desktop/app.py (run_gui) does not exist yet")
            runs = ProbeRuns()
            app_args = ["app", str(self.data.data_dir)]
            launch(["baseline"])
            launch(app_args)
            # 15 pairs: single starts on the 2-core build machine vary by a quarter, and
            # the median of 7 moved the ratio by 0.3 between two runs of the same code.
            for i in range(self.reps(full=15, quick=2)):
                self.log(f"  start {i + 1}: baseline + app")
                runs.baseline.append(launch(["baseline"]))
                runs.app.append(launch(app_args))
            self._probes = runs
        return self._probes

    def probe_scrolled(self) -> dict[str, Any]:
        """One GUI start that then fetches the shown list to its end (for peak memory)."""
        if "scrolled" not in self.memo:
            self.probes()  # same preconditions, and the files are warm
            self.log("  start: app, scrolling the list to its end")
            self.memo["scrolled"] = launch(
                ["app", str(self.data.data_dir), "--scroll-to-end"]
            ).report
        report: dict[str, Any] = self.memo["scrolled"]
        return report

    def close(self) -> None:
        if "workspace" in self.__dict__:
            self.workspace.close()
        if "raw" in self.__dict__:
            self.raw.close()
