"""One app per data folder: a second start hands over to the running window and exits.

The running app holds `DATA_DIR/indie-desktop.lock` (QLockFile: process id, program and host;
on Windows and POSIX alike, and taken over when its process is gone after a crash) and listens
on a local socket named after the folder (QLocalServer: a named pipe on Windows). A second start
finds the lock taken, connects to the socket and asks the first to come to the front. The
command line reads the same lock without Qt (store/app_lock.py).

The lock is taken before anything else; the socket may be opened later (`listen`: the app does
it right after its first paint, QtNetwork is not needed for the first picture), so a second
start keeps trying to reach it for a few seconds while the lock's holder is still starting.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QApplication, QWidget

from indie_desktop.store.app_lock import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_MS = 3000
HAND_OVER_TRIES = 5
HAND_OVER_SECONDS = 6.0  # how long a second start waits for a starting app to listen


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for every start on this folder by this user."""
    import getpass  # here: not needed for the first picture

    folder = os.path.normcase(str(Path(data_dir).absolute()))
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        user = ""
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:24]
    return f"indie-desktop-{digest}"


def raise_windows() -> None:
    """Bring the app's visible windows (main window, first-run dialog) to the front."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    shown: list[QWidget] = [w for w in app.topLevelWidgets() if w.isVisible()]
    active = app.activeModalWidget() or app.activeWindow()
    for window in shown:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
    target = active or (shown[-1] if shown else None)
    if target is not None:
        target.activateWindow()


class SingleInstance(QObject):
    """The data folder's lock and the socket a second start talks to."""

    def __init__(self, data_dir: Path, on_raise: Callable[[], None] = raise_windows) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self._on_raise = on_raise
        self._lock = QLockFile(str(lock_path(self.data_dir)))
        # Stale only when its process is gone (a crash), never because the app ran long.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return server_name(self.data_dir)

    def acquire(self, listen: bool = True) -> bool:
        """Take the folder (also from a crashed app); False when another app runs on it.
        A folder where no lock can be written is not refused (logged). `listen=False`: the
        socket for second starts is opened by a later call of `listen`."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no lock in %s: %s", self.data_dir, exc)
            return True
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return False
        log.warning("no lock in %s: %s", self.data_dir, error)
        return True

    def holder(self) -> int:
        """The process id of the app that holds the folder (0 if unknown)."""
        info = self._lock.getLockInfo()  # (pid, host, program), or False when unreadable
        return int(info[0]) if isinstance(info, tuple) and info else 0

    def listen(self) -> None:
        """Open the socket second starts talk to (once; only while holding the lock)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        name = self.name
        # A socket left by a crashed app would make listen() fail: the lock says it is ours.
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("second starts cannot hand over: %s", server.errorString())
            return
        server.newConnection.connect(self._answer)
        self._server = server

    def _answer(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # A bound method, not a lambda: Qt drops the connection with this object, so a
            # late signal of a socket never reaches an instance already released.
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            log.info("a second start on %s handed over", self.data_dir)
            self._on_raise()

    def hand_over(self) -> bool:
        """Ask the running app to come to the front; False if it does not answer within
        HAND_OVER_SECONDS (an app still starting opens its socket after its first paint)."""
        from PySide6.QtNetwork import QLocalSocket

        name = self.name
        end = time.monotonic() + HAND_OVER_SECONDS
        while True:
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(CONNECT_MS // HAND_OVER_TRIES):
                socket.write(RAISE)
                socket.flush()
                socket.waitForBytesWritten(CONNECT_MS)
                socket.disconnectFromServer()
                return True
            QApplication.processEvents()
            if time.monotonic() >= end:
                return False
            time.sleep(0.2)  # no socket yet: its app is still starting, or does not answer

    def release(self) -> None:
        if self._server is not None:
            for socket in self._server.findChildren(QObject):
                socket.blockSignals(True)  # connections still open: no late signals
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.unlock()
