"""File → Connection…: the local database file or the shared office server.

The password goes only to the operating system's keyring ("Remember password"), and the dialog
says where; without a keyring it says so and the password is asked for each time. A failed
connection leaves the dialog open with a plain message; the local file stays one click away.

The connect attempt runs in the background (a server that silently drops packets would
otherwise freeze the window until the connect timeout): the dialog shows that it is busy, and
Cancel abandons the attempt — the dialog stays open with everything typed in. An abandoned
attempt that still succeeds later is closed again unseen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from indie_desktop.config import SSL_MODES, ServerProfile, Settings
from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.store import connection_errors as ce
from indie_desktop.store.credentials import CredentialStore, NoKeyring
from indie_desktop.store.database import Database, StorageError
from indie_desktop.store.shared_open import open_shared, url_account
from indie_desktop.ui.forms.ui_connection_dialog import Ui_ConnectionDialog
from indie_desktop.ui.tasks import Runner, Task, TaskRunner, show_failure
from indie_desktop.ui.window_sizes import fit_window

log = logging.getLogger(__name__)

Opener = Callable[[str, str | None], Database]

_SSL_LABELS = {
    "disable": QT_TRANSLATE_NOOP("ConnectionDialog", "never encrypt"),
    "allow": QT_TRANSLATE_NOOP("ConnectionDialog", "encrypt if the server insists"),
    "prefer": QT_TRANSLATE_NOOP("ConnectionDialog", "encrypt if possible (default)"),
    "require": QT_TRANSLATE_NOOP("ConnectionDialog", "always encrypt"),
    "verify-ca": QT_TRANSLATE_NOOP(
        "ConnectionDialog", "always encrypt, check the server certificate"
    ),
    "verify-full": QT_TRANSLATE_NOOP(
        "ConnectionDialog", "always encrypt, check certificate and server name"
    ),
}


_FAILURES = {
    ce.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server refused the login: wrong password, or the login is unknown or locked.",
    ),
    ce.NO_PASSWORD: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "Please enter the password of your login."
    ),
    ce.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server cannot be reached. Check server name and port, and whether this computer "
        "is connected to the office network.",
    ),
    ce.TLS: QT_TRANSLATE_NOOP(
        "ConnectionDialog",
        "The server and this app disagree about encryption (TLS). Ask your administrator which "
        "'Encryption' setting to use.",
    ),
    ce.NO_DATABASE: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "The server has no database of that name."
    ),
    ce.NOT_STAFF: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "This login is not registered as a staff member of the network."
    ),
    ce.DISABLED: QT_TRANSLATE_NOOP(
        "ConnectionDialog", "Your access has been disabled. Please ask your administrator."
    ),
    ce.OTHER: QT_TRANSLATE_NOOP("ConnectionDialog", "The shared database cannot be opened."),
}


def failure_message(kind: str) -> str:
    """The user's words for a connection failure (translated)."""
    return QCoreApplication.translate("ConnectionDialog", _FAILURES.get(kind, _FAILURES[ce.OTHER]))


