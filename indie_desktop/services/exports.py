"""What goes into an export: every row of a list (its filter and order), people as address
cards, tasks and activities as calendar entries. Writing the files is interchange's job."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from indie_desktop.domain.models import Activity, Affiliation, Organisation, Person, Task
from indie_desktop.interchange.icalendar import EventEntry, TodoEntry
from indie_desktop.interchange.vcard import Card
from indie_desktop.services.listing import ListQuery
from indie_desktop.store.database import Database

Row = TypeVar("Row", covariant=True)
CHUNK = 1000


class ListSource(Protocol[Row]):
    def page(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> Sequence[Row]: ...


def all_rows(
    source: ListSource[Any],
    query: ListQuery,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Any]:
    """Every row of the list in its order, page by page (keyset where the list allows)."""
    offset = 0
    after: uuid.UUID | None = None
    while True:
        rows = source.page(query, offset, CHUNK, after)
        yield from rows
        if len(rows) < CHUNK or (cancelled is not None and cancelled()):
            return
        offset += len(rows)
        after = rows[-1].id


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def person_cards(self, ids: Sequence[uuid.UUID]) -> list[Card]:
        """Address cards of the given people, in that order, with their primary organisation's
        name and address (the work address)."""
        aff, org = aliased(Affiliation), aliased(Organisation)
        cards: dict[uuid.UUID, Card] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            stmt = (
                select(Person, org.name, org.street, org.postcode, org.city)
                .outerjoin(
                    aff,
                    and_(
                        aff.person_id == Person.id,
                        aff.is_primary.is_(True),
                        aff.deleted_at.is_(None),
                    ),
                )
                .outerjoin(org, and_(org.id == aff.organisation_id, org.deleted_at.is_(None)))
                .where(Person.id.in_(chunk), Person.deleted_at.is_(None))
            )
            with self.db.session() as s:
                for p, name, street, postcode, city in s.execute(stmt):
                    cards[p.id] = Card(
                        p.id,
                        p.first_name or "",
                        p.last_name,
                        p.title or "",
                        name or "",
                        p.function or "",
                        p.department or "",
                        p.phone or "",
                        p.mobile or "",
                        p.email or "",
                        street or "",
                        postcode or "",
                        city or "",
                    )
        return [cards[i] for i in ids if i in cards]

    def tasks(self) -> list[TodoEntry]:
        """Every task that is not deleted, by due date."""
        stmt = (
            select(Task)
            .where(Task.deleted_at.is_(None))
            .order_by(Task.due_on.is_(None), Task.due_on, Task.id)
        )
        with self.db.session() as s:
            return [
                TodoEntry(t.id, t.title, t.description or "", t.due_on, t.done_at, t.done)
                for t in s.scalars(stmt)
            ]

    def activities(self) -> list[EventEntry]:
        """Every activity that is not deleted, by time, its report as the description."""
        stmt = (
            select(Activity)
            .where(Activity.deleted_at.is_(None))
            .order_by(Activity.occurred_at, Activity.id)
        )
        with self.db.session() as s:
            return [
                EventEntry(a.id, a.subject, a.occurred_at, a.place or "", _report(a))
                for a in s.scalars(stmt)
            ]


def _report(a: Activity) -> str:
    parts = (a.report, a.situation, a.needs_found, a.next_steps)
    return "\n\n".join(p for p in parts if p)
