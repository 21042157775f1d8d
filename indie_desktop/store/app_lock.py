"""Which program holds a data folder: the GUI's lock file, read without Qt.

The GUI takes `DATA_DIR/indie-desktop.lock` with Qt's QLockFile (ui/single_instance.py) for as
long as it runs: a second start hands over to it. The command line reads the same file to refuse
commands that write (import, restore, privacy erase, demo) beside the running app, naming it.
QLockFile writes the process id, the program's name and the host name, one per line; a lock
whose process is gone (the app crashed) does not count, and the next start takes it over.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_FILENAME = "indie-desktop.lock"


@dataclass(frozen=True)
class RunningApp:
    pid: int
    program: str
    host: str

    def describe(self) -> str:
        """'In|Die Desktop (process 1234)' for messages."""
        where = f" on {self.host}" if self.host and self.host != socket.gethostname() else ""
        return f"In|Die Desktop (process {self.pid}{where})"


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def running_app(data_dir: Path) -> RunningApp | None:
    """The GUI that holds `data_dir`, or None (no lock, or its process is gone)."""
    try:
        lines = lock_path(data_dir).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None
    program = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return RunningApp(pid, program, host)  # another PC: its process cannot be asked
    return RunningApp(pid, program, host) if process_alive(pid) else None


def process_alive(pid: int) -> bool:
    """Does a process with this id run on this machine?"""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(ok) and code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def refuse_beside_running_app(data_dir: Path, what: str) -> str | None:
    """The message for a command that writes, if the app holds `data_dir`; else None."""
    app = running_app(data_dir)
    if app is None:
        return None
    return (
        f"{app.describe()} has the data folder {data_dir} open. {what} changes the database "
        "while the application shows and saves it: close the application first."
    )
