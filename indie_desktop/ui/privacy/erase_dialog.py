"""Erasure (Art. 17): irreversible, so the dialog asks twice — first which mentions in other
records to replace, then the user types the person's name to confirm. The second page says
plainly that backups made before keep the data (and lists the backup files that hold the
person). The erasure itself runs in the background runner behind a busy dialog that cannot be
cancelled (ui/privacy/progress.py)."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.errors import ServiceError
from indie_desktop.services.privacy.erasure import PHASES, ErasureReceipt, Mention
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.errors import show_error
from indie_desktop.ui.privacy.progress import (
    CancelledFn,
    PrivacyJobDialog,
    StepFn,
    runner_for,
)
from indie_desktop.ui.privacy.texts import record_kind
from indie_desktop.ui.tasks import Runner, show_failure
from indie_desktop.ui.widgets.tab_order import apply_tab_order

MENTION_ROLE = Qt.ItemDataRole.UserRole


class EraseDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        person_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or runner_for(parent)
        self.job: PrivacyJobDialog | None = None
        self.workspace = workspace
        self.person_id = person_id
        self.name = name
        self.receipt: ErasureReceipt | None = None
        self.setWindowTitle(self.tr("Erase %1 (Art. 17 GDPR)").replace("%1", name))
        allowed = workspace.privacy.can_erase()
        self.pages = QStackedWidget()

        first = QWidget()
        warning = QLabel(
            self.tr(
                "All personal data of %1 will be erased: master data, affiliations, consents, "
                "objections, files and the values in the change history. Visits, referrals and "
                "cooperations stay counted, without the person. This cannot be undone."
            ).replace("%1", name)
        )
        warning.setWordWrap(True)
        self.mentions_label = QLabel(
            self.tr("Other records mention the person. Tick the texts to clean up:")
        )
        self.mentions_label.setWordWrap(True)
        self.mentions = QListWidget()
        self.mentions.setAccessibleName(self.tr("Mentions in other records"))
        found = workspace.privacy.erasure_mentions(person_id) if allowed else []
        for m in found:
            item = QListWidgetItem(f"{record_kind(m.target_type)} {m.record_label}: {m.excerpt}")
            item.setToolTip(m.excerpt)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(MENTION_ROLE, m)
            self.mentions.addItem(item)
        self.mentions_label.setVisible(bool(found))
        self.mentions.setVisible(bool(found))
        self.denied = QLabel(
            self.tr(
                "Only the data protection role may erase: on the shared database, the "
                "administrator's login. Ask them to erase this person. An offline copy "
                "receives the erasure with its next sync."
            )
        )
        self.denied.setWordWrap(True)
        self.denied.setStyleSheet("color: #b3261e")
        self.denied.setVisible(not allowed)
        self.next_button = QPushButton(self.tr("&Continue…"))
        self.next_button.setEnabled(allowed)
        self.next_button.clicked.connect(self.ask_again)
        box = QVBoxLayout(first)
        box.addWidget(warning)
        box.addWidget(self.denied)
        box.addWidget(self.mentions_label)
        box.addWidget(self.mentions, 1)

        second = QWidget()
        ask = QLabel(
            self.tr("Last question: type the name “%1” to erase the person irrevocably.").replace(
                "%1", name
            )
        )
        ask.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Name to confirm"))
        self.confirm_edit.textChanged.connect(self._update)
        self.erase_button = QPushButton(self.tr("&Erase irrevocably"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.backups = workspace.privacy.backups_with_person(person_id) if allowed else []
        backup_text = self.tr(
            "Backups made before the erasure still hold the person's data until they rotate "
            "out; the erasure does not change them."
        )
        if self.backups:
            backup_text += " " + self.tr("These backup files hold the person:")
            backup_text += "".join(f"<br>• {html.escape(str(p))}" for p in self.backups)
        self.backup_note = QLabel(backup_text)
        self.backup_note.setWordWrap(True)
        self.backup_note.setTextFormat(Qt.TextFormat.RichText)
        self.backup_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box2 = QVBoxLayout(second)
        box2.addWidget(ask)
        box2.addWidget(self.confirm_edit)
        box2.addWidget(self.backup_note)
        self.status = QLabel()
        box2.addWidget(self.status)
        box2.addStretch(1)

        self.pages.addWidget(first)
        self.pages.addWidget(second)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)
        self.erase_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.cancel_button.setDefault(True)
        self.resize(560, 380 if found else 220)
        apply_tab_order(self.tab_order())

    def tab_order(self) -> list[QWidget]:
        """First step: the mentions to clean up, Continue; second: the name typed, Erase."""
        return [
            self.mentions,
            self.next_button,
            self.confirm_edit,
            self.erase_button,
            self.cancel_button,
        ]

    def confirmed_mentions(self) -> list[Mention]:
        out = []
        for i in range(self.mentions.count()):
            item = self.mentions.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(MENTION_ROLE))
        return out

    def ask_again(self) -> None:
        self.pages.setCurrentIndex(1)
        self.resize(self.width(), 200)
        self.next_button.hide()
        self.erase_button.show()
        self.confirm_edit.setFocus()

    def _matches(self) -> bool:
        typed = " ".join(self.confirm_edit.text().split()).casefold()
        return bool(typed) and typed == " ".join(self.name.split()).casefold()

    def _update(self) -> None:
        self.erase_button.setEnabled(self._matches())

    def erase(self) -> None:
        """Start the erasure in the background; the busy dialog cannot be cancelled."""
        if not self._matches() or self.job is not None:
            return
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.confirm_edit.setEnabled(False)
        mentions = self.confirmed_mentions()
        privacy = self.workspace.privacy
        person_id = self.person_id
        total = len(PHASES)

        def work(step: StepFn, _cancelled: CancelledFn) -> ErasureReceipt:
            return privacy.erase(
                person_id, mentions, phase=lambda name: step(name, PHASES.index(name), total)
            )

        self.job = PrivacyJobDialog(
            self.runner,
            self.tr("Erasure"),
            self.tr(
                "Erasing %1. This cannot be cancelled once started: the erasure finishes and "
                "then cleans the database file, which may take a while for a large file."
            ).replace("%1", self.name),
            work,
            cancellable=False,
            parent=self,
        )
        self.job.finished_with.connect(self._erased)
        self.job.failed_with.connect(self._failed)
        self.job.start()

    def reject(self) -> None:  # no closing while the erasure runs
        if self.job is not None and self.job.running:
            return
        super().reject()

    def _failed(self, error: object) -> None:
        self.job = None
        self.cancel_button.setEnabled(True)
        self.confirm_edit.setEnabled(True)
        self._update()
        if isinstance(error, ServiceError | OSError):
            show_error(self, self.tr("Erasure"), error)
        else:
            assert isinstance(error, BaseException)
            show_failure(error, self)

    def _erased(self, receipt: object) -> None:
        assert isinstance(receipt, ErasureReceipt)
        self.job = None
        self.receipt = receipt
        text = self.tr(
            "The personal data is erased. The audit trail records the erasure under the "
            "reference %1, without the person."
        ).replace("%1", receipt.reference)
        if receipt.backups:
            text += "\n\n" + self.tr(
                "Backups made before the erasure still hold the person's data until they "
                "rotate out; the erasure does not change them. Backup files that hold the "
                "person:"
            )
            text += "".join(f"\n• {p}" for p in receipt.backups)
        QMessageBox.information(self, self.tr("Erasure"), text)
        self.accept()
