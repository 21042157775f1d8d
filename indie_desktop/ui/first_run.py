"""First start on an empty database: who is the user, and should a demo network be loaded?

Errors are shown next to the field they concern; what was typed stays in the fields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from indie_desktop import APP_NAME
from indie_desktop.services.context import Actor
from indie_desktop.services.errors import ValidationError
from indie_desktop.services.workspace import Workspace
from indie_desktop.store.database import Database
from indie_desktop.ui.errors import translate_error
from indie_desktop.ui.tasks import Runner, Task, show_failure

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"

# The demo generator's phase names (services/demo.py), so that lupdate offers them.
DEMO_PHASES = (
    QT_TRANSLATE_NOOP("first_run", "Institutions and staff"),
    QT_TRANSLATE_NOOP("first_run", "Organisations"),
    QT_TRANSLATE_NOOP("first_run", "People"),
    QT_TRANSLATE_NOOP("first_run", "Projects"),
    QT_TRANSLATE_NOOP("first_run", "Activities and needs"),
    QT_TRANSLATE_NOOP("first_run", "Referrals and cooperations"),
    QT_TRANSLATE_NOOP("first_run", "Search index"),
)


def run_demo_generation(
    parent: QWidget, db: Database, runner: Runner, on_finished: Callable[[bool], None]
) -> None:
    """Fill the database with the demo network in the background, with a cancellable progress.

    `on_finished(True)` after success, `on_finished(False)` after cancel or failure.
    """
    from indie_desktop.services.demo import DemoCancelled, DemoSize, generate_demo

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
        if not isinstance(error, DemoCancelled):
            show_failure(error, parent)
        finish(False)

    task = runner.run(
        work, on_success=lambda _r: finish(True), on_failure=on_failure, on_progress=on_progress
    )
    progress.canceled.connect(task.cancel)


class FirstRunDialog(QDialog):
    """Registers the local user (institution, name, e-mail); optionally loads the demo network."""

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.actor: Actor | None = None
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

        self.load_demo = QCheckBox(self.tr("Load the &demo network"))
        self.load_demo.setToolTip(
            self.tr("Fictitious companies, people and projects to look around with")
        )
        self.load_demo.setEnabled(workspace.directory.is_empty())
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
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
        layout.addWidget(self.load_demo)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.first_name.setFocus()

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        """The field with a red message line under it, hidden while there is nothing to say."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.errors[field] = error
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

    def accept(self) -> None:
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
