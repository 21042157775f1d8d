"""Issue 21: changing the language in the settings offers to restart now. On yes the app saves,
closes, releases the data folder's lock and starts itself again with the same command line but
without `--lang`; the restarted app (a real process) comes up in the new language and holds
the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import pytest

from indie_desktop.config import Settings
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.app_lock import running_app
from indie_desktop.ui import restart
from indie_desktop.ui.main_window import MainWindow
from indie_desktop.ui.restart import restart_command
from indie_desktop.ui.settings_dialog import SettingsDialog, open_settings
from indie_desktop.ui.tasks import SynchronousRunner

ROOT = Path(__file__).resolve().parents[2]

# --- the command line ----------------------------------------------------------------------


def test_the_restart_runs_the_package_with_the_same_folder_and_database_but_no_lang() -> None:
    program, args = restart_command(
        ["/opt/indie/bin/indie-desktop", "--data-dir", "/home/ş/Daten #1", "--lang", "de"],
        "/opt/indie/venv/bin/python3",
        frozen=False,
    )
    assert program == "/opt/indie/venv/bin/python3"
    assert args == ["-m", "indie_desktop", "--data-dir", "/home/ş/Daten #1"]
    _, args = restart_command(
        ["indie_desktop/__main__.py", "--lang=en", "--database", "postgresql://srv/indie"],
        "python3",
        frozen=False,
    )
    assert args == ["-m", "indie_desktop", "--database", "postgresql://srv/indie"]


def test_the_frozen_windows_build_restarts_its_own_exe_with_the_folder_unsplit() -> None:
    """The installed app: C:\\Program Files\\In-Die Desktop\\In-Die Desktop.exe, a data folder
    with spaces; each argument stays whole (QProcess quotes it for CreateProcess)."""
    exe = PureWindowsPath(r"C:\Program Files\In-Die Desktop\In-Die Desktop.exe")
    folder = PureWindowsPath(r"D:\Netzwerk Daten\In Die Desktop")
    program, args = restart_command(
        [str(exe), "--data-dir", str(folder), "--lang", "de"], str(exe), frozen=True
    )
    assert program == r"C:\Program Files\In-Die Desktop\In-Die Desktop.exe"
    assert args == ["--data-dir", r"D:\Netzwerk Daten\In Die Desktop"]
    program, args = restart_command([str(exe)], str(exe), frozen=True)
    assert (program, args) == (str(exe), [])


# --- in the window -------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _change_language_to_english(qtbot, window: MainWindow, settings: Settings) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    QTimer.singleShot(0, in_dialog)
    open_settings(window)


def test_yes_to_restart_now_saves_and_closes_the_window_and_asks_for_a_restart(
    qtbot, workspace: Workspace, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(restart, "ask_restart", lambda _w: asked.append(True) or True)
    monkeypatch.setattr(restart._State, "requested", False)
    quits: list[bool] = []
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "quit", lambda *_a: quits.append(True))
    window = MainWindow(workspace, settings=settings, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    _change_language_to_english(qtbot, window, settings)
    assert asked == [True]
    assert not window.isVisible()
    assert restart.restart_requested()
    assert quits == [True]
    assert Settings(settings.path).get("language") == "en"  # saved before closing
    assert Settings(settings.path).get("main_window_geometry")  # the window state too


def test_later_keeps_the_window_open_and_the_language_waits_for_the_next_start(
    qtbot, workspace: Workspace, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(restart, "ask_restart", lambda _w: False)
    monkeypatch.setattr(restart._State, "requested", False)
    window = MainWindow(workspace, settings=settings, runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    _change_language_to_english(qtbot, window, settings)
    assert window.isVisible()
    assert not restart.restart_requested()
    assert Settings(settings.path).get("language") == "en"


def test_the_restart_question_has_its_own_alt_keys_in_german(qtbot, german, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    seen: list[list[str]] = []

    def record(box: QMessageBox) -> int:
        seen.append([b.text() for b in box.buttons()] + [box.windowTitle()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert restart.ask_restart(parent) is False  # closed without a choice: later
    assert seen == [["&Jetzt neu starten", "&Später", "Jetzt neu starten?"]]


# --- real processes --------------------------------------------------------------------------

# The first app, started like `indie-desktop --data-dir DIR --lang de`; a timer does what the
# user does: Settings, English, OK, "Restart now".
FIRST_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from indie_desktop.ui import restart

    data_dir = sys.argv[1]
    sys.argv = ["indie-desktop", "--data-dir", data_dir, "--lang", "de"]
    app = QApplication(sys.argv[:1])
    restart.ask_restart = lambda parent: True

    def in_settings():
        dialog = QApplication.activeModalWidget()
        if dialog is None or type(dialog).__name__ != "SettingsDialog":
            QTimer.singleShot(100, in_settings)
            return
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()

    def drive():
        windows = [w for w in app.topLevelWidgets()
                   if type(w).__name__ == "MainWindow" and w.isVisible()]
        if not windows:
            QTimer.singleShot(100, drive)
            return
        QTimer.singleShot(100, in_settings)
        windows[0].open_settings()

    QTimer.singleShot(100, drive)
    from indie_desktop.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def _wait(condition: Callable[[], bool], what: str, seconds: float = 90) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _log(data_dir: Path) -> str:
    path = data_dir / "logs" / "indie-desktop.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc are POSIX")
def test_the_restarted_app_is_a_new_process_in_english_that_holds_the_folder(
    tmp_path: Path,
) -> None:
    from tests.ui.test_one_app_per_folder import _registered

    data_dir = tmp_path / "Daten mit Leerzeichen"
    _registered(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    errors = tmp_path / "first-app.stderr"
    with errors.open("wb") as stderr:  # not a pipe: the restarted app inherits it
        first = subprocess.Popen(
            [sys.executable, "-c", FIRST_APP, str(data_dir)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    restarted = 0
    try:
        first.wait(timeout=120)
        assert first.returncode == 0, errors.read_text(errors="replace")
        assert "main window shown: Organisationen – In|Die Desktop" in _log(data_dir)

        def holds() -> bool:
            app = running_app(data_dir)
            return app is not None and app.pid != first.pid

        _wait(holds, "the restarted app to hold the data folder")
        app = running_app(data_dir)
        assert app is not None
        restarted = app.pid
        _wait(
            lambda: "main window shown: Organisations – In|Die Desktop" in _log(data_dir),
            "the restarted app's English window",
        )
        log = _log(data_dir)
        assert log.count("user interface language: de") == 1
        assert log.count("user interface language: en") == 1
        assert Settings(data_dir / "settings.ini").get("language") == "en"
        assert running_app(data_dir) == app  # still running, still holding the folder
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
        late = running_app(data_dir)  # started although the test failed before noting it
        if not restarted and late is not None and late.pid != first.pid:
            restarted = late.pid
        if restarted:
            os.kill(restarted, signal.SIGTERM)  # the app this test caused to start
            _wait(lambda: _ended(restarted), "the restarted app to end", 30)


def _ended(pid: int) -> bool:
    """Gone, or a zombie its new parent (init) has not reaped yet."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "State:\tZ" in status
