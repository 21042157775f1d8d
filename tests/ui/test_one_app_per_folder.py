"""One app per data folder, with real processes under offscreen Qt: a second start hands over to
the running window and exits, commands that write refuse beside it naming it, and the lock of an
app that crashed (kill -9) is taken over by the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from indie_desktop.services.context import Actor
from indie_desktop.services.directory.organisations import OrganisationDraft
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import backup as b
from indie_desktop.store.app_lock import lock_path, running_app
from indie_desktop.store.database import DB_FILENAME, open_local

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and /proc are POSIX")

HANDED_OVER = "handed over"


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _registered(data_dir: Path) -> None:
    db = open_local(data_dir)
    directory = Workspace(db, Actor.system()).directory
    choice = next(c for c in directory.institution_choices() if c.short_name == "WF Dortmund")
    ws = Workspace(db, directory.register_local_user(choice, "Şükrü", "Yıldız"))
    ws.organisations.create(OrganisationDraft(name="Yıldız Metallbau GmbH"))
    db.dispose()
    b.take_backup(data_dir / DB_FILENAME, b.BackupPolicy(data_dir / "backups"), b.MANUAL)


def _wait(condition: Callable[[], bool], what: str, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "indie-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "indie_desktop", *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )


@pytest.fixture
def started() -> Iterator[Callable[[Path], subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []

    def start(data_dir: Path) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "indie_desktop", "--data-dir", str(data_dir)],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _holding(data_dir: Path, proc: subprocess.Popen[bytes]) -> Callable[[], bool]:
    def check() -> bool:
        assert proc.poll() is None, f"the app exited with {proc.returncode}"
        app = running_app(data_dir)
        return app is not None and app.pid == proc.pid and "starting" in _log(data_dir)

    return check


def test_a_second_start_on_the_same_folder_brings_the_first_to_the_front_and_exits(
    tmp_path: Path, started: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    data_dir = tmp_path / "Daten #1"
    _registered(data_dir)
    first = started(data_dir)
    _wait(_holding(data_dir, first), "the first app to hold the folder")

    second = _cli("--data-dir", str(data_dir))
    assert second.returncode == 0, second.stderr
    _wait(lambda: HANDED_OVER in _log(data_dir), "the first app to be asked to the front")
    assert first.poll() is None  # the first app runs on, the second did not open the database


def test_commands_that_write_refuse_beside_the_running_app_and_name_it(
    tmp_path: Path, started: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    data_dir = tmp_path / "Daten"
    _registered(data_dir)
    first = started(data_dir)
    _wait(_holding(data_dir, first), "the app to hold the folder")
    before = (data_dir / DB_FILENAME).stat().st_mtime_ns

    for command in (
        ["restore", "--newest", "--force"],
        ["demo", "--organisations", "5"],
        ["privacy", "erase", "--person", "00000000-0000-0000-0000-000000000001", "--yes"],
    ):
        refused = _cli(*command, "--data-dir", str(data_dir))
        assert refused.returncode == 1, command
        assert f"In|Die Desktop (process {first.pid})" in refused.stderr, refused.stderr
        assert "close the application first" in refused.stderr

    # Reading goes on beside it.
    found = _cli("search", "Metallbau", "--data-dir", str(data_dir))
    assert found.returncode == 0 and "Metallbau" in found.stdout
    assert (data_dir / DB_FILENAME).stat().st_mtime_ns == before


def test_the_lock_of_an_app_killed_by_a_crash_is_taken_over_by_the_next_start(
    tmp_path: Path, started: Callable[[Path], subprocess.Popen[bytes]]
) -> None:
    data_dir = tmp_path / "Daten"
    _registered(data_dir)
    crashed = started(data_dir)
    _wait(_holding(data_dir, crashed), "the app to hold the folder")
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=30)
    assert lock_path(data_dir).exists()  # left behind by the crash
    assert running_app(data_dir) is None  # its process is gone: the command line goes ahead

    after = started(data_dir)
    _wait(_holding(data_dir, after), "the next start to take the folder over")
    again = _cli("--data-dir", str(data_dir))
    assert again.returncode == 0, again.stderr
    _wait(lambda: HANDED_OVER in _log(data_dir), "the new app to be asked to the front")
    assert after.poll() is None


_HOLD_LOCK_ONLY = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(120)
"""


def test_a_second_start_beside_an_app_that_does_not_answer_says_which_process_holds_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from indie_desktop.app import _one_app_per_folder

    data_dir = tmp_path / "Daten"
    data_dir.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK_ONLY, str(lock_path(data_dir))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        holder.stdout.close()
        said: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
        assert _one_app_per_folder(data_dir) is None
        assert f"(process {holder.pid})" in said[0] and str(data_dir) in said[0]
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_a_second_start_while_the_first_is_still_starting_waits_for_it_and_hands_over(
    qtbot, tmp_path: Path
) -> None:
    """The first app takes the lock at once but opens its socket only after its first paint;
    a second start in between keeps trying until it can hand over, then exits."""
    from PySide6.QtCore import QTimer

    from indie_desktop.ui.single_instance import SingleInstance

    data_dir = tmp_path / "Daten"
    raised: list[bool] = []
    first = SingleInstance(data_dir, on_raise=lambda: raised.append(True))
    assert first.acquire(listen=False)
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "indie_desktop", "--data-dir", str(data_dir)],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The first app's "first paint" comes a second after the second start has begun.
        QTimer.singleShot(1000, first.listen)
        qtbot.waitUntil(lambda: bool(raised), timeout=60_000)
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
    finally:
        first.release()
        qtbot.wait(50)  # the released server's deletion runs while `first` still exists
