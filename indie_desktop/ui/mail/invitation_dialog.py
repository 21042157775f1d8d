"""Invitations and newsletters by e-mail for a list of people (a selection of the people or
organisations list, or a saved target group, e.g. for an event): checked first (who is left
out and why), then written as drafts for Outlook or sent through the institution's mail
server with progress and cancel.
The SMTP password goes to the OS keyring, never into the settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import Cancelled, ServiceError, ValidationError
from indie_desktop.services.mail.invitations import (
    InvitationPlan,
    SendReport,
    SmtpSettings,
    keyring_account,
)
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.credentials import CredentialStore, NoKeyring
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.tasks import Runner
from indie_desktop.ui.widgets.field_error import error_label
from indie_desktop.ui.widgets.recipients import LeftOutTable, RecipientsChoice


class InvitationDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        person_ids: list[uuid.UUID],
        parent: QWidget | None = None,
        credentials: CredentialStore | None = None,
        template_name: str = "",
        translate_reason: Callable[[str], str] = str,
        event_id: uuid.UUID | None = None,
        smtp: SmtpSettings | None = None,
    ) -> None:
        """`translate_reason` puts a reason for leaving somebody out into the UI language
        (the mail merge's, which knows the privacy reasons). `person_ids` the chosen people
        (may be empty: a saved target group is chosen in the dialog). `event_id`: invitations
        to that event (its date and place in the text; who gets one becomes invited). `smtp`
        the mail server of the settings (else found through the main window's settings)."""
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.person_ids = person_ids
        self.event_id = event_id
        self.credentials = credentials or CredentialStore()
        self.translate_reason = translate_reason
        self.plan_result: InvitationPlan | None = None
        self.report: SendReport | None = None
        self.drafts: list[Path] = []
        self.job: PrintJobDialog | None = None
        self.setWindowTitle(self.tr("Invitation by e-mail"))
        self.recipients_combo = RecipientsChoice(workspace, person_ids)
        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName(self.tr("Template"))
        if event_id is not None:  # the event letters need an event's placeholders
            from indie_desktop.services.events.invitations import INVITATION_TEMPLATE

            event_letter = workspace.printing.template(INVITATION_TEMPLATE)
            self.template_combo.addItem(event_letter.info.title, INVITATION_TEMPLATE)
        for info in workspace.printing.templates():
            if not info.purpose.startswith("referral"):
                self.template_combo.addItem(info.title, info.name)
        if template_name:
            self.template_combo.setCurrentIndex(max(self.template_combo.findData(template_name), 0))
        self.drafts_radio = QRadioButton(self.tr("As &drafts into a folder (open in Outlook)"))
        self.smtp_radio = QRadioButton(self.tr("Send through the &mail server"))
        self.drafts_radio.setChecked(True)
        self.folder_edit = QLineEdit(str(Path.home() / "Einladungen"))
        self.folder_edit.setAccessibleName(self.tr("Folder for the drafts"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = QComboBox()
        for value, text in (
            ("starttls", "STARTTLS"),
            ("ssl", "SSL/TLS"),
            ("none", self.tr("none")),
        ):
            self.security_combo.addItem(text, value)
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.rate_spin = QSpinBox()
        self.rate_spin.setRange(0, 10_000)
        self.rate_spin.setSpecialValueText(self.tr("no limit"))
        self.rate_spin.setSuffix(self.tr(" per minute"))
        self.error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.skipped_table = LeftOutTable()

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Re&cipients:"), self.recipients_combo)
        form.addRow(self.tr("&Template:"), self.template_combo)
        form.addRow(self.drafts_radio)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.smtp_radio)
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("Encr&yption:"), self.security_combo)
        form.addRow(self.tr("&Login:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Rate limit:"), self.rate_spin)
        self.check_button = QPushButton(self.tr("C&heck recipients"))
        self.check_button.clicked.connect(self.check)
        self.send_button = QPushButton(self.tr("Writ&e / send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_table, 1)
        layout.addLayout(buttons)
        self.drafts_radio.toggled.connect(self._way_changed)
        self._load_smtp(smtp if smtp is not None else self._saved_smtp())
        self._way_changed()
        self.resize(600, 560)

    def _saved_smtp(self) -> SmtpSettings | None:
        """The mail server of Settings → E-mail, through the main window's settings."""
        from indie_desktop.config import Settings

        widget: Any = self.parent()
        while widget is not None:
            settings = getattr(widget, "settings", None)
            if isinstance(settings, Settings):
                return SmtpSettings.from_settings(settings)
            widget = widget.parent()
        return None

    def _load_smtp(self, smtp: SmtpSettings | None) -> None:
        self.sender_address = ""
        if smtp is None or not smtp.host:
            return
        self.host_edit.setText(smtp.host)
        self.port_spin.setValue(smtp.port)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(smtp.security)))
        self.user_edit.setText(smtp.user)
        self.rate_spin.setValue(smtp.per_minute)
        self.sender_address = smtp.sender

    def recipients(self) -> tuple[list[uuid.UUID], list[str]]:
        """The people chosen in the dialog, and the organisations of a target group that have
        no contact to write to (by name, listed as left out)."""
        group_id = self.recipients_combo.currentData()
        if not isinstance(group_id, uuid.UUID):
            return list(self.person_ids), []
        people, without = self.workspace.target_groups.people(group_id)
        names = []
        for oid in without:
            try:
                names.append(self.workspace.organisations.detail(oid).draft.name)
            except ServiceError:
                continue
        return people, names

    def _way_changed(self) -> None:
        smtp = self.smtp_radio.isChecked()
        folder_widgets: tuple[QWidget, ...] = (self.folder_edit, self.folder_button)
        for w in folder_widgets:
            w.setEnabled(not smtp)
        smtp_widgets: tuple[QWidget, ...] = (
            self.host_edit,
            self.port_spin,
            self.security_combo,
            self.user_edit,
            self.password_edit,
            self.rate_spin,
        )
        for w in smtp_widgets:
            w.setEnabled(smtp)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the drafts"))
        if folder:
            self.folder_edit.setText(folder)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = " ".join(translate_error(m)[0] for m in exc.errors.values())
        else:
            text = str(exc)
        self.error.setText(text)
        self.error.show()

    def check(self) -> InvitationPlan | None:
        """Who gets a mail and who is left out (shown in the table with the reason)."""
        self.error.hide()
        try:
            people, without = self.recipients()
            extra = None
            purpose = None
            if self.event_id is not None:
                from indie_desktop.domain.privacy import Purpose
                from indie_desktop.services.events.invitations import event_values

                extra = event_values(self.workspace.events.detail(self.event_id))
                purpose = Purpose.EVENT_INVITATIONS
            plan = self.workspace.invitations.plan(
                people, str(self.template_combo.currentData()), purpose, extra=extra
            )
        except ServiceError as exc:
            self._refused(exc)
            return None
        self.plan_result = plan
        left_out = [(name, reason) for _pid, name, reason in plan.skipped]
        left_out += [(name, "no primary contact") for name in without]
        self.summary.setText(
            self.tr("%1 people get a mail; %2 are left out.")
            .replace("%1", str(len(plan.recipients)))
            .replace("%2", str(len(left_out)))
        )
        self.skipped_table.show_left_out(left_out, self.translate_reason)
        return plan

    def _mark_invited(self, plan: InvitationPlan) -> None:
        """Who got an invitation to the event is its participant, invited."""
        if self.event_id is None or not plan.recipients:
            return
        from indie_desktop.domain.enums import ParticipantStatus

        self.workspace.participants.add(
            self.event_id,
            [r.person_id for r in plan.recipients],
            status=ParticipantStatus.INVITED,
        )

    def smtp_settings(self) -> SmtpSettings:
        return SmtpSettings(
            self.host_edit.text().strip(),
            self.port_spin.value(),
            str(self.security_combo.currentData()),
            self.user_edit.text().strip(),
            self.rate_spin.value(),
            sender=self.sender_address,
        )

    def start(self) -> None:
        plan = self.check()
        if plan is None:
            return
        service = self.workspace.invitations
        if self.drafts_radio.isChecked():
            try:
                sender = service.sender(self.sender_address)
                self.drafts = service.write_drafts(
                    plan, Path(self.folder_edit.text().strip()), sender
                )
                self._mark_invited(plan)
            except (ServiceError, OSError) as exc:
                self._refused(exc)
                return
            self.summary.setText(
                self.tr("%1 drafts written to %2.")
                .replace("%1", str(len(self.drafts)))
                .replace("%2", self.folder_edit.text().strip())
            )
            return
        smtp = self.smtp_settings()
        password = self.password_edit.text() or None
        if smtp.user and password:
            try:
                self.credentials.remember(keyring_account(smtp.host, smtp.user), password)
            except NoKeyring:
                pass  # used for this run only; the user is asked again next time
        elif smtp.user:
            password = self.credentials.get(keyring_account(smtp.host, smtp.user))
        try:
            smtp.check()
            run_id = service.queue(plan, service.sender(smtp.sender))
            self._mark_invited(plan)
        except ServiceError as exc:
            self._refused(exc)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return service.send(run_id, smtp, password, progress=progress, cancelled=cancelled)

        self.job = PrintJobDialog(
            self.runner,
            self.tr("Sending invitations"),
            work,
            self.tr("Mail %1 of %2"),
            self,
            report_failures=False,
        )
        self.job.finished_with.connect(self._sent)
        self.job.failed_with.connect(self._failed)
        self.job.start()

    def _sent(self, report: SendReport) -> None:
        self.report = report
        text = self.tr("%1 mails sent.").replace("%1", str(report.sent))
        if report.failed:
            text += " " + self.tr("Refused by the server: %1").replace(
                "%1", ", ".join(a for a, _ in report.failed)
            )
        if report.uncertain:
            text += " " + self.tr("Perhaps sent, not sent again: %1").replace(
                "%1", ", ".join(report.uncertain)
            )
        self.summary.setText(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.summary.setText(
                self.tr("Cancelled. The remaining mails can be sent later; nobody gets one twice.")
            )
            return
        self._refused(error)
