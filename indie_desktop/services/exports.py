"""What goes into an export: every row of a list (its filter and order), people as address
cards, tasks and activities as calendar entries. Writing the files is interchange's job."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from indie_desktop.domain import enum_labels
from indie_desktop.domain.enums import Chamber, ContactKind, Salutation
from indie_desktop.domain.models import (
    Activity,
    Affiliation,
    ContactPoint,
    Organisation,
    Person,
    Staff,
    Task,
)
from indie_desktop.domain.validation import format_phone
from indie_desktop.domain.work import default_duration_minutes
from indie_desktop.interchange.contact_columns import (
    FurtherValue,
    further_cells,
    further_headers,
)
from indie_desktop.interchange.icalendar import EventEntry, TodoEntry
from indie_desktop.interchange.vcard import Card
from indie_desktop.resources.catalogue import translate
from indie_desktop.services.contacts import contact_points as cp
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
                select(Person, org.name, org.street, org.postcode, org.city, org.country)
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
                points = cp.load_many(s, people=chunk)
                for p, name, street, postcode, city, country in s.execute(stmt):
                    further = tuple(_further(points.get(p.id, [])))
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
                        country or "Deutschland",
                        salutation=_SALUTATION_WORDS.get(p.salutation, ""),
                        notes=p.notes or "",
                        further=further,
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
                TodoEntry(
                    t.id,
                    t.title,
                    t.description or "",
                    t.due_on,
                    t.done_at,
                    t.done,
                    t.due_time or "",
                )
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
                EventEntry(
                    a.id,
                    a.subject,
                    a.occurred_at,
                    a.place or "",
                    _report(a),
                    default_duration_minutes(a.kind, a.duration_minutes),
                )
                for a in s.scalars(stmt)
            ]


# Column headers of the full exports: the import's automatic mapping knows each of them, so a
# file written here comes back in field by field (interchange/fields.py).
PERSON_COLUMNS = (
    "Anrede",
    "Titel",
    "Vorname",
    "Nachname",
    "Funktion",
    "Abteilung",
    "Telefon",
    "Mobiltelefon",
    "E-Mail",
    "Notiz",
    "Firma",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
)
ORGANISATION_COLUMNS = (
    "Firma",
    "Rechtsform",
    "Straße",
    "PLZ",
    "Ort",
    "Land",
    "Website",
    "Telefon",
    "E-Mail",
    "USt-IdNr.",
    "Registergericht",
    "Registernummer",
    "WZ",
    "Gründungsjahr",
    "Kompetenzen",
    "Notizen",
    "Art",
    "Beschäftigte",
    "Kammer",
    "Handwerksrolle",
    "Schlagworte",
    "Betreuer",
)
_SALUTATION_WORDS = {Salutation.HERR: "Herr", Salutation.FRAU: "Frau", Salutation.DIVERS: "divers"}


def _german(value: StrEnum) -> str:
    """An enum value as the German lists and printouts name it ('Handwerksbetrieb')."""
    return translate("de", enum_labels.CONTEXT, enum_labels.source(value))


def _text(value: object) -> str:
    return "" if value is None else str(value)


class FullExport:
    """Every field of people and organisations as rows under PERSON_COLUMNS /
    ORGANISATION_COLUMNS; phones in international form ('+49 231 7654321', which Excel keeps
    as text), a person with the organisation of their primary affiliation."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _further(
        self, people: Sequence[uuid.UUID] = (), organisations: Sequence[uuid.UUID] = ()
    ) -> tuple[list[str], dict[uuid.UUID, list[FurtherValue]]]:
        with self.db.session() as s:
            points = cp.load_many(s, people=people, organisations=organisations)
        values = {owner: list(_further(rows)) for owner, rows in points.items()}
        return further_headers(values.values()), values

    def people_sheet(self, ids: Sequence[uuid.UUID]) -> tuple[list[str], Iterator[list[str]]]:
        """Headers and rows: PERSON_COLUMNS, then a column per further e-mail, phone, fax,
        website and address part (as many as the person with the most has)."""
        headers, values = self._further(people=ids)

        def rows() -> Iterator[list[str]]:
            for pid, row in self._people(ids):
                yield row + further_cells(headers, values.get(pid, []))

        return [*PERSON_COLUMNS, *headers], rows()

    def organisations_sheet(
        self, ids: Sequence[uuid.UUID]
    ) -> tuple[list[str], Iterator[list[str]]]:
        """Headers and rows: ORGANISATION_COLUMNS, then the further contact details."""
        headers, values = self._further(organisations=ids)

        def rows() -> Iterator[list[str]]:
            for oid, row in self._organisations(ids):
                yield row + further_cells(headers, values.get(oid, []))

        return [*ORGANISATION_COLUMNS, *headers], rows()

    def people(self, ids: Sequence[uuid.UUID]) -> Iterator[list[str]]:
        return (row for _, row in self._people(ids))

    def organisations(self, ids: Sequence[uuid.UUID]) -> Iterator[list[str]]:
        return (row for _, row in self._organisations(ids))

    def _people(self, ids: Sequence[uuid.UUID]) -> Iterator[tuple[uuid.UUID, list[str]]]:
        aff, org = aliased(Affiliation), aliased(Organisation)
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            stmt = (
                select(Person, org)
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
                found = {p.id: (p, o) for p, o in s.execute(stmt)}
                for pid in chunk:
                    if pid not in found:
                        continue
                    p, o = found[pid]
                    yield (
                        pid,
                        [
                            _SALUTATION_WORDS.get(p.salutation, ""),
                            _text(p.title),
                            p.first_name or "",
                            p.last_name,
                            _text(p.function),
                            _text(p.department),
                            format_phone(p.phone),
                            format_phone(p.mobile),
                            _text(p.email),
                            _text(p.notes),
                            o.name if o is not None else "",
                            _text(o.street) if o is not None else "",
                            _text(o.postcode) if o is not None else "",
                            _text(o.city) if o is not None else "",
                            _text(o.country) if o is not None else "",
                        ],
                    )

    def _organisations(self, ids: Sequence[uuid.UUID]) -> Iterator[tuple[uuid.UUID, list[str]]]:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            with self.db.session() as s:
                staff = {
                    r.id: r.full_name
                    for r in s.scalars(
                        select(Staff).where(
                            Staff.id.in_(
                                select(Organisation.responsible_staff_id).where(
                                    Organisation.id.in_(chunk)
                                )
                            )
                        )
                    )
                }
                found = {
                    o.id: o
                    for o in s.scalars(
                        select(Organisation).where(
                            Organisation.id.in_(chunk), Organisation.deleted_at.is_(None)
                        )
                    )
                }
                for oid in chunk:
                    o = found.get(oid)
                    if o is None:
                        continue
                    yield (
                        oid,
                        [
                            o.name,
                            _text(o.legal_form),
                            _text(o.street),
                            _text(o.postcode),
                            _text(o.city),
                            _text(o.country),
                            _text(o.website),
                            format_phone(o.phone),
                            _text(o.email),
                            _text(o.vat_id),
                            _text(o.register_court),
                            _text(o.register_number),
                            _text(o.wz_code),
                            _text(o.founded_year),
                            _text(o.competences),
                            _text(o.notes),
                            _german(o.kind),
                            _text(o.employee_band),
                            _german(o.chamber) if o.chamber is not Chamber.NONE else "",
                            "ja" if o.handwerksrolle else "",
                            _text(o.tags_text),
                            staff.get(o.responsible_staff_id, "") if o.responsible_staff_id else "",
                        ],
                    )


def _further(points: Sequence[ContactPoint]) -> Iterator[FurtherValue]:
    """Stored further contact details as an export writes them (numbers formatted)."""
    for p in points:
        phone = p.kind in (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX)
        yield FurtherValue(
            p.kind,
            p.label,
            format_phone(p.value) if phone else p.value,
            p.street or "",
            p.postcode or "",
            p.city or "",
            p.country or "",
        )


def _report(a: Activity) -> str:
    parts = (a.report, a.situation, a.needs_found, a.next_steps)
    return "\n\n".join(p for p in parts if p)
