"""Referrals: the list filtered by stage, a referral's history and chain, stage changes and
the cooperation that came out of it."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QToolButton

from indie_desktop.domain.enums import ReferralStage
from indie_desktop.domain.errors import PermissionDenied
from indie_desktop.domain.formatting import format_date, format_money
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.referral_list import ReferralDetail, ReferralRow
from indie_desktop.services.work.referrals import NEXT_STAGES
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import esc, field_table, link, multiline, section
from indie_desktop.ui.views.record_list_view import EditorDialog, RecordListView, RecordService
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel


class ReferralColumn(IntEnum):
    REFERRED_ON = 0
    ORGANISATION = 1
    TOPIC = 2
    PARTNER = 3
    STAGE = 4
    STAFF = 5
    FOLLOW_UP = 6


NOT_DELETED = "A referral is not deleted; it ends as declined or without response."


class _ReferralSource:
    """The list service, plus delete/restore through the change service."""

    def __init__(self, view: ReferralsView) -> None:
        self._list = view.workspace.referral_list

    def count(self, query: Any) -> int:
        return self._list.count(query)

    def page(
        self, query: Any, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[ReferralRow]:
        return self._list.page(query, offset, limit, after)

    def detail(self, record_id: uuid.UUID) -> ReferralDetail:
        return self._list.detail(record_id)

    def delete(self, record_id: uuid.UUID) -> None:
        raise PermissionDenied(NOT_DELETED)

    def restore(self, record_id: uuid.UUID) -> None:
        raise PermissionDenied(NOT_DELETED)


class ReferralsView(RecordListView):
    """Referrals, newest first; Return changes the stage of the selected one."""

    key = "referrals"  # the main window's name of this list

    letter_requested = Signal()  # the detail pane's "Referral letter…" link (print commands)

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Stage"))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in ReferralStage:
            self.stage_filter.addItem(label(stage), stage.value)
        self.stage_filter.currentIndexChanged.connect(self._stage_changed)
        # As wide as a short stage name; the open list shows the long ones whole.
        self.stage_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stage_filter.setMinimumContentsLength(12)
        self.add_filter_widget(self.stage_filter)
        self.stage_action = QAction(self.tr("Change &stage…"), self)
        self.stage_action.setShortcut(QKeySequence("Ctrl+G"))
        self.stage_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stage_action.setToolTip(self.tr("Move the selected referral on (Return, Ctrl+G)"))
        self.stage_action.triggered.connect(self.edit_selected)
        self.cooperation_action = QAction(self.tr("Record &cooperation…"), self)
        # Not a Ctrl+K chord: Ctrl+K alone is the global search.
        self.cooperation_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.cooperation_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cooperation_action.triggered.connect(self.record_cooperation)
        self.follow_up_need_action = QAction(self.tr("Record follow-up &need…"), self)
        self.follow_up_need_action.setToolTip(
            self.tr("Record what the partner needs in turn, so the referral chain stays traceable")
        )
        self.follow_up_need_action.triggered.connect(self.record_follow_up_need)
        # The follow-up need is offered in the context menu and the detail pane, not as a
        # further button (the filter bar would make the window wider than small screens allow).
        self.addAction(self.follow_up_need_action)
        for action in (self.stage_action, self.cooperation_action):
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            self.add_filter_widget(button)
        self.delete_action.setVisible(False)  # referrals are never deleted, they end
        self.attachments = AttachmentsPanel(self.workspace, "referral")
        # Its buttons may be squeezed on a narrow window rather than widening the window.
        self.attachments.setMinimumWidth(120)
        self.add_detail_panel(self.attachments)
        self.on_detail_shown(self._shown_id)
        self._update_actions()

    def make_service(self) -> RecordService:
        return _ReferralSource(self)

    def make_columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Date"), "referred_on", lambda r: format_date(r.referred_on), 10),
            Column(self.tr("Organisation"), "organisation", lambda r: r.organisation, 26),
            Column(self.tr("Need"), "topic", lambda r: r.topic, 28),
            Column(self.tr("Partner"), "partner", lambda r: r.partner, 26),
            Column(self.tr("Stage"), "stage", lambda r: label(r.stage), 14),
            Column(self.tr("Referred by"), "staff", lambda r: r.staff, 14),
            Column(
                self.tr("Follow-up"),
                "next_follow_up_on",
                lambda r: format_date(r.next_follow_up_on),
                10,
            ),
        ]

    def initial_query(self) -> ListQuery:
        return ListQuery(sort="referred_on", descending=True)  # newest first

    def title(self) -> str:
        return self.tr("Referrals")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by organisation or partner… (Ctrl+F)")

    def empty_hint(self) -> str:
        return self.tr("No referrals yet. Refer a need from the Needs list (Ctrl+R).")

    def new_record(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Referrals start from a need"),
            self.tr(
                "A referral always serves a need: open Needs, select the need and choose "
                "Refer… (Ctrl+R)."
            ),
        )

    def delete_selected(self) -> None:
        """Referrals are not deleted (see NOT_DELETED); Del does nothing here."""

    def reset_filters(self) -> None:
        self.stage_filter.setCurrentIndex(0)

    def _stage_changed(self, _index: int) -> None:
        stage = self.stage_filter.currentData()
        self.model.set_filters((("stages", (stage,)),) if stage else ())

    def set_stage(self, stage: ReferralStage | None) -> None:
        index = self.stage_filter.findData(stage.value) if stage else 0
        self.stage_filter.setCurrentIndex(max(index, 0))

    def _update_actions(self) -> None:
        super()._update_actions()
        if not hasattr(self, "stage_action"):
            return
        row = self.selected_row()
        stage = self.model.row_at(row).stage if row is not None else None
        self.stage_action.setEnabled(stage is not None and bool(NEXT_STAGES[stage]))
        # One cooperation per referral from here: once recorded it is edited in the detail pane.
        self.cooperation_action.setEnabled(
            row is not None
            and stage == ReferralStage.COOPERATION_AGREED
            and not self.workspace.cooperations.for_referral(self.model.row_id(row))
        )
        self.follow_up_need_action.setEnabled(stage is not None)
        self.delete_action.setEnabled(False)

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        """Editing a referral means moving it to its next stage."""
        from indie_desktop.ui.dialogs.stage_change_dialog import StageChangeDialog

        assert record_id is not None
        return _StageEditor(StageChangeDialog(self.workspace, record_id, self), record_id)

    def edit_record(self, record_id: uuid.UUID) -> None:
        super().edit_record(record_id)
        row = self.model.row_of(record_id)
        if row is not None and self.model.row_at(row).stage == ReferralStage.COOPERATION_AGREED:
            if not self.workspace.cooperations.for_referral(record_id):
                self.record_cooperation()

    def record_cooperation(self) -> uuid.UUID | None:
        """Record the outcome of the selected referral; the cooperation's id, or None."""
        from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog

        referral_id = self.selected_id()
        if referral_id is None or self.workspace.cooperations.for_referral(referral_id):
            return None
        dialog = CooperationDialog(self.workspace, None, self, referral_id=referral_id)
        try:
            saved = dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if saved is not None:
            self._after_save(referral_id)
            self._update_actions()
        return saved

    def context_actions(self) -> list[QAction]:
        return [self.stage_action, self.cooperation_action, self.follow_up_need_action]

    def record_follow_up_need(self) -> uuid.UUID | None:
        """A need of the partner that arose from the selected referral (A → B, B's need on to
        C); the need dialog opens for the partner organisation. The new need's id, or None."""
        from indie_desktop.ui.dialogs.need_dialog import NeedDialog

        referral_id = self.selected_id()
        if referral_id is None:
            return None
        detail = self.workspace.referral_list.detail(referral_id)
        dialog = NeedDialog(
            self.workspace,
            None,
            self,
            organisation_id=detail.partner_organisation_id,
            from_referral_id=referral_id,
        )
        try:
            saved = dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if saved is not None:
            self._after_save(referral_id)
        return saved

    def edit_cooperation(self, cooperation_id: uuid.UUID) -> bool:
        """Open an existing cooperation of the shown referral for editing; True if saved."""
        from indie_desktop.ui.dialogs.cooperation_dialog import CooperationDialog

        dialog = CooperationDialog(self.workspace, cooperation_id, self)
        try:
            saved = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        referral_id = self.selected_id()
        if saved and referral_id is not None:
            self._after_save(referral_id)
        return saved

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "cooperation":
            try:
                cooperation_id = uuid.UUID(url.path())
            except ValueError:
                return
            self.edit_cooperation(cooperation_id)
        elif url.scheme() == "follow-up-need":
            self.record_follow_up_need()
        elif url.scheme() == "referral-letter":
            self.letter_requested.emit()
        else:
            super()._link_clicked(url)

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        panel = getattr(self, "attachments", None)  # None while the base class builds
        if panel is not None:
            panel.set_target(record_id)

    def render_detail(self, detail: ReferralDetail) -> str:
        subtitle = label(detail.stage)
        org = link(f"organisation:{detail.organisation_id}", detail.organisation)
        partner = (
            link(f"organisation:{detail.partner_organisation_id}", detail.partner)
            if detail.partner_organisation_id
            else ""
        )
        fields = field_table(
            [
                (self.tr("Need"), esc(detail.topic)),
                (self.tr("Organisation"), org),
                (self.tr("Partner"), partner),
                (self.tr("Contact person"), esc(detail.partner_person)),
                (self.tr("Referred by"), esc(detail.staff)),
                (self.tr("Referred on"), esc(format_date(detail.referred_on))),
                (self.tr("Next follow-up"), esc(format_date(detail.next_follow_up_on))),
            ]
        )
        history = "".join(
            f"<tr><td class='label'>{esc(format_date(h.changed_on))}</td>"
            f"<td><b>{esc(label(h.stage))}</b>"
            + (f" – {esc(h.staff)}" if h.staff else "")
            + (f"<br>{multiline(h.note)}" if h.note else "")
            + "</td></tr>"
            for h in detail.history
        )
        cooperations = "".join(
            f"<li>{esc(c.title)} ({esc(label(c.kind))})"
            + (f", {esc(format_money(c.value_eur))}" if c.value_eur is not None else "")
            + " – "
            + link(f"cooperation:{c.id}", self.tr("Edit cooperation…"))
            + "</li>"
            for c in detail.cooperations
        )
        chain = ""
        if len(detail.chain) > 1:
            chain = "".join(
                "<li>"
                + "&nbsp;&nbsp;&nbsp;" * link_.depth
                + (
                    f"<b>{esc(link_.organisation)} → {esc(link_.partner)}</b>"
                    if link_.referral_id == detail.id
                    else f"{esc(link_.organisation)} → {esc(link_.partner)}"
                )
                + f": {esc(link_.topic)} ({esc(label(link_.stage))})</li>"
                for link_ in detail.chain
            )
        return (
            f"<h2>{esc(detail.organisation)} → {esc(detail.partner or detail.partner_person)}</h2>"
            f"<p class='subtitle'>{esc(subtitle)}</p>"
            + self._letter_line(detail)
            + fields
            + section(self.tr("Note"), multiline(detail.note))
            + section(self.tr("History"), f"<table cellpadding='3'>{history}</table>")
            + section(self.tr("Cooperations"), f"<ul>{cooperations}</ul>" if cooperations else "")
            + section(self.tr("Referral chain"), f"<ul>{chain}</ul>" if chain else "")
            + "<p>"
            + link(f"follow-up-need:{detail.id}", self.tr("Record follow-up need…"))
            + "<br>"
            + link(f"referral-letter:{detail.id}", self.tr("Print referral letter…"))
            + "</p>"
        )

    def _letter_line(self, detail: ReferralDetail) -> str:
        """'Letter sent on 24.11.2026' once the referral letter was printed or saved."""
        if detail.letter_sent_on is None:
            return ""
        text = self.tr("Letter sent on %1").replace("%1", format_date(detail.letter_sent_on))
        return f"<p><b>{esc(text)}</b></p>"


class _StageEditor:
    """Lets the list's edit flow run the stage dialog like a record dialog."""

    def __init__(self, dialog: QDialog, referral_id: uuid.UUID) -> None:
        self.dialog = dialog
        self.saved_id: uuid.UUID | None = referral_id

    def exec(self) -> int:
        return self.dialog.exec()

    def deleteLater(self) -> None:
        self.dialog.deleteLater()
