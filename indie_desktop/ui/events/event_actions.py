"""What is done with an event: invite a target group, import the registrations, print the
attendance list and the badges, close the day (no-shows, follow-up tasks, thank-you letters),
edit the invitation text. Long work runs in the background with progress and cancel."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError, ValidationError
from indie_desktop.domain.formatting import format_number
from indie_desktop.services.events.invitations import (
    INVITATION_TEMPLATE,
    EmailInvitationResult,
    InvitationResult,
)
from indie_desktop.services.events.registrations import RegistrationResult
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error, translate_error
from indie_desktop.ui.printing.job import PrintJobDialog
from indie_desktop.ui.tasks import Runner

# Reasons the registration import gives for a row it could not use (translated for the user).
ROW_REASONS = (
    QT_TRANSLATE_NOOP("services", "nobody of this name or e-mail found"),
    QT_TRANSLATE_NOOP("services", "no last name to create the person"),
)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class InviteDialog(QDialog):
    """Choose a saved target group (or build a new one); then the invitations are made."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Invite a target group"))
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Target group"))
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New target group…"))
        self.new_button.clicked.connect(self._new_group)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self._edit_group)
        row = QHBoxLayout()
        row.addWidget(self.group_combo, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.new_button)
        chosen = QLabel(self.tr("&Target group:"))
        chosen.setBuddy(self.group_combo)
        note = QLabel(
            self.tr(
                "Everyone the group selects is invited and gets a letter with the event's date, "
                "place and registration deadline. Whoever objected to invitations or lacks the "
                "consent for them is left out and listed."
            )
        )
        note.setWordWrap(True)
        self.drafts_check = QCheckBox(self.tr("As e-mail &drafts instead (a folder of .eml files)"))
        self.drafts_check.setToolTip(
            self.tr("One draft per person with an e-mail address; Outlook opens each to send.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Invite"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(chosen)
        layout.addLayout(row)
        layout.addWidget(self.count_label)
        layout.addWidget(note)
        layout.addWidget(self.drafts_check)
        layout.addWidget(self.buttons)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._count())
        self._fill()

    def _fill(self, select: str | None = None) -> None:
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in self.workspace.target_groups.groups():
            self.group_combo.addItem(g.name, g.name)
        if select:
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(select)))
        self.group_combo.blockSignals(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.group_combo.count() > 0
        )
        self.edit_button.setEnabled(self.group_combo.count() > 0)
        self._count()

    def _count(self) -> None:
        name = self.group_name()
        if not name:
            self.count_label.setText(self.tr("No saved target group yet: make a new one."))
            return
        group = self.workspace.target_groups.by_name(name)
        n = self.workspace.target_groups.count(group.criteria)
        self.count_label.setText(self.tr("Selects %1 now.").replace("%1", format_number(n)))

    def group_name(self) -> str:
        return str(self.group_combo.currentData() or "")

    def _new_group(self) -> None:
        from indie_desktop.ui.events.target_group_dialog import TargetGroupDialog

        dialog = TargetGroupDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_name:
            self._fill(dialog.saved_name)

    def _edit_group(self) -> None:
        from indie_desktop.ui.events.target_group_dialog import TargetGroupDialog

        dialog = TargetGroupDialog(self.workspace, self, self.group_name())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_name:
            self._fill(dialog.saved_name)


