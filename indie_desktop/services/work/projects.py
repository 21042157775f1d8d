"""The network's own projects and events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import ProjectKind, ProjectStatus, Visibility
from indie_desktop.domain.models import Institution, Project
from indie_desktop.domain.record_keys import project_keys
from indie_desktop.services import listing, records
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter


@dataclass
class ProjectDraft:
    name: str = ""
    kind: ProjectKind = ProjectKind.NETWORK_PROJECT
    status: ProjectStatus = ProjectStatus.PLANNED
    starts_on: str = ""
    ends_on: str = ""
    lead_institution_id: uuid.UUID | None = None
    budget_eur: str = ""
    description: str = ""
    visibility: Visibility = Visibility.NETWORK


@dataclass(frozen=True)
class ProjectRow:
    id: uuid.UUID
    name: str
    kind: ProjectKind
    status: ProjectStatus
    starts_on: object
    ends_on: object
    lead: str


@dataclass(frozen=True)
class ProjectDetail:
    id: uuid.UUID
    version: int
    draft: ProjectDraft
    lead_name: str


def _values(draft: ProjectDraft) -> dict[str, object]:
    c = FieldCollector()
    c.take("name", v.require_text, draft.name, 200)
    starts = c.take("starts_on", v.parse_date_de, draft.starts_on)
    ends = c.take("ends_on", v.parse_date_de, draft.ends_on)
    if starts and ends and ends < starts:
        c.fail("ends_on", "Ends before it begins")
    c.take("budget_eur", v.parse_money_de, draft.budget_eur)
    c.take("description", v.optional_text, draft.description, 100_000)
    c.raise_if_any()
    values = dict(c.values)
    values.update(
        kind=ProjectKind(draft.kind),
        status=ProjectStatus(draft.status),
        lead_institution_id=draft.lead_institution_id,
        visibility=Visibility(draft.visibility).value,
    )
    values.update(project_keys(str(values["name"]), draft.description))
    return values


class ProjectService(EditableRecords[ProjectDraft]):
    model = Project

    def values_of(self, draft: ProjectDraft) -> dict[str, object]:
        return _values(draft)

    def create(self, draft: ProjectDraft) -> uuid.UUID:
        values = _values(draft)
        with self.db.session() as s:
            return records.create(s, self.actor, Project(**values), str(values["name"])).id

    def detail(self, project_id: uuid.UUID) -> ProjectDetail:
        with self.db.session() as s:
            p = records.load(s, Project, project_id)
            lead = s.get(Institution, p.lead_institution_id) if p.lead_institution_id else None
            draft = ProjectDraft(
                name=p.name,
                kind=p.kind,
                status=p.status,
                starts_on=p.starts_on.strftime("%d.%m.%Y") if p.starts_on else "",
                ends_on=p.ends_on.strftime("%d.%m.%Y") if p.ends_on else "",
                lead_institution_id=p.lead_institution_id,
                budget_eur=_money_input(p.budget_eur),
                description=p.description or "",
                visibility=Visibility(p.visibility),
            )
            return ProjectDetail(p.id, p.version, draft, lead.name if lead else "")

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        stmt = (
            select(
                Project.id,
                Project.name,
                Project.kind,
                Project.status,
                Project.starts_on,
                Project.ends_on,
                Institution.short_name,
            )
            .outerjoin(Institution, Institution.id == Project.lead_institution_id)
            .where(Project.deleted_at.is_(None))
        )
        stmt = stmt.where(
            *text_filter.word_conditions(
                "project",
                query.text,
                sqlite=self.db.is_sqlite,
                fallback=lambda w: listing.like_word(Project.search_key, w),
            )
        )
        columns = {
            "name": Project.sort_name,
            "kind": Project.kind,
            "status": Project.status,
            "starts_on": Project.starts_on,
            "ends_on": Project.ends_on,
            "lead": Institution.short_name,
        }
        return listing.ordered(stmt, query, columns, Project.id)

    def count(self, query: listing.ListQuery) -> int:
        with self.db.session() as s:
            return listing.count(s, self._list_stmt(query))

    def page(
        self,
        query: listing.ListQuery,
        offset: int,
        limit: int,
        after: uuid.UUID | None = None,
    ) -> list[ProjectRow]:
        """One page of the list; `after` (the last row already shown) pages by keyset."""
        stmt = self._list_stmt(query)
        keyset = (
            listing.after_row(stmt, query, {"name": Project.sort_name}, Project, after)
            if after
            else None
        )
        with self.db.session() as s:
            return [
                ProjectRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "")
                for r in listing.page(s, stmt, offset, limit, keyset)
            ]


def _money_input(value: object) -> str:
    """A Decimal as the user would type it back: '1234,50'."""
    return "" if value is None else f"{value:.2f}".replace(".", ",")
