"""Changes to many organisations at once, from a multi-selection or a whole filtered list:
tag, untag, assign a Betreuer/in, change the status. Each change is audited per record, can be
undone as one step, and reports progress and stops when cancelled (nothing is changed then).

Set-based: the rows are read and written in chunks with one statement per chunk (executemany),
not through the ORM one by one; on the local file the search index takes the changed tags in
one statement for all rows (search_index.SqliteBulkUpdate) instead of a trigger per row.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, literal, literal_column, select, update

from indie_desktop.domain.base import utcnow, uuid7
from indie_desktop.domain.enums import OrganisationStatus
from indie_desktop.domain.errors import Cancelled, ValidationError
from indie_desktop.domain.models import AuditEntry, Organisation, Person, Staff, Tag, TagLink
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.records import audited_by_database
from indie_desktop.services.visibility import visible_to
from indie_desktop.store import search_index
from indie_desktop.store.database import Database

CHUNK = 500
Progress = Callable[[int, int], None]
FIELDS = {"tags_text", "responsible_staff_id", "status"}


@dataclass
class BulkChange:
    """What one bulk action changed: enough to undo it as one step."""

    column: str
    label: str  # "Tag “Leichtbau”", for the status bar and the undo
    before: dict[uuid.UUID, Any] = field(default_factory=dict)
    after: dict[uuid.UUID, Any] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        return len(self.after)


def tags_of(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def with_tag(text: str | None, tag: str) -> str:
    tags = tags_of(text)
    if tag.casefold() not in {t.casefold() for t in tags}:
        tags.append(tag)
    return ", ".join(tags)


def without_tag(text: str | None, tag: str) -> str | None:
    tags = [t for t in tags_of(text) if t.casefold() != tag.casefold()]
    return ", ".join(tags) or None


class BulkEdit:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def tag(self, ids: Sequence[uuid.UUID], tag: str, **kw: Any) -> BulkChange:
        tag = _tag(tag)
        return self._apply(ids, "tags_text", lambda old: with_tag(old, tag), f"Tag “{tag}”", **kw)

    def untag(self, ids: Sequence[uuid.UUID], tag: str, **kw: Any) -> BulkChange:
        tag = _tag(tag)
        return self._apply(
            ids, "tags_text", lambda old: without_tag(old, tag), f"Untag “{tag}”", **kw
        )

    def assign_staff(self, ids: Sequence[uuid.UUID], staff_id: uuid.UUID, **kw: Any) -> BulkChange:
        with self.db.session() as s:
            staff = s.get(Staff, staff_id)
            if staff is None or staff.deleted_at is not None:
                raise ValidationError({"responsible_staff_id": "Unknown staff member"})
            name = staff.full_name
        return self._apply(
            ids, "responsible_staff_id", lambda _old: staff_id, f"Betreuer/in {name}", **kw
        )

    def set_status(
        self, ids: Sequence[uuid.UUID], status: OrganisationStatus, **kw: Any
    ) -> BulkChange:
        status = OrganisationStatus(status)
        return self._apply(ids, "status", lambda _old: status.value, f"Status {status}", **kw)

    def undo(self, change: BulkChange, **kw: Any) -> BulkChange:
        """Put the values back as they were before `change` (one step)."""
        before = change.before
        return self._apply(
            list(before), change.column, None, f"Undo: {change.label}", values=before, **kw
        )

    def _apply(
        self,
        ids: Sequence[uuid.UUID],
        column: str,
        new_value: Callable[[Any], Any] | None,
        label: str,
        *,
        values: dict[uuid.UUID, Any] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BulkChange:
        assert column in FIELDS
        ids = list(dict.fromkeys(ids))
        change = BulkChange(column, label)
        table = cast(Table, Organisation.__table__)
        col = table.c[column]
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                {
                    column: bindparam("b_value"),
                    "version": table.c.version + 1,
                    "updated_at": bindparam("b_now"),
                }
            )
        )
        now = utcnow()
        rowid = literal_column("organisation.rowid") if self.db.is_sqlite else literal(0)
        with self.db.session() as s:
            by_database = audited_by_database(s)
            conn = s.connection()
            # SQLite: the search index follows set-based, not row by row through its trigger.
            refold = (
                search_index.SqliteBulkUpdate(conn, "organisation", column)
                if self.db.is_sqlite
                else None
            )
            if refold is not None and not refold.sources:
                refold = None  # a column outside the index (status, Betreuer/in)
            if refold is not None:
                refold.begin()
            for start in range(0, len(ids), CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled("The change was cancelled; nothing was changed.")
                chunk = ids[start : start + CHUNK]
                indexed = [table.c[f] for f in refold.fields] if refold is not None else []
                rows = conn.execute(
                    select(
                        table.c.id,
                        col,
                        table.c.owner_institution_id,
                        table.c.visibility,
                        rowid,
                        *indexed,
                    ).where(
                        table.c.id.in_(chunk),
                        table.c.deleted_at.is_(None),
                        visible_to(Organisation, self.actor),
                    )
                ).all()
                params: list[dict[str, Any]] = []
                audits: list[dict[str, Any]] = []
                noted: list[tuple[int, dict[str, Any], Any, Any]] = []
                for rid, old, owner, visibility, row_number, *texts in rows:
                    new = values[rid] if values is not None else new_value(old)  # type: ignore[misc]
                    if new == old:
                        continue
                    change.before[rid] = old
                    change.after[rid] = new
                    params.append({"b_id": rid, "b_value": new, "b_now": now})
                    if refold is not None:
                        indexed_values = dict(zip(refold.fields, texts, strict=True))
                        noted.append((row_number, indexed_values, old, new))
                    audits.append(
                        {
                            "id": uuid7(),
                            "at": now,
                            "staff_id": self.actor.staff_id,
                            "institution_id": self.actor.institution_id,
                            "action": "update",
                            "target_type": "organisation",
                            "target_id": rid,
                            "changes": {column: [_json(old), _json(new)]},
                            "summary": label,
                            "private_to": owner if visibility == "institution" else None,
                        }
                    )
                if params and self.db.is_sqlite:
                    _sqlite_write(conn, column, params, audits)
                elif params:
                    conn.execute(stmt, params)
                    if not by_database:  # the office server's trigger writes the trail there
                        conn.execute(insert(cast(Table, AuditEntry.__table__)), audits)
                if refold is not None:
                    refold.note(noted)
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))
            if refold is not None:
                refold.finish()
        return change


_AUDIT_COLUMNS = (
    "id",
    "at",
    "staff_id",
    "institution_id",
    "action",
    "target_type",
    "target_id",
    "changes",
    "summary",
    "private_to",
)


def _sqlite_write(
    conn: Any, column: str, params: list[dict[str, Any]], audits: list[dict[str, Any]]
) -> None:
    """The chunk's updates and audit rows straight through the driver, in the column formats
    SQLAlchemy stores on SQLite (UUIDs as 32 hex digits, UTC times without zone, JSON text):
    for 10,000 rows SQLAlchemy's per-row parameter processing cost more than the writing."""
    assert column in FIELDS
    times: dict[datetime, str] = {}

    def when(value: datetime) -> str:
        if value not in times:
            utc = value.astimezone(UTC).replace(tzinfo=None)
            times[value] = utc.isoformat(sep=" ", timespec="microseconds")
        return times[value]

    def raw(value: Any) -> Any:
        return value.hex if isinstance(value, uuid.UUID) else value

    conn.exec_driver_sql(
        f"UPDATE organisation SET {column} = ?, version = version + 1, updated_at = ? WHERE id = ?",
        [(raw(p["b_value"]), when(p["b_now"]), p["b_id"].hex) for p in params],
    )
    conn.exec_driver_sql(
        f"INSERT INTO audit_entry ({', '.join(_AUDIT_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_AUDIT_COLUMNS))})",
        [
            (
                a["id"].hex,
                when(a["at"]),
                raw(a["staff_id"]),
                raw(a["institution_id"]),
                a["action"],
                a["target_type"],
                a["target_id"].hex,
                json.dumps(a["changes"]),
                a["summary"],
                raw(a["private_to"]),
            )
            for a in audits
        ],
    )


