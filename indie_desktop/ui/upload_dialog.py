"""*Datei → In Büro-Datenbank übernehmen…*: the administrator moves the local file to the server.

The same as `indie-desktop admin upload-local` (store/shared_upload.py): every record of the open
local database, with its id, owned by the chosen institution; running it again copies nothing
twice; likely duplicates on the server are listed, never merged. Runs in the background with a
progress dialog that can cancel (the server is then as it was: one transaction).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.network_members import NETWORK_MEMBERS
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.shared_upload import UploadCancelled, UploadReport
from indie_desktop.ui.tasks import Runner, Task, show_failure


class UploadDialog(QDialog):
    """Asks for the server (administrator login), its password and the institution."""

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.report: UploadReport | None = None
        self.setWindowTitle(self.tr("Move to the office database"))
        intro = QLabel(
            self.tr(
                "Copies every record of this computer's database to the office server, owned "
                "by the institution chosen, with the visibility it has. Log in as the "
                "server's administrator. Running it again copies nothing twice."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://admin@server/indie")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.institution = QComboBox()
        for member in NETWORK_MEMBERS:
            self.institution.addItem(member.short_name)
        for choice in workspace.directory.institution_choices():
            if choice.id is not None and choice.id == workspace.actor.institution_id:
                self.institution.setCurrentText(choice.short_name)  # the local user's
        self.dry_run = QCheckBox(self.tr("Only check, write nothing"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.url)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Institution:"), self.institution)
        form.addRow("", self.dry_run)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """Check the input, then copy in the background with a cancellable progress."""
        url = self.url.text().strip()
        if not url.startswith(("postgresql://", "postgres://")):
            self.error.setText(self.tr("Give the server as postgresql://LOGIN@SERVER/DATABASE."))
            self.url.setFocus()
            return
        self.error.clear()
        password = self.password.text() or None
        institution = self.institution.currentText()
        dry_run = self.dry_run.isChecked()
        local = self.workspace.db
        progress = QProgressDialog(self.tr("Copying…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.show()

        def work(task: Task) -> UploadReport:
            from indie_desktop.store.database import open_url
            from indie_desktop.store.shared_upload import upload_local

            server = open_url(url, password=password)
            try:
                return upload_local(
                    local,
                    server,
                    institution,
                    dry_run=dry_run,
                    progress=task.report,
                    cancelled=task.is_cancelled,
                )
            finally:
                server.dispose()

        def on_progress(table: str, done: int, total: int) -> None:
            progress.setLabelText(self.tr("Copying: {table}").format(table=table))
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def done() -> None:
            progress.close()
            progress.deleteLater()

        def on_success(report: UploadReport) -> None:
            done()
            self.report = report
            QMessageBox.information(self, self.windowTitle(), summary(report))
            self.accept()

        def on_failure(error: BaseException) -> None:
            done()
            if not isinstance(error, UploadCancelled):
                show_failure(error, self)

        task = self.runner.run(
            work, on_success=on_success, on_failure=on_failure, on_progress=on_progress
        )
        progress.canceled.connect(task.cancel)


def summary(report: UploadReport) -> str:
    """What was copied and skipped, and the likely duplicates, in the user's words."""
    copied = sum(report.copied.values())
    skipped = sum(report.skipped.values())
    if report.dry_run:
        lead = QCoreApplication.translate(
            "UploadDialog", "Check only: %n record(s) would be copied.", "", copied
        )
    else:
        lead = QCoreApplication.translate("UploadDialog", "%n record(s) copied.", "", copied)
    lines = [
        lead,
        QCoreApplication.translate(
            "UploadDialog", "%n record(s) on the server already, skipped.", "", skipped
        ),
    ]
    if report.duplicates:
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "UploadDialog",
                "%n record(s) look like one already on the server: merge them with the "
                "duplicate finder.",
                "",
                len(report.duplicates),
            )
        )
        lines += [f"• {name}" for _kind, name, _a, _b in report.duplicates[:20]]
    return "\n".join(lines)
