"""First start on an empty database: who is the user, and how to begin.

The user chooses institution and name, then how to start: with an empty database, with the
demo network, by connecting to the shared office server (the connection dialog; the server
knows who the login belongs to, so the name fields are not needed then), or by importing a file
(the import wizard opens with the main window). Errors are shown next to the field they
concern; what was typed stays in the fields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from indie_desktop import APP_NAME
from indie_desktop.config import Settings
from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.errors import ValidationError
from indie_desktop.services.context import Actor
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.tasks import Runner, Task, show_failure
from indie_desktop.ui.theme import error_style
from indie_desktop.ui.widgets.field_error import with_error

log = logging.getLogger(__name__)


# The demo generator's phase names (services/demo/generator.py), so that lupdate offers them.
DEMO_PHASES = (
    QT_TRANSLATE_NOOP("first_run", "Institutions and staff"),
    QT_TRANSLATE_NOOP("first_run", "Organisations"),
    QT_TRANSLATE_NOOP("first_run", "People"),
    QT_TRANSLATE_NOOP("first_run", "Projects"),
    QT_TRANSLATE_NOOP("first_run", "Activities and needs"),
    QT_TRANSLATE_NOOP("first_run", "Referrals and cooperations"),
    QT_TRANSLATE_NOOP("first_run", "Companies in the network"),
    QT_TRANSLATE_NOOP("first_run", "Search index"),
)


def run_demo_generation(
    parent: QWidget, db: Database, runner: Runner, on_finished: Callable[[bool], None]
) -> None:
    """Fill the database with the demo network in the background, with a cancellable progress.

    `on_finished(True)` after success, `on_finished(False)` after cancel or failure.
    """
    from indie_desktop.domain.errors import Cancelled
    from indie_desktop.services.demo.generator import DemoSize, generate_demo

    progress = QProgressDialog(
        QCoreApplication.translate("first_run", "Creating the demo network…"),
        QCoreApplication.translate("first_run", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("first_run", "Demo network"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.show()

    def work(task: Task) -> object:
        return generate_demo(
            db, DemoSize(), seed=2026, progress=task.report, cancel=task.is_cancelled
        )

    def on_progress(phase: str, done: int, total: int) -> None:
        text = QCoreApplication.translate("first_run", "Creating the demo network: {phase}")
        progress.setLabelText(text.format(phase=QCoreApplication.translate("first_run", phase)))
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))

    def finish(ok: bool) -> None:
        progress.close()
        progress.deleteLater()
        on_finished(ok)

    def on_failure(error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            show_failure(error, parent)
        finish(False)

    task = runner.run(
        work, on_success=lambda _r: finish(True), on_failure=on_failure, on_progress=on_progress
    )
    progress.canceled.connect(task.cancel)


class FirstRunDialog(QDialog):
    """Registers the local user (institution, name, e-mail); optionally loads the demo network."""

    EMPTY, DEMO, SHARED, IMPORT = "empty", "demo", "shared", "import"

    def __init__(
        self,
        workspace: Workspace,
        runner: Runner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.settings = settings
        self.actor: Actor | None = None
        # After "connect to the shared server": the open shared database (no local user).
        self.shared_database: Database | None = None
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "<b>Welcome!</b> Before you start, tell {app} who you are. Every entry you make "
                "is recorded with your name and your institution."
            ).format(app=APP_NAME)
        )
        intro.setWordWrap(True)

        self.institution = QComboBox()
        for choice in workspace.directory.institution_choices():
            self.institution.addItem(choice.name, choice)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.de"))
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.addRow(self.tr("&Institution:"), self._with_error("institution", self.institution))
        form.addRow(self.tr("&First name:"), self._with_error("first_name", self.first_name))
        form.addRow(self.tr("&Last name:"), self._with_error("last_name", self.last_name))
        form.addRow(self.tr("&E-mail:"), self._with_error("email", self.email))

        start_label = QLabel(self.tr("How do you want to start?"))
        self.start_empty = QRadioButton(self.tr("With an empty data&base"))
        self.start_empty.setChecked(True)
        self.load_demo = QRadioButton(self.tr("With the &demo network"))
        self.load_demo.setToolTip(
            self.tr("Fictitious companies, people and projects to look around with")
        )
        self.load_demo.setEnabled(workspace.directory.is_empty())
        self.connect_shared = QRadioButton(self.tr("&Connect to the shared office server…"))
        self.connect_shared.setToolTip(
            self.tr("Work on the database of your office; the administrator gives you a login")
        )
        self.connect_shared.setEnabled(settings is not None)
        self.import_file = QRadioButton(self.tr("Import a file (CSV, E&xcel, vCard)…"))
        self.start_group = QButtonGroup(self)
        for button in (self.start_empty, self.load_demo, self.connect_shared, self.import_file):
            self.start_group.addButton(button)
        self.connect_shared.toggled.connect(self._shared_toggled)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(error_style())
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(start_label)
        for button in (self.start_empty, self.load_demo, self.connect_shared, self.import_file):
            layout.addWidget(button)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.first_name.setFocus()

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        """The widget with a red message line under it (hidden while there is nothing to say)."""
        box, self.errors[field] = with_error(widget)
        return box

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.setToolTip("")
            label.hide()
        widgets = {"first_name": self.first_name, "last_name": self.last_name, "email": self.email}
        first: QWidget | None = None
        for field, message in errors.items():
            text, detail = translate_error(message)
            label = self.errors.get(field, self.general_error)
            if label.text():  # two messages without a field of their own
                text = f"{label.text()}\n{text}"
            label.setText(text)
            label.setToolTip(detail)
            label.show()
            if first is None and field in widgets:
                first = widgets[field]
        if first is not None:
            first.setFocus()

    @property
    def start(self) -> str:
        """How the user chose to begin: EMPTY, DEMO, SHARED or IMPORT."""
        if self.load_demo.isChecked():
            return self.DEMO
        if self.connect_shared.isChecked():
            return self.SHARED
        if self.import_file.isChecked():
            return self.IMPORT
        return self.EMPTY

    def _shared_toggled(self, shared: bool) -> None:
        # On the server the login decides who you are: no local user to register.
        for widget in (self.institution, self.first_name, self.last_name, self.email):
            widget.setEnabled(not shared)

    def _connect(self) -> None:
        from indie_desktop.ui.connection_dialog import ConnectionDialog

        assert self.settings is not None
        dialog = ConnectionDialog(self.settings, parent=self)
        dialog.ui.shared_radio.setChecked(True)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if dialog.mode == "shared" and dialog.database is not None:
                self.shared_database = dialog.database
                super().accept()
            else:  # chose the local file after all
                self.start_empty.setChecked(True)
        finally:
            dialog.deleteLater()

    def accept(self) -> None:
        if self.start == self.SHARED and self.actor is None:
            self._connect()
            return
        if self.actor is None:
            try:
                self.actor = self.workspace.directory.register_local_user(
                    self.institution.currentData(),
                    self.first_name.text(),
                    self.last_name.text(),
                    self.email.text(),
                )
            except ValidationError as exc:
                self.show_errors(exc.errors)
                return
            log.info("registered local user %s", self.actor.display_name)
        self.show_errors({})
        if self.load_demo.isChecked() and self.workspace.directory.is_empty():
            self.buttons.setEnabled(False)
            run_demo_generation(self, self.workspace.db, self.runner, self._demo_finished)
            return
        super().accept()

    def _demo_finished(self, ok: bool) -> None:
        # Registered either way; after a cancel the File menu still offers the demo network.
        log.info("demo network %s", "loaded" if ok else "not loaded")
        self.buttons.setEnabled(True)
        super().accept()