class TemplateDialog(QDialog):
    """The invitation's text, edited and saved as the institution's own."""

    def __init__(
        self, workspace: Workspace, name: str = INVITATION_TEMPLATE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.name = name
        text = workspace.event_invitations.template_text(name)
        self.setWindowTitle(self.tr("Letter text – %1").replace("%1", text.title))
        self.setSizeGripEnabled(True)
        self.subject_edit = QLineEdit(text.subject)
        self.body_edit = QPlainTextEdit(text.body)
        self.body_edit.setMinimumSize(560, 320)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        help_text = QLabel(
            self.tr(
                "Placeholders: {event_name}, {event_date}, {event_time}, {event_place}, "
                "{registration_deadline}, {registration_link}, {organisation}, {salutation}, "
                "{staff_name}, {staff_phone}, {staff_email}"
            )
        )
        help_text.setWordWrap(True)
        form = QFormLayout()
        subject = QLabel(self.tr("&Subject:"))
        subject.setBuddy(self.subject_edit)
        form.addRow(subject, self.subject_edit)
        body = QLabel(self.tr("&Text:"))
        body.setBuddy(self.body_edit)
        form.addRow(body, self.body_edit)
        self.own_label = QLabel(
            self.tr("Your institution's own text.")
            if text.own
            else self.tr("The text shipped with the program; saving makes it your institution's.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addWidget(self.error_label)
        layout.addWidget(self.own_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.workspace.event_invitations.save_template(
                self.name, self.subject_edit.text(), self.body_edit.toPlainText()
            )
        except ValidationError as exc:
            self.error_label.setText("\n".join(translate_error(m)[0] for m in exc.errors.values()))
            self.error_label.show()
            self.body_edit.setFocus()
            return
        super().accept()


class EventActions(QObject):
    """The event commands of the events list; `last_dialog` is the last window opened."""

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        parent: QWidget,
        changed: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.parent_widget = parent
        self.changed = changed  # participants changed: the list and the panel follow
        self.last_dialog: Any = None
        self.last_result: Any = None

    def _job(
        self, title: str, work: Work, item_text: str, done: Callable[[Any], None]
    ) -> PrintJobDialog:
        job = PrintJobDialog(self.runner, title, work, item_text, self.parent_widget)
        job.finished_with.connect(done)
        self.last_dialog = job
        job.start()
        return job

    # -- invitations --------------------------------------------------------------------------
    def invite(
        self, event_id: uuid.UUID, group: str | None = None, drafts: Path | None = None
    ) -> None:
        """Ask for the target group (unless given), then invite it in the background: letters,
        or e-mail drafts into a folder."""
        if group is None:
            dialog = InviteDialog(self.workspace, self.parent_widget)
            self.last_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.group_name():
                return
            group = dialog.group_name()
            if dialog.drafts_check.isChecked():
                folder = QFileDialog.getExistingDirectory(
                    self.parent_widget, self.tr("Folder for the e-mail drafts")
                )
                if not folder:
                    return
                drafts = Path(folder)
        chosen = group
        if drafts is not None:
            self.invite_by_email(event_id, chosen, drafts)
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return self.workspace.event_invitations.invite(
                event_id, target_group=chosen, progress=progress, cancelled=cancelled
            )

        self._job(self.tr("Invitations"), work, self.tr("Letter %1 of %2"), self._invited)

    def invite_by_email(self, event_id: uuid.UUID, group: str, folder: Path) -> None:
        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return self.workspace.event_invitations.email_drafts(
                event_id, folder, target_group=group
            )

        self._job(self.tr("Invitations"), work, self.tr("Mail %1 of %2"), self._mailed)

    def _mailed(self, result: EmailInvitationResult) -> None:
        from indie_desktop.ui.printing.mail_merge import translate_reason

        self.last_result = result
        self.changed()
        lines = [
            self.tr("%1 invited, %2 were taking part already; %3 e-mail draft(s) in %4.")
            .replace("%1", format_number(result.added.added))
            .replace("%2", format_number(result.added.already))
            .replace("%3", format_number(len(result.drafts)))
            .replace("%4", str(result.drafts[0].parent) if result.drafts else "–")
        ]
        if result.skipped:
            lines.append(self.tr("Left out:"))
            lines += [
                f"• {name}: {translate_reason(reason)}" for _p, name, reason in result.skipped
            ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Invitations"),
            "\n".join(lines),
            parent=self.parent_widget,
        )
        self.last_dialog = box
        box.open()

    def _invited(self, result: InvitationResult) -> None:
        self.last_result = result
        self.changed()
        lines = [
            self.tr("%1 invited, %2 were taking part already; %3 letter(s).")
            .replace("%1", format_number(result.added.added))
            .replace("%2", format_number(result.added.already))
            .replace("%3", format_number(result.letters))
        ]
        if result.skipped:
            lines.append(self.tr("Left out:"))
            lines += [
                f"• {name}: {translate_error(reason)[0]}" for _p, name, reason in result.skipped
            ]
        self._show_pdf(result.pdf, self.tr("Invitations"), "\n".join(lines), result.word)

    def _show_pdf(
        self,
        pdf: bytes,
        title: str,
        message: str = "",
        word: Callable[[], bytes] | None = None,
    ) -> None:
        if message:
            box = QMessageBox(
                QMessageBox.Icon.Information, title, message, parent=self.parent_widget
            )
            self.last_dialog = box
            box.open()
        from indie_desktop.ui.printing.commands import open_preview

        open_preview(pdf, title, self.parent_widget, self, word)

    # -- registrations ------------------------------------------------------------------------
    def import_registrations(self, event_id: uuid.UUID, path: Path | None = None) -> None:
        """Without a file: the wizard (file, columns, what became of each row); with one
        (dropped or given on the command line's way): imported with the header words."""
        if path is None:
            from indie_desktop.ui.events.registration_wizard import RegistrationWizard

            wizard = RegistrationWizard(self.workspace, event_id, self.runner, self.parent_widget)
            self.last_dialog = wizard
            wizard.finished.connect(lambda _r: self.changed())
            wizard.open()
            return
        chosen = path

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return self.workspace.registrations.run(
                event_id, chosen, progress=progress, cancelled=cancelled
            )

        self._job(self.tr("Import registrations"), work, self.tr("Row %1 of %2"), self._imported)

    def _imported(self, result: RegistrationResult) -> None:
        from indie_desktop.ui.events.registration_wizard import reason_text

        self.last_result = result
        self.changed()
        lines = [
            self.tr("%1 registered, %2 on the waiting list, %3 registered already.")
            .replace("%1", format_number(result.registered))
            .replace("%2", format_number(result.waitlisted))
            .replace("%3", format_number(result.already)),
            self.tr("New: %1 people, %2 organisations (checked for duplicates).")
            .replace("%1", format_number(result.people_created))
            .replace("%2", format_number(result.organisations_created)),
        ]
        if result.unused:
            lines.append(self.tr("Rows not used:"))
            lines += [
                self.tr("Row %1: %2 – %3")
                .replace("%1", str(u.row))
                .replace("%2", reason_text(u.reason))
                .replace("%3", u.text)
                for u in result.unused
            ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import registrations"),
            "\n".join(lines),
            parent=self.parent_widget,
        )
        self.last_dialog = box
        box.open()

    # -- on the day ---------------------------------------------------------------------------
    def attendance_list(self, event_id: uuid.UUID, name: str) -> None:
        self._print(
            lambda: self.workspace.printing.attendance_list(project_id=event_id),
            self.tr("Attendance list %1").replace("%1", name),
        )

    def badges(self, event_id: uuid.UUID, name: str, layout: str = "L4785") -> None:
        self._print(
            lambda: self.workspace.printing.badges(event_id, layout),
            self.tr("Name badges %1").replace("%1", name),
        )

    def _print(self, make: Callable[[], bytes], title: str) -> None:
        try:
            pdf = make()
        except ServiceError as exc:
            show_error(self.parent_widget, self.tr("Cannot print"), exc)
            return
        self._show_pdf(pdf, title)

    # -- after the event ----------------------------------------------------------------------
    def follow_up(self, event_id: uuid.UUID) -> None:
        """No-shows marked, follow-up tasks made, the thank-you letters to those who came."""
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("After the event"),
            self.tr(
                "Mark everyone registered but not ticked off as “no-show”, make the follow-up "
                "tasks and the thank-you letters to those who attended?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            no_shows = self.workspace.participants.close_attendance(event_id)
            tasks = self.workspace.participants.follow_up_tasks(event_id)
        except ServiceError as exc:
            show_error(self.parent_widget, self.tr("After the event"), exc)
            return
        self.changed()
        summary = (
            self.tr("%1 no-show(s) marked, %2 follow-up task(s) made.")
            .replace("%1", format_number(no_shows))
            .replace("%2", format_number(tasks))
        )

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return self.workspace.event_invitations.thank_you(
                event_id, progress=progress, cancelled=cancelled
            )

        self._job(
            self.tr("Thank-you letters"),
            work,
            self.tr("Letter %1 of %2"),
            lambda merge: self._show_pdf(merge.pdf, self.tr("Thank-you letters"), summary),
        )

    def edit_template(self, name: str = INVITATION_TEMPLATE) -> None:
        dialog = TemplateDialog(self.workspace, name, self.parent_widget)
        self.last_dialog = dialog
        dialog.exec()
