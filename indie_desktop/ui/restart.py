"""Start the app again after a change that applies only at start (the language, the user).

The window asks, then closes as on Quit (window state and settings saved). When the event loop
has ended, the database is closed and the data folder's lock released (app.run_gui), the app
starts itself again with the command line it was started with: the same data folder and
database, but without `--lang`, so that the language chosen in the settings applies.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

# Options of the command line that the restart leaves out, with whether they take a value.
DROPPED_OPTIONS = {"--lang": True}


class _State:
    requested = False


def restart_command(argv: Sequence[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """The program and its arguments that start the app as it was started, minus `--lang`.

    A frozen build (PyInstaller) is its own executable; otherwise the interpreter runs the
    package (`python -m indie_desktop`), however it was started (console script or -m).
    The arguments stay a list: QProcess quotes them for Windows (spaces in folder names)."""
    rest: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        name, eq, _value = arg.partition("=")
        if name in DROPPED_OPTIONS:
            skip = DROPPED_OPTIONS[name] and not eq
            continue
        rest.append(arg)
    if frozen:
        return executable, rest
    return executable, ["-m", "indie_desktop", *rest]


def ask_restart(parent: QWidget) -> bool:
    """'Restart now?' with its own Alt keys; False keeps the app running (applies later)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Restart", "Restart now?"),
        QCoreApplication.translate(
            "Restart",
            "The change applies when In|Die Desktop is started again. Restart now? Your data "
            "is saved; the window opens again in a few seconds.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    now = box.addButton(
        QCoreApplication.translate("Restart", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    later = box.addButton(
        QCoreApplication.translate("Restart", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    try:
        box.exec()
        return box.clickedButton() is now
    finally:
        box.deleteLater()


def request_restart(window: QWidget) -> bool:
    """Close the window as on Quit and end the event loop; run_gui then starts the app again.
    False if the window did not close."""
    _State.requested = True
    if not window.close():
        _State.requested = False
        return False
    app = QApplication.instance()
    if app is not None:
        app.quit()  # also with other windows still open (the week calendar, the guide)
    return True


def restart_requested() -> bool:
    return _State.requested


def start_again() -> bool:
    """Start the app anew, detached (this process is about to exit). Call after the lock is
    released and the database closed."""
    _State.requested = False
    program, args = restart_command(sys.argv, sys.executable, bool(getattr(sys, "frozen", False)))
    started, pid = QProcess.startDetached(program, args, os.getcwd())
    if started:
        log.info("started again as process %s: %s %s", pid, program, args)
        return True
    log.error("could not start again: %s %s", program, args)
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Restart", "Restart"),
        QCoreApplication.translate(
            "Restart", "In|Die Desktop could not start again by itself. Please start it anew."
        ),
    )
    return False


__all__ = ["ask_restart", "request_restart", "restart_command", "restart_requested", "start_again"]
