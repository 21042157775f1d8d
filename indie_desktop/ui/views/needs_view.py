"""Needs: what companies need, filterable by status; a need is referred from here."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QToolButton

from indie_desktop.domain.enums import NeedStatus
from indie_desktop.domain.formatting import format_date
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.needs import NeedDetail, NeedRow
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import esc, field_table, link, multiline, section
from indie_desktop.ui.views.record_list_view import EditorDialog, RecordListView, RecordService
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel


class NeedColumn(IntEnum):
    FOUND_ON = 0
    TOPIC = 1
    ORGANISATION = 2
    COMPETENCE = 3
    WZ = 4
    URGENCY = 5
    STATUS = 6


class NeedsView(RecordListView):
    """Needs found in visits, newest first, with the referrals made for each."""

    key = "needs"  # the main window's name of this list

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in NeedStatus:
            self.status_filter.addItem(label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.add_filter_widget(self.status_filter)
        self.refer_action = QAction(self.tr("&Refer…"), self)
        self.refer_action.setShortcut(QKeySequence("Ctrl+R"))
        self.refer_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refer_action.setToolTip(self.tr("Refer the selected need to partners (Ctrl+R)"))
        self.refer_action.triggered.connect(self.refer_selected)
        self.addAction(self.refer_action)
        refer_button = QToolButton()
        refer_button.setDefaultAction(self.refer_action)
        self.add_filter_widget(refer_button)
        self.attachments = AttachmentsPanel(self.workspace, "need")
        # Its buttons may be squeezed on a narrow window rather than widening the window.
        self.attachments.setMinimumWidth(120)
        self.add_detail_panel(self.attachments)
        self.on_detail_shown(self._shown_id)
        self._update_actions()

    def make_service(self) -> RecordService:
        return self.workspace.needs

    def make_columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Found"), "found_on", lambda r: format_date(r.found_on), 10),
            Column(self.tr("Topic"), "topic", lambda r: r.topic, 34),
            Column(self.tr("Organisation"), "organisation", lambda r: r.organisation, 28),
            Column(
                self.tr("Wanted competence"), "wanted_competence", lambda r: r.wanted_competence, 20
            ),
            Column(self.tr("WZ"), "wanted_wz_code", lambda r: r.wanted_wz_code, 8),
            Column(self.tr("Urgency"), "urgency", lambda r: label(r.urgency), 9),
            Column(self.tr("Status"), "status", lambda r: label(r.status), 12),
        ]

    def initial_query(self) -> ListQuery:
        return ListQuery(sort="found_on", descending=True)  # newest first

    def title(self) -> str:
        return self.tr("Needs")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by topic or organisation… (Ctrl+F)")

    def describe(self, row: NeedRow) -> str:
        return row.topic

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the need “{name}”?").format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Need “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No needs yet. Record one with New (Ctrl+N).")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.need_dialog import NeedDialog

        return NeedDialog(self.workspace, record_id, self)

    def reset_filters(self) -> None:
        self.status_filter.setCurrentIndex(0)

    def _status_changed(self, _index: int) -> None:
        status = self.status_filter.currentData()
        self.model.set_filters((("statuses", (status,)),) if status else ())

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "refer_action"):
            self.refer_action.setEnabled(self.selected_row() is not None)

    def refer_selected(self) -> None:
        need_id = self.selected_id()
        if need_id is not None:
            self.refer(need_id)

    def refer(self, need_id: uuid.UUID) -> list[uuid.UUID]:
        """Open the referral dialog for a need; the referrals made (empty if cancelled)."""
        from indie_desktop.ui.dialogs.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.workspace, need_id, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            saved = dialog.saved_ids
        finally:
            dialog.deleteLater()
        self._after_save(need_id)
        return saved

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        panel = getattr(self, "attachments", None)  # None while the base class builds
        if panel is not None:
            panel.set_target(record_id)

    def render_detail(self, detail: NeedDetail) -> str:
        d = detail.draft
        subtitle = " · ".join((label(d.status), label(d.urgency)))
        org = link(f"organisation:{d.organisation_id}", detail.organisation_name)
        fields = field_table(
            [
                (self.tr("Organisation"), org),
                (self.tr("Wanted competence"), esc(d.wanted_competence)),
                (self.tr("Wanted WZ area"), esc(d.wanted_wz_code)),
                (self.tr("Found on"), esc(format_date(detail.found_on))),
            ]
        )
        referrals = "".join(
            f"<li>{link(f'referral:{r.referral_id}', r.partner or self.tr('(person)'))} – "
            f"{esc(label(r.stage))}, {esc(format_date(r.referred_on))}</li>"
            for r in detail.referrals
        )
        return (
            f"<h2>{esc(d.topic)}</h2><p class='subtitle'>{esc(subtitle)}</p>"
            + fields
            + section(self.tr("Description"), multiline(d.description))
            + section(self.tr("Referrals"), f"<ul>{referrals}</ul>" if referrals else "")
        )
