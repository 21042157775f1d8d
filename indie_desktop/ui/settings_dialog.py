"""File → Settings…: the declared options (config.OPTIONS) in tabs, checked at the field.

Tabs: General (language, the user of this local file), Printing (default letterhead, the label
offset with its calibration sheet),
Referrals (follow-up interval), Backup (folder, number kept, daily backup), Data protection
(retention years: kept in the database by the privacy service, the same for everybody on it),
Connections (the shared server profile; a password only in the keyring).

Values are written through config.Settings, the same INI file the command line reads. Limits
of number fields come from the option declarations. A language change applies after a restart
(the dialog says so); the follow-up interval applies at once.
"""

from __future__ import annotations

import logging
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.config import OPTIONS, SSL_MODES, ServerProfile, Settings
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.backup import BACKUP_DIRNAME
from indie_desktop.store.credentials import CredentialStore
from indie_desktop.ui.widgets.field_error import with_error
from indie_desktop.ui.widgets.tab_order import apply_tab_order, buttons

log = logging.getLogger(__name__)

LANGUAGES = (("de", "Deutsch"), ("en", "English"))


def _offset_spin(key: str) -> QDoubleSpinBox:
    """A millimetre offset field (one decimal) with the option's limits."""
    option = OPTIONS[key]
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setSingleStep(0.1)
    spin.setRange(float(option.minimum or 0), float(option.maximum or 0))
    spin.setSuffix(" mm")
    return spin


def _spin(key: str, suffix: str = "") -> QSpinBox:
    """A number field with the option's declared limits."""
    option = OPTIONS[key]
    spin = QSpinBox()
    spin.setRange(option.minimum or 0, option.maximum or 1_000_000)
    if suffix:
        spin.setSuffix(suffix)
    return spin


def _folder_problem(text: str) -> str:
    """'' if backups can be written into this folder, else why not (translated)."""
    if not text.strip():
        return ""
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return QCoreApplication.translate("SettingsDialog", "Please give a complete path.")
    if folder.exists() and not folder.is_dir():
        return QCoreApplication.translate("SettingsDialog", "This is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return QCoreApplication.translate(
            "SettingsDialog", "Backups cannot be written here: {error}"
        ).format(error=exc.strerror or str(exc))
    return ""