def _tag(tag: str) -> str:
    tag = tag.strip().strip(",").strip()
    if not tag:
        raise ValidationError({"tag": "Enter the tag"})
    if "," in tag or len(tag) > 80:
        raise ValidationError(
            {"tag": "A tag is one word or phrase without commas (≤ 80 characters)"}
        )
    return tag


def _json(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID) else value


class PeopleTags:
    """Tags on many people at once (the people list's bulk actions). A person's tags are links
    (tag_link) to the network's tags; tagging adds the missing links in one batch, untagging
    ends them (soft delete), and either is undone as one step. Each person's history shows the
    change (audit row per person; the office server's trigger writes its own per link)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def tags_of(self, person_id: uuid.UUID) -> list[str]:
        with self.db.session() as s:
            return list(
                s.scalars(
                    select(Tag.name)
                    .join(TagLink, TagLink.tag_id == Tag.id)
                    .where(
                        TagLink.target_type == "person",
                        TagLink.target_id == person_id,
                        TagLink.deleted_at.is_(None),
                        Tag.deleted_at.is_(None),
                        visible_to(TagLink, self.actor),
                    )
                    .order_by(func.lower(Tag.name))
                )
            )

    def tag(self, ids: Sequence[uuid.UUID], tag: str, **kw: Any) -> BulkChange:
        return self._apply(ids, _tag(tag), remove=False, **kw)

    def untag(self, ids: Sequence[uuid.UUID], tag: str, **kw: Any) -> BulkChange:
        return self._apply(ids, _tag(tag), remove=True, **kw)

    def undo(self, change: BulkChange, **kw: Any) -> BulkChange:
        """Links made by `change` ended, links ended by it live again (one step)."""
        label = f"Undo: {change.label}"
        out = BulkChange(change.column, label)
        revive = change.column == "person_untag"
        with self.db.session() as s:
            now = utcnow()
            for person_id, link_id in change.after.items():
                link = s.get(TagLink, link_id)
                if link is None:
                    continue
                link.deleted_at = None if revive else now
                out.after[person_id] = link_id
                out.before[person_id] = change.before.get(person_id)
                private = link.owner_institution_id if link.visibility == "institution" else None
                tag = str(change.before.get(person_id) or "")
                self._audit(s, person_id, tag, not revive, label, private)
        return out

    def _apply(
        self,
        ids: Sequence[uuid.UUID],
        tag: str,
        *,
        remove: bool,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BulkChange:
        ids = list(dict.fromkeys(ids))
        label = f"Untag “{tag}”" if remove else f"Tag “{tag}”"
        change = BulkChange("person_untag" if remove else "person_tag", label)
        now = utcnow()
        with self.db.session() as s:
            tag_row = s.scalars(
                select(Tag).where(func.lower(Tag.name) == tag.casefold(), Tag.deleted_at.is_(None))
            ).first()
            if tag_row is None:
                if remove:
                    return change
                tag_row = records.create(s, self.actor, Tag(name=tag), tag)
            for start in range(0, len(ids), CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled("The change was cancelled; nothing was changed.")
                chunk = ids[start : start + CHUNK]
                people = s.execute(
                    select(Person.id, Person.visibility, Person.owner_institution_id).where(
                        Person.id.in_(chunk),
                        Person.deleted_at.is_(None),
                        visible_to(Person, self.actor),
                    )
                ).all()
                links = {
                    link.target_id: link
                    for link in s.scalars(
                        select(TagLink).where(
                            TagLink.tag_id == tag_row.id,
                            TagLink.target_type == "person",
                            TagLink.target_id.in_(chunk),
                            TagLink.deleted_at.is_(None),
                        )
                    )
                }
                new: list[TagLink] = []
                for pid, visibility, owner in people:
                    private = owner if visibility == "institution" else None
                    if remove:
                        link = links.get(pid)
                        if link is None:
                            continue
                        link.deleted_at = now
                        change.after[pid] = link.id
                    elif pid not in links:
                        link = TagLink(
                            id=uuid7(),
                            tag_id=tag_row.id,
                            target_type="person",
                            target_id=pid,
                            # The tagging institution's link, as visible as the person
                            # (on the office server a trigger makes it so as well).
                            visibility=visibility,
                            owner_institution_id=self.actor.institution_id,
                        )
                        new.append(link)
                        change.after[pid] = link.id
                    else:
                        continue
                    change.before[pid] = tag
                    self._audit(s, pid, tag, remove, label, private)
                s.add_all(new)
                s.flush()
                if progress is not None:
                    progress(min(start + CHUNK, len(ids)), len(ids))
        return change

    def _audit(
        self,
        s: Any,
        person_id: uuid.UUID,
        tag: str,
        removed: bool,
        label: str,
        private_to: uuid.UUID | None,
    ) -> None:
        if audited_by_database(s):
            return  # the office server's trigger records the link itself
        s.add(
            AuditEntry(
                id=uuid7(),
                at=utcnow(),
                staff_id=self.actor.staff_id,
                institution_id=self.actor.institution_id,
                action="update",
                target_type="person",
                target_id=person_id,
                changes={"tags": [tag, None] if removed else [None, tag]},
                summary=label,
                private_to=private_to,
            )
        )
