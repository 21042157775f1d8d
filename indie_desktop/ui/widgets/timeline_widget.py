"""The timeline in an organisation's or person's detail pane: newest first, by kind and
institution, 50 entries at a time ("Show more")."""

from __future__ import annotations

import uuid
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from indie_desktop.domain.enum_labels import QT_TRANSLATE_NOOP
from indie_desktop.domain.enums import (
    ActivityKind,
    CooperationKind,
    MembershipStatus,
    ParticipantStatus,
    ReferralStage,
    RelationKind,
    Urgency,
)
from indie_desktop.domain.formatting import format_date, format_datetime
from indie_desktop.services.directory.timeline_entries import EntryKind, Role, TimelineEntry
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui import qt_items
from indie_desktop.ui.labels import label

PAGE = 50
ENTRY_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "TimelineWidget"
KIND_NAMES = {
    EntryKind.ACTIVITY: QT_TRANSLATE_NOOP("TimelineWidget", "Activities"),
    EntryKind.NEED: QT_TRANSLATE_NOOP("TimelineWidget", "Needs"),
    EntryKind.REFERRAL: QT_TRANSLATE_NOOP("TimelineWidget", "Referrals"),
    EntryKind.STAGE_CHANGE: QT_TRANSLATE_NOOP("TimelineWidget", "Referral stages"),
    EntryKind.COOPERATION: QT_TRANSLATE_NOOP("TimelineWidget", "Cooperations"),
    EntryKind.TASK: QT_TRANSLATE_NOOP("TimelineWidget", "Tasks"),
    EntryKind.EVENT: QT_TRANSLATE_NOOP("TimelineWidget", "Events"),
    EntryKind.RELATION: QT_TRANSLATE_NOOP("TimelineWidget", "Relations"),
    EntryKind.NETWORK: QT_TRANSLATE_NOOP("TimelineWidget", "In the network"),
}
# A relation read from the other organisation ('Mutter von' for a 'Tochter von' row).
INVERSE_RELATIONS = {
    RelationKind.SUBSIDIARY_OF: QT_TRANSLATE_NOOP("TimelineWidget", "Parent company of"),
    RelationKind.SUPPLIER_OF: QT_TRANSLATE_NOOP("TimelineWidget", "Customer of"),
    RelationKind.MEMBER_OF: QT_TRANSLATE_NOOP("TimelineWidget", "Has as member"),
    RelationKind.PARTNER_OF: QT_TRANSLATE_NOOP("TimelineWidget", "Cooperation partner of"),
    RelationKind.SPIN_OFF_OF: QT_TRANSLATE_NOOP("TimelineWidget", "Has as spin-off"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(entry: TimelineEntry) -> str:
    """One line saying what happened, in the user's language."""
    k = entry.kind
    if k == EntryKind.ACTIVITY:
        return f"{label(ActivityKind(entry.subkind))}: {entry.title}"
    if k == EntryKind.NEED:
        urgency = label(Urgency(entry.subkind)) if entry.subkind else ""
        return QCoreApplication.translate("TimelineWidget", "Need: {topic} ({urgency})").format(
            topic=entry.title, urgency=urgency
        )
    if k == EntryKind.REFERRAL:
        text = (
            QCoreApplication.translate("TimelineWidget", "Referred to {other}")
            if entry.role == Role.REFERRED
            else QCoreApplication.translate("TimelineWidget", "Referral partner for {other}")
        )
        return text.format(other=entry.title or "–")
    if k == EntryKind.STAGE_CHANGE:
        return QCoreApplication.translate("TimelineWidget", "Referral {stage}: {other}").format(
            stage=label(ReferralStage(entry.subkind)), other=entry.title or "–"
        )
    if k == EntryKind.COOPERATION:
        return QCoreApplication.translate("TimelineWidget", "Cooperation ({kind}): {title}").format(
            kind=label(CooperationKind(entry.subkind)), title=entry.title
        )
    if k == EntryKind.RELATION:
        kind_text, _, side = entry.subkind.partition(":")
        kind = RelationKind(kind_text)
        relation = _tr(INVERSE_RELATIONS[kind]) if side == "in" else label(kind)
        return f"{relation} {entry.title}"
    if k == EntryKind.NETWORK:
        text = QCoreApplication.translate("TimelineWidget", "In the network: {status}").format(
            status=label(MembershipStatus(entry.subkind))
        )
        return f"{text} – {entry.title}" if entry.title else text
    if k == EntryKind.EVENT:
        status = label(ParticipantStatus(entry.subkind)) if entry.subkind else ""
        return QCoreApplication.translate("TimelineWidget", "Event ({status}): {name}").format(
            status=status, name=entry.title
        )
    done = (
        QCoreApplication.translate("TimelineWidget", "done")
        if entry.done
        else QCoreApplication.translate("TimelineWidget", "open")
    )
    return QCoreApplication.translate("TimelineWidget", "Task ({state}): {title}").format(
        state=done, title=entry.title
    )


class TimelineWidget(QWidget):
    """Entries for one organisation or person; double-click/Return opens an activity."""

    activity_requested = Signal(object)  # activity id

    def __init__(
        self,
        workspace: Workspace,
        subject: Literal["organisation", "person"],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.subject = subject
        self.subject_id: uuid.UUID | None = None
        self._shown = 0
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind of entry"))
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind, name in KIND_NAMES.items():
            self.kind_filter.addItem(_tr(name), kind)
        self.institution_filter = QComboBox()
        self.institution_filter.setAccessibleName(self.tr("Institution"))
        self.institution_filter.addItem(self.tr("All institutions"), None)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.institution_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Institution")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Timeline"))
        char = self.fontMetrics().averageCharWidth()
        self.tree.setColumnWidth(0, 20 * char)
        self.tree.setColumnWidth(1, 40 * char)
        self.tree.itemActivated.connect(self._activated)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.load_more)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("<b>Timeline</b>")))
        bar.addStretch(1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.institution_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_subject(None)

    def set_subject(self, subject_id: uuid.UUID | None) -> None:
        self.subject_id = subject_id
        self.setEnabled(subject_id is not None)
        self.reload()

    def _fill_institutions(self) -> None:
        """The institutions, asked for once a record is shown (not while the list is built)."""
        if self.institution_filter.count() > 1:
            return
        self.institution_filter.blockSignals(True)
        for inst in self.workspace.directory.institution_choices():
            if inst.id is not None:
                self.institution_filter.addItem(inst.short_name, inst.id)
        self.institution_filter.blockSignals(False)

    def reload(self) -> None:
        if self.subject_id is not None:
            self._fill_institutions()
        self.tree.clear()
        self._shown = 0
        self.more_button.hide()
        if self.subject_id is not None:
            self.load_more()

    def load_more(self) -> None:
        if self.subject_id is None:
            return
        kind = self.kind_filter.currentData()
        fetch = (
            self.workspace.timeline.for_organisation
            if self.subject == "organisation"
            else self.workspace.timeline.for_person
        )
        page = fetch(
            self.subject_id,
            kinds=[EntryKind(kind)] if kind else None,
            institution_id=self.institution_filter.currentData(),
            offset=self._shown,
            limit=PAGE,
        )
        for entry in page.entries:
            when = format_date(entry.when) if entry.is_date else format_datetime(entry.when)
            item = QTreeWidgetItem(self.tree, [when, describe(entry), entry.institution])
            item.setData(0, ENTRY_ROLE, entry)
            item.setToolTip(1, describe(entry))
        self._shown += len(page.entries)
        self.more_button.setVisible(page.has_more)

    def entries(self) -> list[TimelineEntry]:
        return [
            qt_items.top_level(self.tree, i).data(0, ENTRY_ROLE)
            for i in range(self.tree.topLevelItemCount())
        ]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if isinstance(entry, TimelineEntry) and entry.kind == EntryKind.ACTIVITY:
            self.activity_requested.emit(entry.record_id)