class SettingsDialog(QDialog):
    """Edits `settings`; after Accepted they are saved. `restart_needed` tells about language."""

    def __init__(
        self,
        settings: Settings,
        workspace: Workspace | None = None,
        credentials: CredentialStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.workspace = workspace
        self.credentials = credentials or CredentialStore()
        self.restart_needed = False
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        # All tab titles visible at once (the dialog grows to fit them), no scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._printing_tab(), self.tr("Pri&nting"))
        self.tabs.addTab(self._referrals_tab(), self.tr("&Referrals"))
        self.tabs.addTab(self._backup_tab(), self.tr("&Backup"))
        self.tabs.addTab(self._privacy_tab(), self.tr("Data pro&tection"))
        self.tabs.addTab(self._connections_tab(), self.tr("C&onnections"))
        self.tabs.addTab(self._mail_tab(), self.tr("Mail dispatc&h"))
        self.templates_page: QWidget | None = None
        if workspace is not None:
            from indie_desktop.ui.printing.templates_page import TemplatesPage

            self.templates_page = TemplatesPage(workspace)
            self.tabs.addTab(self.templates_page, self.tr("Te&mplates"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._load()
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        """Every page's fields in reading order (Tab skips those of the pages not shown)."""
        order: list[QWidget] = [
            self.tabs,
            self.language,
            self.user,
            self.letterhead,
            self.label_right,
            self.label_down,
            self.calibration_button,
            self.follow_up,
            self.backup_folder,
            self.browse_button,
            self.backup_keep,
            self.backup_daily,
            self.retention,
            self.host,
            self.port,
            self.database,
            self.login,
            self.sslmode,
            self.ca_file,
            self.ca_browse_button,
            self.forget_button,
        ]
        page = self.templates_page
        if page is not None:
            order += page.tab_order()  # type: ignore[attr-defined]
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        return [*order, *buttons(self.buttons, ok, cancel)]

    # --- tabs -----------------------------------------------------------------------------------

    def _field(self, key: str, widget: QWidget) -> QWidget:
        """The widget with a red message line under it (hidden while there is nothing to say)."""
        box, self.errors[key] = with_error(widget)
        return box

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language_note = self._note(
            self.tr("The new language applies when In|Die Desktop is started again.")
        )
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Language:"), self._field("language", self.language))
        form.addRow("", self.language_note)
        self.user = QComboBox()
        self.user_note = self._note("")
        shared = self.workspace is not None and self.workspace.db.is_shared
        if self.workspace is not None and not shared:
            for choice in self.workspace.directory.staff_choices():
                self.user.addItem(f"{choice.name} ({choice.institution})", str(choice.id))
            current = str(self.workspace.actor.staff_id)
            self.user.setCurrentIndex(max(0, self.user.findData(current)))
            self.user_note.setText(
                self.tr(
                    "Entries are recorded with this name and institution. Another user applies "
                    "when In|Die Desktop is started again."
                )
            )
        else:
            self.user.setEnabled(False)
            if self.workspace is not None:
                self.user.addItem(self.workspace.actor.display_name)
            self.user_note.setText(
                self.tr("On the shared server you work as the staff member of your login.")
            )
        form.addRow(self.tr("&User:"), self._field("user", self.user))
        form.addRow("", self.user_note)
        return page

    def _printing_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.letterhead = QComboBox()
        self.letterhead.addItem(self.tr("My own institution"), "")
        if self.workspace is not None:
            for choice in self.workspace.directory.institution_choices():
                if choice.id is not None:
                    self.letterhead.addItem(choice.name, choice.short_name)
        form.addRow(
            self.tr("Default &letterhead:"), self._field("default_letterhead", self.letterhead)
        )
        form.addRow(
            "",
            self._note(self.tr("Letters and contact sheets are printed on this letterhead.")),
        )
        self.label_right = _offset_spin("label_offset_right_mm")
        self.label_down = _offset_spin("label_offset_down_mm")
        form.addRow(
            self.tr("Label offset to the r&ight:"),
            self._field("label_offset_right_mm", self.label_right),
        )
        form.addRow(
            self.tr("Label offset &downwards:"),
            self._field("label_offset_down_mm", self.label_down),
        )
        self.calibration_button = QPushButton(self.tr("Print a &calibration sheet…"))
        self.calibration_button.setEnabled(self.workspace is not None)
        self.calibration_button.clicked.connect(self.show_calibration_sheet)
        form.addRow("", self.calibration_button)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Printers feed paper 1–2 mm differently. Print the calibration sheet, lay it "
                    "on a label sheet against the light and enter how far the printed frames "
                    "must move (negative: to the left or upwards)."
                )
            ),
        )
        return page

    def show_calibration_sheet(self) -> QWidget | None:
        """The calibration sheet with the offsets as entered (not yet saved), in the preview."""
        from indie_desktop.domain.errors import ServiceError
        from indie_desktop.ui.printing.commands import open_preview

        if self.workspace is None:
            return None
        printing = self.workspace.printing
        saved = printing.label_offset_mm
        printing.label_offset_mm = (self.label_right.value(), self.label_down.value())
        try:
            pdf = printing.label_calibration("3474")
        except ServiceError as exc:
            self.show_errors({"label_offset_right_mm": str(exc)})
            return None
        finally:
            printing.label_offset_mm = saved
        self.calibration_preview = open_preview(pdf, self.tr("Calibration sheet"), self)
        return self.calibration_preview

    def _referrals_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.follow_up = _spin("referral_follow_up_weeks", self.tr(" weeks"))
        form.addRow(
            self.tr("&Follow up after:"), self._field("referral_follow_up_weeks", self.follow_up)
        )
        form.addRow(
            "",
            self._note(
                self.tr(
                    "After each step of a referral a task reminds you to ask both sides how it "
                    "goes, this many weeks later."
                )
            ),
        )
        return page

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backup_folder = QLineEdit()
        db_path = self.workspace.db.path if self.workspace is not None else None
        data_dir = db_path.parent if db_path is not None else None
        default = str(data_dir / BACKUP_DIRNAME) if data_dir else self.tr("the data folder")
        self.backup_folder.setPlaceholderText(self.tr("Default: {folder}").format(folder=default))
        self.backup_folder.setClearButtonEnabled(True)
        browse = self.browse_button = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._choose_folder)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.backup_folder, 1)
        row_layout.addWidget(browse)
        row.setFocusProxy(self.backup_folder)
        form.addRow(self.tr("&Folder:"), self._field("backup_folder", row))
        self.backup_keep = _spin("backup_keep")
        form.addRow(self.tr("&Keep the newest:"), self._field("backup_keep", self.backup_keep))
        self.backup_daily = QCheckBox(self.tr("Back up &daily when the application starts"))
        form.addRow("", self.backup_daily)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "A backup is also taken before every database update and every import. "
                    "A folder on another drive protects against a broken disk."
                )
            ),
        )
        return page

    def _privacy_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.setSuffix(self.tr(" years"))
        self.retention.setEnabled(self.workspace is not None)
        form.addRow(
            self.tr("Re&view people after:"), self._field("retention_years", self.retention)
        )
        form.addRow(
            "",
            self._note(
                self.tr(
                    "People without any contact for this long are listed for review: keep, "
                    "renew consent, or erase. Nothing is deleted without asking."
                )
            ),
        )
        return page

    def _connections_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.host = QLineEdit()
        self.port = _spin("server_port")
        self.database = QLineEdit()
        self.login = QLineEdit()
        self.sslmode = QComboBox()
        from indie_desktop.ui.connection_dialog import _SSL_LABELS

        for mode in SSL_MODES:
            self.sslmode.addItem(
                QCoreApplication.translate("ConnectionDialog", _SSL_LABELS[mode]), mode
            )
        form.addRow(self.tr("Ser&ver:"), self._field("server_host", self.host))
        form.addRow(self.tr("&Port:"), self._field("server_port", self.port))
        form.addRow(self.tr("&Database:"), self._field("server_database", self.database))
        form.addRow(self.tr("&Login:"), self._field("server_login", self.login))
        form.addRow(self.tr("&Encryption:"), self._field("server_sslmode", self.sslmode))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("libpq's default (root.crt)"))
        ca_browse = self.ca_browse_button = QPushButton(self.tr("Choose…"))
        ca_browse.clicked.connect(self._choose_ca_file)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(ca_browse)
        ca_widget = QWidget()
        ca_widget.setLayout(ca_row)
        ca_field = self._field("server_sslrootcert", ca_widget)
        form.addRow(self.tr("CA &certificate file:"), ca_field)
        ca_label = form.labelForField(ca_field)
        if isinstance(ca_label, QLabel):
            ca_label.setBuddy(self.ca_file)  # Alt+C goes to the file name, not the row
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Needed to check the server certificate unless IT has put root.crt into "
                    "%APPDATA%\\postgresql\\ (Windows) or ~/.postgresql/ (Linux)."
                )
            ),
        )
        status = self.credentials.status()
        self.keyring_label = self._note(
            self.tr("Passwords are kept only in the system keyring ({where}).").format(
                where=status.where
            )
            if status.available
            else self.tr(
                "This computer has no system keyring: the password is asked for each time "
                "and never written to a file."
            )
        )
        form.addRow("", self.keyring_label)
        self.forget_button = QPushButton(self.tr("&Forget the remembered password"))
        self.forget_button.setEnabled(status.available)
        self.forget_button.clicked.connect(self.forget_password)
        form.addRow("", self.forget_button)
        form.addRow(
            "", self._note(self.tr("Connect or switch to the local file under File → Connection…."))
        )
        return page

    def _mail_tab(self) -> QWidget:
        """The institution's mail server for invitations and appointments."""
        page = self.mail_page = QWidget()
        form = QFormLayout(page)
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText("mail.wf-dortmund.de")
        self.smtp_port = _spin("smtp_port")
        self.smtp_security = QComboBox()
        for value, text in (
            ("starttls", "STARTTLS"),
            ("ssl", "SSL/TLS"),
            ("none", self.tr("none (only inside the office network)")),
        ):
            self.smtp_security.addItem(text, value)
        self.smtp_user = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.smtp_sender = QLineEdit()
        self.smtp_sender.setPlaceholderText(self.tr("empty: your own address"))
        self.smtp_rate = _spin("smtp_per_minute", self.tr(" per minute"))
        self.smtp_rate.setSpecialValueText(self.tr("no limit"))
        form.addRow(self.tr("Mail ser&ver:"), self._field("smtp_host", self.smtp_host))
        form.addRow(self.tr("&Port:"), self._field("smtp_port", self.smtp_port))
        form.addRow(self.tr("Encr&yption:"), self._field("smtp_security", self.smtp_security))
        form.addRow(self.tr("&Login:"), self._field("smtp_user", self.smtp_user))
        form.addRow(self.tr("Pass&word:"), self._field("smtp_password", self.smtp_password))
        form.addRow(self.tr("Sen&der address:"), self._field("smtp_sender", self.smtp_sender))
        form.addRow(self.tr("Rate l&imit:"), self._field("smtp_per_minute", self.smtp_rate))
        self.test_mail_button = QPushButton(self.tr("Send test m&ail"))
        self.test_mail_button.clicked.connect(self.send_test_mail)
        self.test_mail_result = self._note("")
        self.test_mail_result.hide()
        form.addRow("", self.test_mail_button)
        form.addRow("", self.test_mail_result)
        form.addRow(
            "",
            self._note(
                self.tr(
                    "Invitations, newsletters and appointments are sent through this server. "
                    "The password is kept only in the system keyring."
                )
            ),
        )
        return page

    def smtp_settings(self) -> Any:
        from indie_desktop.services.mail.invitations import SmtpSettings

        return SmtpSettings(
            self.smtp_host.text().strip(),
            self.smtp_port.value(),
            str(self.smtp_security.currentData()),
            self.smtp_user.text().strip(),
            self.smtp_rate.value(),
            sender=self.smtp_sender.text().strip(),
        )

    def _smtp_password(self) -> str | None:
        """The password typed now (remembered in the keyring), else the remembered one."""
        from indie_desktop.services.mail.invitations import keyring_account
        from indie_desktop.store.credentials import NoKeyring

        smtp = self.smtp_settings()
        if not smtp.user:
            return None
        account = keyring_account(smtp.host, smtp.user)
        typed = self.smtp_password.text()
        if typed:
            try:
                self.credentials.remember(account, typed)
            except NoKeyring:
                pass  # used for this test only
            return typed
        try:
            return self.credentials.get(account)
        except NoKeyring:
            return None

    def send_test_mail(self) -> bool:
        """Settings → E-mail → Send test mail: a short mail to the sender through the server
        as typed now (saved or not); the line under the button says how it went."""
        from indie_desktop.domain.errors import ServiceError, ValidationError
        from indie_desktop.ui.errors import translate_error

        self.show_errors({})
        if self.workspace is None:
            return False
        try:
            to = self.workspace.invitations.send_test(self.smtp_settings(), self._smtp_password())
        except ValidationError as exc:
            fields = {
                "host": "smtp_host",
                "port": "smtp_port",
                "sender": "smtp_sender",
                "password": "smtp_password",
                "per_minute": "smtp_per_minute",
            }
            shown = {
                fields.get(k, "smtp_host"): translate_error(m)[0] for k, m in exc.errors.items()
            }
            self.show_errors(shown)
            self.test_mail_result.hide()
            return False
        except ServiceError as exc:
            self.show_errors({"smtp_host": translate_error(str(exc))[0]})
            return False
        self.test_mail_result.setText(
            self.tr("The test mail went to %1. Look in that mailbox.").replace("%1", to)
        )
        self.test_mail_result.show()
        return True

    # --- values -----------------------------------------------------------------------------

    def _local_path(self) -> bool:
        return self.workspace is not None and self.workspace.db.path is not None

    def _load(self) -> None:
        s = self.settings
        # Known before the combo box moves: its change signal compares with it.
        self._initial_language = s.get("language")
        self.language.setCurrentIndex(max(0, self.language.findData(s.get("language"))))
        self.letterhead.setCurrentIndex(
            max(0, self.letterhead.findData(s.get("default_letterhead")))
        )
        self.follow_up.setValue(s.get("referral_follow_up_weeks"))
        self.backup_folder.setText(s.get("backup_folder"))
        self.backup_keep.setValue(s.get("backup_keep"))
        self.backup_daily.setChecked(s.get("backup_daily"))
        self._initial_retention = (
            self.workspace.privacy.retention_years() if self.workspace is not None else 3
        )
        self.retention.setValue(self._initial_retention)
        profile = ServerProfile.from_settings(s)
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database)
        self.login.setText(profile.login)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(profile.sslmode)))
        self.ca_file.setText(profile.sslrootcert)
        self.label_right.setValue(s.get("label_offset_right_mm"))
        self.label_down.setValue(s.get("label_offset_down_mm"))
        self.smtp_host.setText(s.get("smtp_host"))
        self.smtp_port.setValue(s.get("smtp_port"))
        self.smtp_security.setCurrentIndex(
            max(0, self.smtp_security.findData(s.get("smtp_security")))
        )
        self.smtp_user.setText(s.get("smtp_user"))
        self.smtp_sender.setText(s.get("smtp_sender"))
        self.smtp_rate.setValue(s.get("smtp_per_minute"))

    def values(self) -> dict[str, Any]:
        """What the fields say, by option key (not yet checked)."""
        return {
            "language": self.language.currentData(),
            "default_letterhead": self.letterhead.currentData() or "",
            "referral_follow_up_weeks": self.follow_up.value(),
            "backup_folder": self.backup_folder.text().strip(),
            "backup_keep": self.backup_keep.value(),
            "backup_daily": self.backup_daily.isChecked(),
            "server_host": self.host.text().strip(),
            "server_port": self.port.value(),
            "server_database": self.database.text().strip(),
            "server_login": self.login.text().strip(),
            "server_sslmode": self.sslmode.currentData(),
            "server_sslrootcert": self.ca_file.text().strip(),
            "label_offset_right_mm": round(self.label_right.value(), 1),
            "label_offset_down_mm": round(self.label_down.value(), 1),
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(),
            "smtp_user": self.smtp_user.text().strip(),
            "smtp_sender": self.smtp_sender.text().strip(),
            "smtp_per_minute": self.smtp_rate.value(),
        }

    def check(self) -> dict[str, str]:
        """Field key -> message for every value that cannot be saved (shown at the field)."""
        problems: dict[str, str] = {}
        values = self.values()
        for key, value in values.items():
            try:
                OPTIONS[key].convert(value)
            except ValueError:
                problems[key] = self.tr("This value is not allowed here.")
        folder = _folder_problem(values["backup_folder"])
        if folder:
            problems["backup_folder"] = folder
        ca_file = values["server_sslrootcert"]
        if ca_file and not Path(ca_file).is_file():
            problems["server_sslrootcert"] = self.tr("There is no such file.")
        sender = values["smtp_sender"]
        if sender and ("@" not in sender or " " in sender):
            problems["smtp_sender"] = self.tr("Enter an e-mail address such as name@example.de.")
        if self.settings.get("connection_mode") == "shared":
            for key in ("server_host", "server_database", "server_login"):
                if not values[key]:
                    problems[key] = self.tr("Required for the shared server.")
        return problems

    def show_errors(self, problems: dict[str, str]) -> None:
        first_tab: int | None = None
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
            if key in problems and first_tab is None:
                page = next(
                    (
                        i
                        for i in range(self.tabs.count())
                        if (tab := self.tabs.widget(i)) is not None and tab.isAncestorOf(label)
                    ),
                    None,
                )
                first_tab = page
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def accept(self) -> None:
        problems = self.check()
        self.show_errors(problems)
        if problems:
            return
        if not self._save_retention():
            return
        for key, value in self.values().items():
            self.settings.set(key, value)
        self.restart_needed = self.language.currentData() != self._initial_language
        try:
            self.settings.save()
        except OSError as exc:
            self.show_errors(
                {
                    "language": self.tr("The settings cannot be saved: {error}").format(
                        error=exc.strerror or str(exc)
                    )
                }
            )
            return
        self._apply_user()
        self._remember_smtp_password()
        if self.workspace is not None:
            from indie_desktop.config import apply_settings

            self.workspace.referrals.follow_up_weeks = self.settings.get("referral_follow_up_weeks")
            apply_settings(self.workspace, self.settings)
        super().accept()

    def _remember_smtp_password(self) -> None:
        """A typed mail server password goes to the keyring, never into the settings file."""
        from indie_desktop.services.mail.invitations import keyring_account
        from indie_desktop.store.credentials import NoKeyring

        user, host = self.smtp_user.text().strip(), self.smtp_host.text().strip()
        if user and self.smtp_password.text():
            try:
                self.credentials.remember(keyring_account(host, user), self.smtp_password.text())
            except NoKeyring:
                pass  # asked for again when sending

    def _save_retention(self) -> bool:
        """The retention period lives in the database (the privacy service's setting)."""
        from indie_desktop.domain.errors import ServiceError
        from indie_desktop.ui.errors import describe_error

        years = self.retention.value()
        if self.workspace is None or years == self._initial_retention:
            return True
        try:
            self.workspace.privacy.set_retention_years(years)
        except ServiceError as exc:
            self.show_errors({"retention_years": describe_error(exc).text})
            return False
        self._initial_retention = years
        return True

    def _apply_user(self) -> None:
        if self.workspace is None or self.workspace.db.is_shared or not self.user.isEnabled():
            return
        data = self.user.currentData()
        staff_id = uuid.UUID(data) if isinstance(data, str) and data else None
        if staff_id is not None and staff_id != self.workspace.actor.staff_id:
            self.workspace.directory.set_local_user(staff_id)
            self.restart_needed = True

    # --- actions ----------------------------------------------------------------------------

    def _language_changed(self, _index: int) -> None:
        self.language_note.setVisible(self.language.currentData() != self._initial_language)

    def _choose_ca_file(self) -> None:
        start = self.ca_file.text() or os.path.expanduser("~")
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate file"),
            start,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if name:
            self.ca_file.setText(name)

    def _choose_folder(self) -> None:
        start = self.backup_folder.text() or os.path.expanduser("~")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_folder.setText(folder)

    def forget_password(self) -> None:
        from indie_desktop.store.credentials import NoKeyring
        from indie_desktop.store.shared_open import url_account

        profile = ServerProfile(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.login.text().strip(),
            self.sslmode.currentData(),
        )
        try:
            self.credentials.forget(url_account(profile.url()))
        except NoKeyring:
            return
        self.keyring_label.setText(self.tr("The remembered password has been removed."))


def open_settings(window: Any) -> SettingsDialog | None:
    """Edit → Settings… of the main window; tells about a needed restart."""

    if window.settings is None:
        return None
    dialog = SettingsDialog(window.settings, window.workspace, parent=window)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.restart_needed:
            from indie_desktop.ui.restart import ask_restart, request_restart

            # The language (or the user) applies at start: offer to start again at once.
            if ask_restart(window) and request_restart(window):
                return dialog
        window.statusBar().showMessage(
            QCoreApplication.translate("SettingsDialog", "Settings saved."), 5000
        )
        return dialog
    finally:
        dialog.deleteLater()


__all__ = ["SettingsDialog", "open_settings"]
