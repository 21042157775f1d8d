"""The frozen build's start (issue 18): the PyInstaller onedir application against a frozen bare
window, both launched as a user launches them (the executable, no Python around it).

Both builds are made from this checkout into tests/bench/.cache/frozen/ when the figure runs and
none is there yet, or the sources changed since (a few minutes each; `--only cold_start_frozen`
runs just this figure). The application reports its first paint through INDIE_START_PROBE (see
indie_desktop/ui/start_probe.py), the bare window through the same protocol (frozen_bare.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dataset
from context import BenchRun, qt_platform_env
from harness import NotMeasurable, Skipped, Target, figure

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parents[1]
FROZEN = dataset.CACHE_ROOT / "frozen"
EXE = ".exe" if sys.platform == "win32" else ""
START_TIMEOUT_S = 180


def _sources_fingerprint() -> str:
    """Changes when anything frozen into the app changes (code, resources, the spec)."""
    digest = hashlib.sha256()
    files = sorted((ROOT / "indie_desktop").rglob("*"))
    for path in [ROOT / "build.spec", BENCH_DIR / "frozen_bare.py", *files]:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _build(run: BenchRun) -> tuple[Path, Path]:
    """(application executable, bare-window executable), built if missing or stale."""
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        raise NotMeasurable("PyInstaller is not installed (pip install '.[build]')")
    stamp = FROZEN / "sources.txt"
    app_exe = FROZEN / "dist" / "indie-desktop" / f"indie-desktop{EXE}"
    bare_exe = FROZEN / "dist" / "bare-window" / f"bare-window{EXE}"
    fingerprint = _sources_fingerprint()
    fresh = stamp.is_file() and stamp.read_text() == fingerprint
    if fresh and app_exe.is_file() and bare_exe.is_file():
        return app_exe, bare_exe
    shutil.rmtree(FROZEN, ignore_errors=True)
    FROZEN.mkdir(parents=True)
    common = ["--noconfirm", "--distpath", str(FROZEN / "dist"), "--workpath", str(FROZEN / "work")]
    run.log("  building the frozen application (PyInstaller, a few minutes)")
    _pyinstaller([*common, str(ROOT / "build.spec")])
    run.log("  building the frozen bare window")
    bare_script = str(BENCH_DIR / "frozen_bare.py")
    _pyinstaller(
        [*common, "--onedir", "--name", "bare-window", "--specpath", str(FROZEN), bare_script]
    )
    stamp.write_text(fingerprint)
    return app_exe, bare_exe


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


def _pyinstaller(args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--log-level", "WARN", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"PyInstaller failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def launch_frozen(command: list[str]) -> float:
    """Seconds from launching `command` to the first paint it reports."""
    with tempfile.TemporaryDirectory(prefix="indie-start-") as tmp:
        report_file = Path(tmp) / "start.json"
        env = {**qt_platform_env(), "INDIE_START_PROBE": str(report_file)}
        started = time.time()
        proc = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=START_TIMEOUT_S, check=False
        )
        if not report_file.is_file():
            raise RuntimeError(
                f"{Path(command[0]).name} exited {proc.returncode} without reporting its first "
                f"paint:\n{proc.stderr[-3000:]}"
            )
        return float(json.loads(report_file.read_text(encoding="utf-8"))["shown_at"]) - started


def _starts(run: BenchRun) -> dict[str, list[float]]:
    """Frozen app and frozen bare-window starts, alternated (one unrecorded start of each)."""
    if "frozen_starts" not in run.memo:
        app_exe, bare_exe = _build(run)
        app = [str(app_exe), "--data-dir", str(run.data.data_dir), "--lang", "de"]
        bare = [str(bare_exe)]
        launch_frozen(bare)
        launch_frozen(app)
        starts: dict[str, list[float]] = {"app": [], "bare": []}
        for i in range(run.reps(full=7, quick=2)):
            run.log(f"  frozen start {i + 1}: bare window + app")
            starts["bare"].append(launch_frozen(bare) * 1000)
            starts["app"].append(launch_frozen(app) * 1000)
        run.memo["frozen_starts"] = starts
    starts_ms: dict[str, list[float]] = run.memo["frozen_starts"]
    return starts_ms


def cold_start_frozen_baseline(run: BenchRun) -> list[float]:
    return _starts(run)["bare"]


@figure(
    "cold_start_frozen",
    target=Target(ratio=2.0, source="issue 18"),
    baseline=cold_start_frozen_baseline,
    baseline_label="frozen (PyInstaller onedir) bare PySide6 window + import sqlalchemy",
    note="the onedir build launched as a user does -> first paint of the default list; "
    "builds are made into tests/bench/.cache/frozen/ when missing (slow); skipped with "
    "--quick unless INDIE_BENCH_FROZEN=1",
)
def cold_start_frozen(run: BenchRun) -> list[float]:
    if run.quick and os.environ.get("INDIE_BENCH_FROZEN") != "1":
        raise Skipped("the frozen builds take minutes: set INDIE_BENCH_FROZEN=1 with --quick")
    return _starts(run)["app"]
