"""The Datenschutz section under a person's detail: a summary and the commands."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import NotFound
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.work.tasks import today_in_berlin
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import label
from indie_desktop.ui.privacy import actions
from indie_desktop.ui.privacy.privacy_dialog import PrivacyDialog
from indie_desktop.ui.privacy.texts import purpose_label
from indie_desktop.ui.tasks import Runner


class PrivacyPanel(QWidget):
    changed = Signal()
    erased = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # The export and erasure run here; None: the main window's (progress.runner_for).
        self.runner = runner
        self.person_id: uuid.UUID | None = None
        self.name = ""
        self.heading = QLabel(self.tr("<b>Data protection</b>"))
        self.summary = QLabel()
        self.summary.setWordWrap(False)  # short lines; wrapping lets the splitter squeeze it
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.open_button = QPushButton(self.tr("Data &protection…"))
        self.open_button.clicked.connect(self.open_dialog)
        self.export_button = QPushButton(self.tr("Access (Art. 15) export…"))
        self.export_button.clicked.connect(self.export_access)
        self.erase_button = QPushButton(self.tr("Erase (Art. 17)…"))
        self.erase_button.clicked.connect(self.erase)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.export_button, self.erase_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.setMinimumHeight(self.sizeHint().height() + self.fontMetrics().height())
        self.set_target(None)

    def set_target(self, person_id: uuid.UUID | None) -> None:
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        profile = None
        if self.person_id is not None:
            try:
                profile = self.workspace.privacy.profile(self.person_id)
            except NotFound:
                profile = None
        self.setEnabled(profile is not None)
        if profile is None:
            self.summary.setText("")
            self.name = ""
            return
        self.name = profile.display_name
        today = today_in_berlin()
        parts = [
            self.tr("Legal basis: %1").replace(
                "%1", label(profile.legal_basis) if profile.legal_basis else self.tr("not recorded")
            )
        ]
        active = [label(c.scope) for c in profile.consents if c.active_on(today)]
        parts.append(
            self.tr("Consents: %1").replace("%1", ", ".join(active) if active else self.tr("none"))
        )
        objections = [
            purpose_label(o.purpose)
            for o in profile.objections
            if o.withdrawn_on is None or o.withdrawn_on > today
        ]
        if objections:
            parts.append(self.tr("Objects to: %1").replace("%1", ", ".join(objections)))
        parts.append(
            self.tr("Art. 14 information: %1").replace(
                "%1",
                format_date(profile.art14_sent_on)
                if profile.art14_sent_on
                else self.tr("not sent"),
            )
        )
        parts.append(
            self.tr("Last contact: %1").replace(
                "%1", format_date(profile.last_contact) if profile.last_contact else self.tr("none")
            )
        )
        # Two short lines: the splitter above leaves the panel little height.
        first, second = " · ".join(parts[:-2]), " · ".join(parts[-2:])
        self.summary.setText(f"{first}\n{second}")
        self.summary.setToolTip("\n".join(parts))

    def open_dialog(self) -> None:
        if self.person_id is None:
            return
        dialog = PrivacyDialog(self.workspace, self.person_id, self)
        dialog.changed.connect(self.reload)
        dialog.changed.connect(self.changed)
        dialog.erased.connect(self.erased)
        dialog.exec()
        dialog.deleteLater()
        self.reload()

    def export_access(self) -> None:
        if self.person_id is not None:
            actions.export_access(self, self.workspace, self.person_id, self.name)

    def erase(self) -> None:
        if self.person_id is not None and actions.erase(
            self, self.workspace, self.person_id, self.name
        ):
            self.erased.emit()
