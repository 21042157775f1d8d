"""File → Change password…: a staff member sets a new password for their own server login.

The current password is asked for again (somebody at an unlocked desk cannot simply take the
login over). A password remembered in the system keyring is replaced by the new one; one
that was not remembered is not stored now either. Nothing secret goes to settings or logs.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.workspace import Workspace
from indie_desktop.store import connection_errors as ce
from indie_desktop.store.credentials import CredentialStore, NoKeyring
from indie_desktop.store.database import StorageError
from indie_desktop.store.shared_open import url_account
from indie_desktop.ui.connection_dialog import failure_message
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.forms.ui_password_dialog import Ui_PasswordDialog
from indie_desktop.ui.tasks import Runner, show_failure
from indie_desktop.ui.window_sizes import fit_window

log = logging.getLogger(__name__)


class PasswordDialog(QDialog):
    """After Accepted: the server has the new password; `keyring_note` says what happened to
    a remembered one ('' if nothing needs saying)."""

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        credentials: CredentialStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        fit_window(self, self.width(), self.height(), "password")
        self.workspace = workspace
        self.runner = runner
        self.credentials = credentials or CredentialStore()
        self.keyring_note = ""
        url = workspace.db.engine.url
        self.login = url.username or ""
        self.account = url_account(url.render_as_string())  # hides the password
        self.ui.intro_label.setText(
            self.tr(
                "The new password applies to your login {login} on every computer. It needs "
                "at least 10 characters."
            ).format(login=self.login)
        )
        self.ui.error_label.hide()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Change password"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._busy = False

    def _fields(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "current_password": ui.current_edit,
            "new_password": ui.new_edit,
            "repeated_password": ui.repeated_edit,
        }

    def accept(self) -> None:
        if self._busy:
            return
        ui = self.ui
        current, new, repeated = ui.current_edit.text(), ui.new_edit.text(), ui.repeated_edit.text()
        self._set_busy(True)
        self.runner.run(
            lambda: self.workspace.account.change_password(current, new, repeated),
            on_success=lambda _login: self._changed(new),
            on_failure=self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        for edit in self._fields().values():
            edit.setEnabled(not busy)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            lines = [translate_error(message)[0] for message in error.errors.values()]
            self._show_error("\n".join(lines))
            first = self._fields().get(next(iter(error.errors)))
            if first is not None:
                first.setFocus()
                first.selectAll()
        elif isinstance(error, ce.ConnectionFailed):
            self._show_error(failure_message(error.kind))
        elif isinstance(error, StorageError):
            self._show_error(str(error))
        else:
            show_failure(error, self)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _changed(self, new: str) -> None:
        self._set_busy(False)
        if self.credentials.get(self.account) is not None:
            try:
                self.credentials.remember(self.account, new)
                self.keyring_note = self.tr("The remembered password was replaced in the keyring.")
            except NoKeyring:
                self.credentials.forget(self.account)
                self.keyring_note = self.tr(
                    "The keyring refused the new password; you will be asked for it next time."
                )
        for edit in self._fields().values():
            edit.clear()
        super().accept()
