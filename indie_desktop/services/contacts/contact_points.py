"""Further e-mails, phones, mobiles, faxes, websites and addresses of a person or an
organisation (issue 19): checked per row of the form, saved with the record, read for its
detail pane, its exports, its merge and its access export.

The first value of each kind stays in the record's own columns (email, phone, street ...);
these rows are the others. A row that repeats the record's own value is not stored twice.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from indie_desktop.domain import validation as v
from indie_desktop.domain.countries import country_for_storage, region_of
from indie_desktop.domain.enums import ContactKind, ContactLabel
from indie_desktop.domain.formatting import address_text as address_text
from indie_desktop.domain.models import ContactPoint
from indie_desktop.services import records
from indie_desktop.services.context import Actor
from indie_desktop.services.fields import FieldCollector

FIELD = "contact_points"  # error keys: contact_points.<row>.<part>
_OWN_COLUMN = {
    ContactKind.EMAIL: "email",
    ContactKind.PHONE: "phone",
    ContactKind.MOBILE: "mobile",
    ContactKind.WEB: "website",
}


@dataclass
class ContactPointDraft:
    kind: ContactKind = ContactKind.EMAIL
    label: ContactLabel = ContactLabel.WORK
    value: str = ""  # e-mail, number, URL (an address uses the four parts below)
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # empty: Germany
    id: uuid.UUID | None = None  # None: a new row

    def is_empty(self) -> bool:
        return not any(
            x.strip() for x in (self.value, self.street, self.postcode, self.city, self.country)
        )


def check(drafts: Sequence[ContactPointDraft]) -> list[dict[str, object]]:
    """The rows' column values, empty rows left out; ValidationError names the row and part
    that failed (contact_points.<row>.value / .postcode)."""
    c = FieldCollector()
    out: list[dict[str, object]] = []
    for i, d in enumerate(drafts):
        if d.is_empty():
            continue
        key = f"{FIELD}.{i}"
        kind = ContactKind(d.kind)
        row: dict[str, object] = {"kind": kind, "label": ContactLabel(d.label)}
        if kind is ContactKind.ADDRESS:
            country = c.take(f"{key}.country", country_for_storage, d.country)
            region = region_of(country)
            street = c.take(f"{key}.street", v.optional_text, d.street, 200)
            postcode = c.take(
                f"{key}.postcode",
                v.normalize_postcode if region == "DE" else v.optional_text,
                d.postcode,
                *(() if region == "DE" else (10,)),
            )
            city = c.take(f"{key}.city", v.optional_text, d.city, 100)
            if not street and not city and not postcode and f"{key}.postcode" not in c.errors:
                c.fail(f"{key}.street", "Street or city is required")
            row.update(
                street=street,
                postcode=postcode,
                city=city,
                country=country,
                value=address_text(street, postcode, city, country)[:254],
            )
        elif kind is ContactKind.EMAIL:
            row["value"] = c.take(f"{key}.value", v.normalize_email, d.value)
        elif kind is ContactKind.WEB:
            row["value"] = c.take(f"{key}.value", v.normalize_website, d.value)
        else:
            region = region_of(country_for_storage(d.country)) or "ZZ"
            row["value"] = c.take(f"{key}.value", v.normalize_phone, d.value, region)
        out.append(row)
    c.raise_if_any()
    return out


def drafts_of(points: Iterable[ContactPoint]) -> list[ContactPointDraft]:
    return [
        ContactPointDraft(
            kind=p.kind,
            label=p.label,
            value=v.format_phone(p.value)
            if p.kind in (ContactKind.PHONE, ContactKind.MOBILE, ContactKind.FAX)
            else (p.value if p.kind is not ContactKind.ADDRESS else ""),
            street=p.street or "",
            postcode=p.postcode or "",
            city=p.city or "",
            country=p.country or "",
            id=p.id,
        )
        for p in points
    ]


def owner_filter(
    person_id: uuid.UUID | None, organisation_id: uuid.UUID | None
) -> ColumnElement[bool]:
    """The rows of one person, or else of one organisation."""
    if person_id is not None:
        return ContactPoint.person_id == person_id
    return ContactPoint.organisation_id == organisation_id


def load(
    s: Session, *, person_id: uuid.UUID | None = None, organisation_id: uuid.UUID | None = None
) -> list[ContactPoint]:
    """The live rows of one person or organisation, in their order."""
    stmt = (
        select(ContactPoint)
        .where(owner_filter(person_id, organisation_id), ContactPoint.deleted_at.is_(None))
        .order_by(ContactPoint.position, ContactPoint.created_at)
    )
    return list(s.scalars(stmt))


def load_many(
    s: Session, *, people: Sequence[uuid.UUID] = (), organisations: Sequence[uuid.UUID] = ()
) -> dict[uuid.UUID, list[ContactPoint]]:
    """The live rows of several records by owner id (for exports), in their order."""
    out: dict[uuid.UUID, list[ContactPoint]] = {}
    for column, ids in (
        (ContactPoint.person_id, people),
        (ContactPoint.organisation_id, organisations),
    ):
        for start in range(0, len(ids), 500):
            stmt = (
                select(ContactPoint)
                .where(
                    column.in_(list(ids[start : start + 500])), ContactPoint.deleted_at.is_(None)
                )
                .order_by(ContactPoint.position, ContactPoint.created_at)
            )
            for p in s.scalars(stmt):
                owner = p.person_id or p.organisation_id
                assert owner is not None
                out.setdefault(owner, []).append(p)
    return out


def _key(row: dict[str, object] | ContactPoint) -> tuple[str, str]:
    if isinstance(row, ContactPoint):
        return str(row.kind), (row.value or "").casefold()
    return str(row["kind"]), str(row.get("value") or "").casefold()


def save(
    s: Session,
    actor: Actor,
    drafts: Sequence[ContactPointDraft],
    own: Mapping[str, object],
    *,
    person_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
) -> None:
    """Reconcile the record's rows with the form: update, add, soft-delete removed ones. A row
    repeating the record's own value (`own`: its columns) is left out."""
    rows = check(drafts)
    existing = {p.id: p for p in load(s, person_id=person_id, organisation_id=organisation_id)}
    kept: set[uuid.UUID] = set()
    position = 0
    ids = [d.id for d in drafts if not d.is_empty()]
    for row, row_id in zip(rows, ids, strict=True):
        column = _OWN_COLUMN.get(ContactKind(str(row["kind"])))
        if column and str(own.get(column) or "").casefold() == str(row["value"]).casefold():
            continue
        row["position"] = position
        position += 1
        if row_id is not None and row_id in existing:
            kept.add(row_id)
            records.apply_changes(s, actor, existing[row_id], row)
        else:
            records.create(
                s,
                actor,
                ContactPoint(person_id=person_id, organisation_id=organisation_id, **row),
            )
    for point_id, point in existing.items():
        if point_id not in kept:
            records.soft_delete(s, actor, point)


