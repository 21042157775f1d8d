"""Einstellungen → E-Mail-System: the institution's mail server is saved in the settings (the
password only in the keyring), a test mail goes through a real local SMTP server, and the
invitation dialog starts with the saved server (German UI)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import update

from indie_desktop.config import Paths, Settings
from indie_desktop.domain.models import Staff
from indie_desktop.interchange.mail import read_mail
from indie_desktop.services.mail.invitations import keyring_account
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.credentials import SERVICE, CredentialStore
from indie_desktop.ui.mail.invitation_dialog import InvitationDialog
from indie_desktop.ui.settings_dialog import SettingsDialog
from tests.smtp_server import SmtpServer, smtp_server
from tests.unit.test_credentials import MemoryKeyring

__all__ = ["smtp_server"]


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(Paths.resolve(data_dir).settings_file)


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def dialog(qtbot, sample: Workspace, settings: Settings, keyring: MemoryKeyring, german):
    with sample.db.session() as s:
        s.execute(update(Staff).values(email="s.yildiz@wf-dortmund.de"))
    d = SettingsDialog(settings, sample, CredentialStore(keyring))
    qtbot.addWidget(d)
    d.show()
    d.tabs.setCurrentWidget(d.mail_page)
    assert d.tabs.tabText(d.tabs.currentIndex()) == "E-Mail-S&ystem"
    return d


def test_mail_server_is_saved_with_the_password_only_in_the_keyring(
    dialog: SettingsDialog, settings: Settings, keyring: MemoryKeyring
) -> None:
    dialog.smtp_host.setText("mail.wf-dortmund.de")
    dialog.smtp_port.setValue(465)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("ssl"))
    dialog.smtp_user.setText("s.yildiz")
    dialog.smtp_password.setText("Grüße-aus-Hagen-2026")
    dialog.smtp_sender.setText("einladungen@wf-dortmund.de")
    dialog.smtp_rate.setValue(30)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = Settings(settings.path)
    assert [again.get(k) for k in ("smtp_host", "smtp_port", "smtp_security", "smtp_user")] == [
        "mail.wf-dortmund.de",
        465,
        "ssl",
        "s.yildiz",
    ]
    assert again.get("smtp_sender") == "einladungen@wf-dortmund.de"
    assert again.get("smtp_per_minute") == 30
    assert "Grüße-aus-Hagen" not in settings.path.read_text(encoding="utf-8")
    account = keyring_account("mail.wf-dortmund.de", "s.yildiz")
    assert keyring.entries == {(SERVICE, account): "Grüße-aus-Hagen-2026"}


def test_a_wrong_sender_address_is_named_at_its_field_and_nothing_is_saved(
    dialog: SettingsDialog, settings: Settings
) -> None:
    dialog.smtp_sender.setText("einladungen at wf-dortmund")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["smtp_sender"].isVisible()
    assert dialog.errors["smtp_sender"].text().startswith("Geben Sie eine E-Mail-Adresse")
    assert dialog.smtp_sender.text() == "einladungen at wf-dortmund"  # kept as typed
    assert not settings.path.exists() or "smtp_sender" not in settings.path.read_text()


def test_the_test_mail_arrives_at_the_local_smtp_server(
    dialog: SettingsDialog, smtp_server: SmtpServer
) -> None:
    assert dialog.test_mail_button.text() == "&Test-Mail senden"
    dialog.smtp_host.setText(smtp_server.host)
    dialog.smtp_port.setValue(smtp_server.port)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("none"))
    dialog.test_mail_button.click()
    assert dialog.test_mail_result.text() == (
        "Die Test-Mail ging an s.yildiz@wf-dortmund.de. Sehen Sie in diesem Postfach nach."
    )
    (arrived,) = smtp_server.arrived
    assert arrived.recipients == ["s.yildiz@wf-dortmund.de"]
    assert read_mail(arrived.data).subject == "Test-Mail von In|Die Desktop"


def test_a_mail_server_that_does_not_answer_is_said_at_the_server_field(
    dialog: SettingsDialog,
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_port.setValue(port)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("none"))
    assert dialog.send_test_mail() is False
    assert dialog.errors["smtp_host"].isVisible()
    assert dialog.errors["smtp_host"].text() == "Der Mailserver ist nicht erreichbar"
    assert not dialog.test_mail_result.isVisible()


def test_the_invitation_dialog_starts_with_the_saved_mail_server(
    qtbot, sample: Workspace, settings: Settings, german
) -> None:
    settings.set("smtp_host", "mail.wf-dortmund.de")
    settings.set("smtp_port", 465)
    settings.set("smtp_security", "ssl")
    settings.set("smtp_user", "s.yildiz")
    settings.set("smtp_per_minute", 20)
    from indie_desktop.ui.main_window import MainWindow
    from indie_desktop.ui.tasks import SynchronousRunner

    window = MainWindow(sample, settings, SynchronousRunner())
    qtbot.addWidget(window)
    dialog = InvitationDialog(sample, SynchronousRunner(), [], window)
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "mail.wf-dortmund.de"
    assert dialog.port_spin.value() == 465
    assert dialog.security_combo.currentData() == "ssl"
    assert dialog.user_edit.text() == "s.yildiz"
    assert dialog.rate_spin.value() == 20