class ConnectionDialog(QDialog):
    """After Accepted: `mode` is 'local' or 'shared'; for shared, `database` is open."""

    def __init__(
        self,
        settings: Settings,
        credentials: CredentialStore | None = None,
        opener: Opener | None = None,
        parent: QWidget | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        fit_window(self, self.width(), self.height(), "connection")
        self.settings = settings
        self.credentials = credentials or CredentialStore()
        self._open = opener or (lambda url, pw: open_shared(url, password=pw))
        # The global pool: an abandoned attempt neither blocks the next one nor, when the
        # dialog goes away, makes a pool of its own wait for it on the UI thread.
        self.runner: Runner = runner or TaskRunner(QThreadPool.globalInstance(), parent=self)
        self._attempt: Task | None = None
        self._busy = False
        self.database: Database | None = None
        self.mode = settings.get("connection_mode")
        ui = self.ui
        for mode in SSL_MODES:
            label = QCoreApplication.translate("ConnectionDialog", _SSL_LABELS[mode])
            ui.sslmode_combo.addItem(label, mode)
        profile = ServerProfile.from_settings(settings)
        ui.host_edit.setText(profile.host)
        ui.port_spin.setValue(profile.port)
        ui.database_edit.setText(profile.database)
        ui.login_edit.setText(profile.login)
        ui.sslmode_combo.setCurrentIndex(max(0, ui.sslmode_combo.findData(profile.sslmode)))
        ui.local_radio.setChecked(self.mode == "local")
        ui.shared_radio.setChecked(self.mode == "shared")
        ui.shared_radio.toggled.connect(self._mode_changed)
        status = self.credentials.status()
        if status.available:
            ui.keyring_label.setText(
                self.tr(
                    "A remembered password is kept only in the system keyring ({where})."
                ).format(where=status.where)
            )
            if profile.host and profile.login:
                stored = self.credentials.get(url_account(profile.url()))
                if stored:
                    ui.password_edit.setText(stored)
                    ui.remember_check.setChecked(True)
        else:
            ui.remember_check.setChecked(False)
            ui.remember_check.setEnabled(False)
            ui.keyring_label.setText(
                self.tr(
                    "This computer has no system keyring, so the password cannot be remembered: "
                    "you will be asked for it each time. It is never written to a file."
                )
            )
        ui.error_label.hide()
        ui.busy_widget.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.ui.server_widget.setEnabled(self.ui.shared_radio.isChecked())

    def profile(self) -> ServerProfile:
        ui = self.ui
        return ServerProfile(
            ui.host_edit.text().strip(),
            ui.port_spin.value(),
            ui.database_edit.text().strip(),
            ui.login_edit.text().strip(),
            str(ui.sslmode_combo.currentData()),
            self.settings.get("server_sslrootcert"),  # Settings → Connections
        )

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def accept(self) -> None:
        """Connect; on failure stay open with a message (the local file remains a choice)."""
        if self._busy:
            return
        if self.ui.local_radio.isChecked():
            self.mode = "local"
            self.settings.set("connection_mode", "local")
            self._save_settings()
            super().accept()
            return
        profile = self.profile()
        if not (profile.host and profile.login and profile.database):
            self.show_error(self.tr("Please fill in server, database and login."))
            return
        password = self.ui.password_edit.text() or None
        url = profile.url()
        self.ui.error_label.hide()
        self._set_busy(True, profile.host)
        attempt: list[Task] = []

        def succeeded(db: Database) -> None:
            if attempt and attempt[0].is_cancelled():
                db.dispose()  # abandoned: the user no longer waits for it
                return
            self._set_busy(False)
            self._connected(db, profile, password)

        def failed(exc: BaseException) -> None:
            if attempt and attempt[0].is_cancelled():
                log.info("abandoned connection attempt to %s ended", profile.host)
                return
            self._set_busy(False)
            self._failed(exc, profile.host)

        task = self.runner.run(
            lambda: self._open(url, password), on_success=succeeded, on_failure=failed
        )
        attempt.append(task)
        if self._busy:
            self._attempt = task

    @property
    def connecting(self) -> bool:
        """True while a connect attempt runs in the background."""
        return self._busy

    def cancel_attempt(self) -> None:
        """Abandon the running attempt; the dialog stays open with the values typed in."""
        if self._attempt is not None:
            self._attempt.cancel()
            log.info("connection attempt abandoned by the user")
        self._set_busy(False)

    def reject(self) -> None:
        """Cancel: while connecting, abandon the attempt only; otherwise close."""
        if self._busy:
            self.cancel_attempt()
            return
        super().reject()

    def _set_busy(self, busy: bool, host: str = "") -> None:
        self._busy = busy
        if not busy:
            self._attempt = None
        ui = self.ui
        ui.busy_label.setText(
            self.tr("Connecting to {host}… (Cancel stops waiting)").format(host=host)
        )
        ui.busy_widget.setVisible(busy)
        ui.local_radio.setEnabled(not busy)
        ui.shared_radio.setEnabled(not busy)
        ui.server_widget.setEnabled(not busy and ui.shared_radio.isChecked())
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _failed(self, exc: BaseException, host: str) -> None:
        if isinstance(exc, ce.ConnectionFailed):
            log.info("connection to %s failed: %s", host, exc.kind)
            self.show_error(failure_message(exc.kind))
        elif isinstance(exc, StorageError):
            self.show_error(str(exc))
        else:
            show_failure(exc, self)

    def _connected(self, db: Database, profile: ServerProfile, password: str | None) -> None:
        account = url_account(profile.url())
        if self.ui.remember_check.isChecked() and password:
            try:
                self.credentials.remember(account, password)
            except NoKeyring:
                self.show_error(self.tr("The system keyring refused the password; not stored."))
        elif not self.ui.remember_check.isChecked():
            self.credentials.forget(account)
        self.database = db
        self.mode = "shared"
        profile.save_to(self.settings)
        self.settings.set("connection_mode", "shared")
        self._save_settings()
        super().accept()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("connection profile not saved: %s", exc)