def add_missing(
    s: Session,
    actor: Actor,
    rows: Iterable[dict[str, object]],
    own: Mapping[str, object],
    *,
    person_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Add checked rows the record does not have yet (neither in its columns nor as a row):
    a merge's union. The ids of the rows added."""
    existing = load(s, person_id=person_id, organisation_id=organisation_id)
    have = {_key(p) for p in existing}
    have |= {
        (str(kind), str(own.get(col) or "").casefold())
        for kind, col in _OWN_COLUMN.items()
        if own.get(col)
    }
    position = max((p.position for p in existing), default=-1) + 1
    added: list[uuid.UUID] = []
    for row in rows:
        if _key(row) in have or not row.get("value"):
            continue
        have.add(_key(row))
        values = {
            k: row.get(k)
            for k in ("kind", "label", "value", "street", "postcode", "city", "country")
        }
        point = records.create(
            s,
            actor,
            ContactPoint(
                person_id=person_id, organisation_id=organisation_id, position=position, **values
            ),
        )
        position += 1
        added.append(point.id)
    return added


def own_rows(record: object, kind: str) -> list[dict[str, object]]:
    """A person's or organisation's own e-mail, numbers, website (and an organisation's
    address) as rows: what a merge keeps of the record that goes."""
    out: list[dict[str, object]] = []
    columns = (
        (("email", ContactKind.EMAIL), ("phone", ContactKind.PHONE), ("website", ContactKind.WEB))
        if kind == "organisation"
        else (
            ("email", ContactKind.EMAIL),
            ("phone", ContactKind.PHONE),
            ("mobile", ContactKind.MOBILE),
        )
    )
    for column, contact_kind in columns:
        value = getattr(record, column, None)
        if value:
            out.append({"kind": contact_kind, "label": ContactLabel.WORK, "value": value})
    if kind == "organisation":
        parts = [getattr(record, c, None) for c in ("street", "postcode", "city", "country")]
        if any(parts):
            street, postcode, city, country = parts
            out.append(
                {
                    "kind": ContactKind.ADDRESS,
                    "label": ContactLabel.WORK,
                    "value": address_text(street, postcode, city, country)[:254],
                    "street": street,
                    "postcode": postcode,
                    "city": city,
                    "country": country,
                }
            )
    return out


def own_values(record: object, kind: str) -> dict[str, object]:
    """The record's own columns that further rows must not repeat."""
    names = (
        ("email", "phone", "website") if kind == "organisation" else ("email", "phone", "mobile")
    )
    return {n: getattr(record, n, None) for n in names}


def duplicates(points: Sequence[ContactPoint], own: Mapping[str, object]) -> list[uuid.UUID]:
    """Rows repeating the record's own value or an earlier row (after a merge moved them)."""
    seen = {
        (str(kind), str(own.get(col) or "").casefold())
        for kind, col in _OWN_COLUMN.items()
        if own.get(col)
    }
    dropped: list[uuid.UUID] = []
    for p in points:
        key = _key(p)
        if key in seen:
            dropped.append(p.id)
        seen.add(key)
    return dropped


def as_rows(points: Iterable[ContactPoint]) -> list[dict[str, object]]:
    """Stored rows as values for add_missing (another record's rows in a merge)."""
    return [
        {
            "kind": p.kind,
            "label": p.label,
            "value": p.value,
            "street": p.street,
            "postcode": p.postcode,
            "city": p.city,
            "country": p.country,
        }
        for p in points
    ]


_PHONE_TYPED = re.compile(r"[+0][\d /()-]{4,}")


def contact_prefix(typed: str) -> str | None:
    """What stored e-mails or numbers start with when the text is one: an address (or its
    start, with @) in lower case, a German or international number as E.164 digits
    ('0231 555' -> '+49231555'); None for other text."""
    typed = typed.strip()
    if "@" in typed and " " not in typed:
        return typed.casefold().replace("%", "")
    if _PHONE_TYPED.fullmatch(typed):
        digits = re.sub(r"\D", "", typed)
        if typed.startswith("+"):
            return "+" + digits
        if digits.startswith("00"):
            return "+" + digits[2:]
        return "+49" + digits[1:]
    return None


def reach_condition(model: Any, text: str) -> ColumnElement[bool] | None:
    """Records (Person or Organisation) with an own or further e-mail or number starting with
    what was typed (a list's filter box), None when the text is no e-mail or number."""
    prefix = contact_prefix(text)
    if prefix is None:
        return None
    like = prefix + "%"
    owner = (
        ContactPoint.person_id if model.__tablename__ == "person" else ContactPoint.organisation_id
    )
    columns = (
        ("email", "phone", "mobile")
        if model.__tablename__ == "person"
        else ("email", "phone", "website")
    )
    further = select(owner).where(
        func.lower(ContactPoint.value).like(like), ContactPoint.deleted_at.is_(None)
    )
    return or_(model.id.in_(further), *(func.lower(getattr(model, c)).like(like) for c in columns))
