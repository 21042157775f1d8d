"""Connecting runs in the background: the window stays responsive, Cancel stops waiting."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from indie_desktop.config import ServerProfile, Settings
from indie_desktop.store.credentials import CredentialStore
from indie_desktop.ui.connection_dialog import ConnectionDialog
from indie_desktop.ui.tasks import TaskRunner


class HangingServer:
    """Accepts TCP connections and never answers, like a server behind a dropping firewall."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.listener.settimeout(0.05)
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def hanging_server() -> Iterator[HangingServer]:
    server = HangingServer()
    yield server
    server.close()


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    pool = QThreadPool()
    yield pool
    pool.waitForDone(15000)


def _dialog(qtbot, tmp_path: Path, port: int, pool: QThreadPool, opener=None) -> ConnectionDialog:
    settings = Settings(tmp_path / "settings.ini")
    ServerProfile("127.0.0.1", port, "indie", "anna.schmidt").save_to(settings)
    dialog = ConnectionDialog(
        settings,
        credentials=CredentialStore(fail.Keyring()),
        opener=opener,
        runner=TaskRunner(pool),
    )
    qtbot.addWidget(dialog)
    dialog.ui.shared_radio.setChecked(True)
    dialog.ui.password_edit.setText("geheim-123")
    dialog.show()
    return dialog


def test_a_server_that_never_answers_shows_busy_and_cancel_keeps_the_dialog_usable(
    qtbot, tmp_path: Path, hanging_server: HangingServer, pool: QThreadPool
) -> None:
    dialog = _dialog(qtbot, tmp_path, hanging_server.port, pool)
    ui = dialog.ui
    dialog.accept()
    qtbot.waitUntil(lambda: len(hanging_server.accepted) == 1)
    # The window is not frozen: events are processed while the server keeps silent.
    assert dialog.connecting
    assert ui.busy_widget.isVisible() and "127.0.0.1" in ui.busy_label.text()
    assert not ui.server_widget.isEnabled()
    assert not ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.connecting
    assert dialog.isVisible(), "Cancel while connecting only stops waiting"
    assert not ui.busy_widget.isVisible()
    assert ui.server_widget.isEnabled()
    assert ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert ui.host_edit.text() == "127.0.0.1"
    assert ui.port_spin.value() == hanging_server.port
    assert ui.login_edit.text() == "anna.schmidt"
    assert ui.password_edit.text() == "geheim-123"

    # The abandoned attempt ends later (here: the server hangs up); the dialog ignores it.
    hanging_server.close()
    assert pool.waitForDone(15000)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.database is None
    assert not ui.error_label.isVisible()

    # A second Cancel closes the dialog as usual.
    ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == dialog.DialogCode.Rejected


class _FakeDatabase:
    def __init__(self) -> None:
        self.disposed = False

    def dispose(self) -> None:
        self.disposed = True


def test_an_abandoned_attempt_that_succeeds_later_is_closed_again(
    qtbot, tmp_path: Path, pool: QThreadPool
) -> None:
    release = threading.Event()
    opened = _FakeDatabase()

    def slow_open(url: str, password: str | None) -> _FakeDatabase:
        release.wait(10)
        return opened

    dialog = _dialog(qtbot, tmp_path, 5432, pool, opener=slow_open)  # type: ignore[arg-type]
    dialog.accept()
    assert dialog.connecting
    dialog.reject()
    release.set()
    assert pool.waitForDone(15000)
    qtbot.waitUntil(lambda: opened.disposed)
    assert dialog.database is None and dialog.isVisible()


def test_a_failed_background_attempt_shows_the_message_at_the_dialog(
    qtbot, tmp_path: Path, pool: QThreadPool
) -> None:
    from indie_desktop.store import connection_errors as ce

    def refuse(url: str, password: str | None) -> None:
        raise ce.ConnectionFailed(ce.WRONG_PASSWORD, "password authentication failed")

    dialog = _dialog(qtbot, tmp_path, 5432, pool, opener=refuse)  # type: ignore[arg-type]
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.connecting)
    assert "wrong password" in dialog.ui.error_label.text()
    assert dialog.ui.error_label.isVisible() and dialog.isVisible()
    assert dialog.ui.password_edit.text() == "geheim-123"
