"""People (business contacts): the list and a person's detail with their organisations."""

from __future__ import annotations

import datetime
import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from indie_desktop.domain.enums import Salutation, Visibility
from indie_desktop.domain.validation import FieldError, format_phone, parse_date_de
from indie_desktop.services.contacts.people import AffiliationDraft, PersonDetail, PersonRow
from indie_desktop.services.workspace import Workspace
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.privacy.panel import PrivacyPanel
from indie_desktop.ui.views.detail_html import (
    affiliation_item,
    bullet_list,
    contact_point_rows,
    esc,
    field_table,
    has_ended,
    link,
    multiline,
    section,
)
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)
from indie_desktop.ui.widgets.attachments_panel import AttachmentsPanel
from indie_desktop.ui.widgets.timeline_widget import TimelineWidget


class PersonColumn(IntEnum):
    NAME = 0
    FUNCTION = 1
    ORGANISATION = 2
    PHONE = 3
    EMAIL = 4


class PeopleView(RecordListView):
    """All contacts, with the organisation they primarily belong to."""

    key = "people"  # the main window's name of this list

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(workspace, parent, load=load)
        # Several at once: contact sheets, labels and letters for a selection.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        from indie_desktop.ui.events.bulk_actions import BulkActions

        self.bulk = BulkActions(self, organisations=False)  # several at once (issue 22)
        self.timeline = TimelineWidget(workspace, "person")
        self.timeline.activity_requested.connect(lambda i: self.open_requested.emit("activity", i))
        self.attachments = AttachmentsPanel(workspace, "person")
        self.attachments.mailsFiled.connect(lambda _filed: self.timeline.reload())
        self.add_detail_panel(self.timeline)
        self.add_detail_panel(self.attachments)
        self.privacy = PrivacyPanel(workspace)
        self.privacy.erased.connect(self.reload)
        self.add_detail_panel(self.privacy)
        self.on_detail_shown(self._shown_id)

    def on_detail_shown(self, record_id: uuid.UUID | None) -> None:
        panels = ("timeline", "attachments", "privacy")
        for panel in (getattr(self, name, None) for name in panels):
            if isinstance(panel, TimelineWidget):
                panel.set_subject(record_id)
            elif isinstance(panel, (AttachmentsPanel, PrivacyPanel)):
                panel.set_target(record_id)

    history_target = "person"

    def context_actions(self) -> list[QAction]:
        return list(self.bulk.actions_list)

    def make_service(self) -> RecordService:
        return self.workspace.people

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("people")

    def title(self) -> str:
        return self.tr("People")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name, e-mail, function, department… (Ctrl+F)")

    def describe(self, row: PersonRow) -> str:
        return row.name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the person “{name}”?").format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Person “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No people yet. Create one with New (Ctrl+N).")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.person_dialog import PersonDialog

        return PersonDialog(self.workspace, record_id, self)

    def render_detail(self, detail: PersonDetail) -> str:
        d = detail.draft
        subtitle = " · ".join(p for p in (d.function, d.department) if p)
        salutation = label(d.salutation) if d.salutation != Salutation.NONE else ""
        fields = field_table(
            [
                (self.tr("Salutation"), esc(salutation)),
                (self.tr("Phone"), esc(format_phone(d.phone))),
                (self.tr("Mobile"), esc(format_phone(d.mobile))),
                (self.tr("E-mail"), link(f"mailto:{d.email}", d.email) if d.email else ""),
                *contact_point_rows(d.contact_points),
                (self.tr("Preferred channel"), esc(label(d.preferred_channel))),
                (self.tr("Legal basis"), esc(label(d.legal_basis))),
                (self.tr("Source of the data"), esc(d.data_source)),
                (self.tr("Tags"), esc(", ".join(self.workspace.people_tags.tags_of(detail.id)))),
                (
                    self.tr("Visible to"),
                    esc(label(d.visibility)) if d.visibility != Visibility.NETWORK else "",
                ),
            ]
        )
        organisations = bullet_list(self._affiliations(d.affiliations))
        return (
            f"<h2>{esc(detail.display_name)}</h2><p class='subtitle'>{esc(subtitle)}</p>"
            + fields
            + section(self.tr("Organisations"), organisations)
            + section(self.tr("Notes"), multiline(d.notes))
        )

    def _affiliations(self, affiliations: list[AffiliationDraft]) -> list[str]:
        """Current organisations first, ended ones after (greyed); '(primary)' only when the
        person is at several organisations now, where it tells which one counts."""
        dated = [(a, _date(a.since), _date(a.until)) for a in affiliations]
        dated.sort(key=lambda item: has_ended(item[2]))
        current = sum(1 for _a, _since, until in dated if not has_ended(until))
        return [
            affiliation_item(
                link(f"organisation:{a.organisation_id}", a.organisation_name)
                if a.organisation_id
                else esc(a.organisation_name),
                a.role,
                since,
                until,
                mark_primary=a.is_primary and current > 1 and not has_ended(until),
            )
            for a, since, until in dated
        ]


def _date(text: str) -> datetime.date | None:
    """The service gives an affiliation's dates as typed back ('01.02.2020')."""
    try:
        return parse_date_de(text)
    except FieldError:
        return None
