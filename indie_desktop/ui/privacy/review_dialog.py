"""The retention review queue: contacts without contact for N years (or with a consent that
ran out) waiting for a person's decision — keep with a reason, anonymise, or erase."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.privacy.erasure import PHASES, ErasureReceipt
from indie_desktop.services.privacy.protection import ReviewItem
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.privacy import actions
from indie_desktop.ui.privacy.forms import KeepDialog
from indie_desktop.ui.privacy.progress import (
    CancelledFn,
    PrivacyJobDialog,
    StepFn,
    runner_for,
)
from indie_desktop.ui.privacy.texts import REVIEW_REASONS, tr
from indie_desktop.ui.tasks import show_failure
from indie_desktop.ui.widgets.tab_order import apply_tab_order
from indie_desktop.ui.window_sizes import fit_window

ITEM_ROLE = Qt.ItemDataRole.UserRole


class ReviewQueueDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Data protection review"))
        self.items: list[ReviewItem] = []
        self.job: PrivacyJobDialog | None = None  # the anonymisation running in the background
        intro = QLabel(
            self.tr(
                "Listed: people without contact and without an open referral for the chosen "
                "number of years and without a consent, and people whose consent ran out. "
                "Nothing is deleted without your decision."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(workspace.privacy.retention_years())
        self.years.setAccessibleName(self.tr("Years without contact"))
        self.years.valueChanged.connect(self._years_changed)
        years_row = QHBoxLayout()
        years_row.addWidget(QLabel(self.tr("No contact for:")))
        years_row.addWidget(self.years)
        years_row.addStretch(1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Last contact"), self.tr("Reason")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()
        self.keep_button = QPushButton(self.tr("&Keep…"))
        self.keep_button.clicked.connect(self.keep)
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.anonymise_button.clicked.connect(self.anonymise)
        self.erase_button = QPushButton(self.tr("&Erase (Art. 17)…"))
        self.erase_button.clicked.connect(self.erase)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.keep_button, self.anonymise_button, self.erase_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(years_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        fit_window(self, 760, 480, "privacy_review")
        self.reload()
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        return [
            self.years,
            self.table,
            self.keep_button,
            self.anonymise_button,
            self.erase_button,
            self.close_button,
        ]

    def reload(self) -> None:
        # About a second at network scale (every person checked): show that it works.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.items = self.workspace.privacy.review_queue(years=self.years.value())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.table.setRowCount(0)
        for item in self.items:
            r = self.table.rowCount()
            self.table.insertRow(r)
            reason = tr(REVIEW_REASONS.get(item.reason, item.reason))
            cells = [
                item.name,
                item.organisation,
                format_date(item.last_contact) if item.last_contact else self.tr("never"),
                reason,  # the last contact has its own column
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ITEM_ROLE, item)
                self.table.setItem(r, col, cell)
        self.count_label.setText(self.tr("%n people to review", "", len(self.items)))
        self._update_buttons()

    def selected(self) -> ReviewItem | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return cell.data(ITEM_ROLE) if cell is not None else None

    def select_person(self, person_id: uuid.UUID) -> None:
        for row, item in enumerate(self.items):
            if item.person_id == person_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for b in (self.keep_button, self.anonymise_button, self.erase_button):
            b.setEnabled(chosen)

    def _years_changed(self, years: int) -> None:
        try:
            self.workspace.privacy.set_retention_years(years)
        except ServiceError as exc:
            show_error(self, self.tr("Data protection review"), exc)
        self.reload()

    def keep(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = KeepDialog(
            item.name,
            lambda reason, until: self.workspace.privacy.keep(item.person_id, reason, until),
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def anonymise(self) -> None:
        item = self.selected()
        if item is None:
            return
        if not self.workspace.privacy.can_erase():
            QMessageBox.warning(
                self,
                self.tr("Anonymise"),
                self.tr("Only the data protection role (the database administrator) may."),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            self.tr(
                "Anonymise %1? Name, contact data, notes, consents and files go; the contact "
                "stays counted with its organisation. This cannot be undone. Backups made "
                "before still hold the person's data until they rotate out."
            ).replace("%1", item.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        privacy = self.workspace.privacy
        person_id = item.person_id
        total = len(PHASES)

        def work(step: StepFn, _cancelled: CancelledFn) -> ErasureReceipt:
            return privacy.erase(
                person_id,
                (),
                anonymise_only=True,
                phase=lambda name: step(name, PHASES.index(name), total),
            )

        def failed(error: object) -> None:
            if isinstance(error, ServiceError):
                show_error(self, self.tr("Anonymise"), error)
            else:
                assert isinstance(error, BaseException)
                show_failure(error, self)

        self.job = PrivacyJobDialog(
            runner_for(self),
            self.tr("Anonymise"),
            self.tr(
                "Anonymising %1. This cannot be cancelled once started; cleaning the database "
                "file may take a while for a large file."
            ).replace("%1", item.name),
            work,
            cancellable=False,
            parent=self,
        )
        self.job.finished_with.connect(lambda _receipt: self.reload())
        self.job.failed_with.connect(failed)
        self.job.start()

    def erase(self) -> None:
        item = self.selected()
        if item is None:
            return
        name = self.workspace.privacy.profile(item.person_id).display_name
        if actions.erase(self, self.workspace, item.person_id, name):
            self.reload()
