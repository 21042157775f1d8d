"""The network's own projects and events: the list and a project's detail."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from indie_desktop.domain.enums import Visibility
from indie_desktop.domain.formatting import format_money
from indie_desktop.domain.validation import FieldError, parse_money_de
from indie_desktop.services.work.projects import ProjectDetail, ProjectRow
from indie_desktop.ui.labels import label
from indie_desktop.ui.models.paged_table_model import Column
from indie_desktop.ui.views.detail_html import esc, field_table, multiline, section
from indie_desktop.ui.views.record_list_view import (
    EditorDialog,
    RecordListView,
    RecordService,
    declared_columns,
)


class ProjectColumn(IntEnum):
    NAME = 0
    KIND = 1
    STATUS = 2
    STARTS_ON = 3
    ENDS_ON = 4
    LEAD = 5


class ProjectsView(RecordListView):
    """Sector meetings, joint trade fair stands, business trips and other network projects."""

    key = "projects"  # the main window's name of this list

    history_target = "project"

    def make_service(self) -> RecordService:
        return self.workspace.projects

    def make_columns(self) -> list[Column[Any]]:
        return declared_columns("projects")

    def title(self) -> str:
        return self.tr("Projects")

    def filter_placeholder(self) -> str:
        return self.tr("Filter by name or description… (Ctrl+F)")

    def describe(self, row: ProjectRow) -> str:
        return row.name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the project “{name}”?").format(name=name)

    def deleted_message(self, name: str) -> str:
        return self.tr("Project “{name}” deleted.").format(name=name)

    def empty_hint(self) -> str:
        return self.tr("No projects yet. Create one with New (Ctrl+N).")

    def create_editor(self, record_id: uuid.UUID | None) -> EditorDialog:
        from indie_desktop.ui.dialogs.project_dialog import ProjectDialog

        return ProjectDialog(self.workspace, record_id, self)

    def render_detail(self, detail: ProjectDetail) -> str:
        d = detail.draft
        subtitle = " · ".join(p for p in (label(d.kind), label(d.status)) if p)
        period = "–".join(p for p in (d.starts_on, d.ends_on) if p)
        fields = field_table(
            [
                (self.tr("Period"), esc(period)),
                (self.tr("Lead institution"), esc(detail.lead_name)),
                (self.tr("Budget"), esc(_money(d.budget_eur))),
                (
                    self.tr("Visible to"),
                    esc(label(d.visibility)) if d.visibility != Visibility.NETWORK else "",
                ),
            ]
        )
        return (
            f"<h2>{esc(d.name)}</h2><p class='subtitle'>{esc(subtitle)}</p>"
            + fields
            + section(self.tr("Description"), multiline(d.description))
        )


def _money(typed: str) -> str:
    """The draft holds the amount as typed back ('1234,50'); show it as '1.234,50 €'."""
    try:
        return format_money(parse_money_de(typed))
    except FieldError:
        return typed
