"""Activities: visits, calls, meetings, fairs, ... newest first, with the report beside."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from indie_desktop.domain.enums import ActivityKind
from indie_desktop.domain.formatting import format_datetime
from indie_desktop.services.listing import ListQuery
from indie_desktop.services.work.activities import ActivityDetail, ActivityRow
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import esc, field_table, link, multiline, section
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel


class ActivitiesView(RecordListView):
    """Every activity the user may see, narrowed by kind and by what the user types."""

    key = "activities"  # the main window's name of this list

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(workspace, parent, load=load)
        self.model.set_query(ListQuery(sort="occurred_at", descending=True))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind of activity"))
        self.kind_filter.addItem(self.tr("All activities"), None)
        for kind in ActivityKind:
            self.kind_filter.addItem(label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        self.add_filter_widget(self.kind_filter)
        self.attachments = AttachmentsPanel(workspace, "activity")
        self.add_detail_panel(self.attachments)
        self.on_detail_shown(self._shown_id)

    def make_service(self) -> RecordService:
        return self.workspace.activities

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("activities")

    def title(self) -> str:
        return self.tr("Activities")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by subject or organisation… (Ctrl+F)")

    def describe(self, row: ActivityRow) -> str:
        return row.subject

    def delete_question(self, name: str) -> str:
        return self.tr(
            "Delete the activity “{name}”?\n\nThe needs and tasks recorded with it stay."
        ).format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Activity “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No activities yet. Record a visit with Ctrl+Shift+N.")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.visit_dialog import VisitDialog

        return VisitDialog(self.workspace, record_id, self)

    def reset_filters(self) -> None:
        self.kind_filter.setCurrentIndex(0)

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind_filter.currentData()
        self.model.set_filters((("kinds", (ActivityKind(kind),)),) if kind else ())

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        panel = getattr(self, "attachments", None)  # None while the base class builds
        if panel is not None:
            panel.set_target(record_id)

    def render_detail(self, detail: ActivityDetail) -> str:
        d = detail.draft
        orgs = ", ".join(
            link(f"organisation:{oid}", name)
            for oid, name in zip(d.organisation_ids, d.organisation_labels, strict=False)
        )
        people = ", ".join(
            link(f"person:{p.person_id}", p.label) if p.person_id else esc(p.label)
            for p in d.people
        )
        fields = field_table(
            [
                (self.tr("When"), esc(format_datetime(detail.occurred_at))),
                (self.tr("Organisations"), orgs),
                (self.tr("People met"), people),
                (self.tr("Staff present"), esc(", ".join(detail.staff_names))),
                (self.tr("Place"), esc(d.place)),
            ]
        )
        needs = "".join(
            f"<li><b>{esc(n.topic)}</b>"
            + (f" – {esc(n.description)}" if n.description else "")
            + (f" ({esc(label(n.urgency))})" if n.urgency.value != "normal" else "")
            + "</li>"
            for n in d.needs
        )
        steps = "".join(
            f"<li>{esc(t.title)}" + (f" – {esc(t.due_on)}" if t.due_on else "") + "</li>"
            for t in d.next_steps
        )
        return (
            f"<h2>{esc(d.subject)}</h2><p class='subtitle'>{esc(label(d.kind))}</p>"
            + fields
            + section(self.tr("Situation"), multiline(d.situation))
            + section(self.tr("Needs found"), f"<ul>{needs}</ul>" if needs else "")
            + section(self.tr("Agreed next steps"), f"<ul>{steps}</ul>" if steps else "")
            + section(self.tr("Report"), multiline(d.report))
        )
