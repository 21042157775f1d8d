"""Finding likely duplicate organisations and people in the database."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ARRAY, String, any_, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from indie_desktop.domain.duplicate_index import OrganisationIndex, PersonIndex, person_pairs
from indie_desktop.domain.matching import (
    OrganisationKeys,
    PersonKeys,
    decode_organisation_keys,
    keys_of_stored_inputs,
    organisation_inputs_digest,
    person_keys,
)
from indie_desktop.domain.models import Affiliation, Organisation, Person
from indie_desktop.store.database import Database

REASON_TEXTS = {
    "vat": "same VAT ID",
    "register": "same trade-register entry",
    "email": "same e-mail address",
    "website": "same web domain",
    "phone": "same phone number",
    "name_address": "similar name at the same address",
    "name_postcode": "similar name, same postcode",
    "name_city": "similar name, same city",
    "name_organisation": "same name at the same organisation",
}

Progress = Callable[[str, int, int], None]


@dataclass
class PersonCandidates:
    """What the people of an import file could match on: e-mails, phones, folded names."""

    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    sort_names: set[str] = field(default_factory=set)

    def add(self, values: dict[str, Any]) -> None:
        if values.get("email"):
            self.emails.add(str(values["email"]))
        for key in ("phone", "mobile"):
            if values.get(key):
                self.phones.add(str(values[key]))
        self.sort_names.add(str(values["sort_name"]))


@dataclass(frozen=True)
class DuplicatePair:
    kind: str  # "organisation" or "person"
    first_id: uuid.UUID
    first_name: str
    second_id: uuid.UUID
    second_name: str
    score: int
    reasons: tuple[str, ...]

    @property
    def reason_text(self) -> str:
        return ", ".join(REASON_TEXTS.get(r, r) for r in self.reasons)


def id_key(value: object) -> str:
    """Record ids in the matching indexes: 32 hex digits, as SQLite stores them.

    Loading ids raw skips building 100,000 UUID objects; PostgreSQL hands out UUIDs anyway."""
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def record_id(key: object) -> uuid.UUID:
    return uuid.UUID(str(key))


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


def load_organisation_keys(s: Session) -> list[OrganisationKeys]:
    """Keys of every live organisation: the stored ones (match_key), computed afresh only for
    records whose stored keys are missing or no longer fit their values."""
    rows = (
        s.connection()
        .execute(  # Core: plain rows, no ORM result handling
            select(
                _raw(Organisation.id),
                Organisation.name,
                Organisation.postcode,
                Organisation.street,
                Organisation.city,
                Organisation.vat_id,
                Organisation.register_court,
                Organisation.register_number,
                Organisation.email,
                Organisation.website,
                Organisation.phone,
                Organisation.sort_name,
                Organisation.match_key,
            ).where(Organisation.deleted_at.is_(None))
        )
        .fetchall()
    )  # one call into the driver, not one per row
    keys: list[OrganisationKeys] = []
    add = keys.append
    for r in rows:
        # r[1:12] are the columns of matching.STORED_INPUTS, in that order.
        stored = (
            decode_organisation_keys(
                id_key(r[0]), r[1], r[2], r[12], organisation_inputs_digest(*r[1:12])
            )
            if r[12]
            else None
        )
        add(stored if stored is not None else keys_of_stored_inputs(id_key(r[0]), r[1:12]))
    return keys


_CHUNK = 400


def _person_conditions(candidates: PersonCandidates, postgres: bool = False) -> list[Any]:
    """Chunks of OR-ed IN conditions selecting the people an import file could match.

    PostgreSQL: one condition per column, `= ANY` of one array parameter (the server reads
    and plans one value instead of thousands of placeholders: at network scale a third of
    the time the candidates took)."""
    conditions: list[Any] = []
    # Phones are indexed too (0013_matchkeys); long IN lists mean fewer statements.
    for column, values, size in (
        (Person.email, candidates.emails, _CHUNK),
        (Person.sort_name, candidates.sort_names, _CHUNK),
        (Person.phone, candidates.phones, _CHUNK * 20),
        (Person.mobile, candidates.phones, _CHUNK * 20),
    ):
        items = sorted(values)
        if postgres and items:
            conditions.append(column == any_(bindparam(None, items, type_=ARRAY(String))))
            continue
        conditions += [column.in_(items[i : i + size]) for i in range(0, len(items), size)]
    return conditions


def load_person_keys(s: Session, candidates: PersonCandidates | None = None) -> list[PersonKeys]:
    """Keys of every live person, or only of those matching the candidates of an import."""
    columns = (
        _raw(Person.id),
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.phone,
        Person.mobile,
        Person.sort_name,
    )
    connection = s.connection()  # Core: plain rows, no ORM result handling
    if candidates is None:
        rows = list(connection.execute(select(*columns).where(Person.deleted_at.is_(None))))
    else:
        found: dict[object, Any] = {}
        postgres = connection.dialect.name == "postgresql"
        for condition in _person_conditions(candidates, postgres):
            for r in connection.execute(
                select(*columns).where(Person.deleted_at.is_(None), condition)
            ):
                found[r[0]] = r
        rows = list(found.values())
    links = select(_raw(Affiliation.person_id), _raw(Affiliation.organisation_id)).where(
        Affiliation.deleted_at.is_(None)
    )
    orgs: dict[str, set[object]] = defaultdict(set)
    if candidates is None:
        pairs = list(connection.execute(links))
    else:
        ids = [r[0] for r in rows]
        pairs = [
            p
            for i in range(0, len(ids), _CHUNK)
            for p in connection.execute(
                links.where(_raw(Affiliation.person_id).in_(ids[i : i + _CHUNK]))
            )
        ]
    for person_id, org_id in pairs:
        orgs[id_key(person_id)].add(id_key(org_id))
    empty: frozenset[object] = frozenset()
    keys = []
    for r in rows:
        key = id_key(r[0])
        member = orgs.get(key)
        keys.append(
            person_keys(
                key,
                r[1],
                r[2],
                email=r[3],
                phones=(r[4], r[5]),
                organisations=frozenset(member) if member else empty,
                sort_name=r[6],
            )
        )
    return keys


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def organisation_index(self) -> OrganisationIndex:
        with self.db.session() as s:
            return OrganisationIndex(load_organisation_keys(s))

    def person_index(self) -> PersonIndex:
        with self.db.session() as s:
            return PersonIndex(load_person_keys(s))

    def scan(self, progress: Progress | None = None, *, people: bool = True) -> list[DuplicatePair]:
        """All likely duplicate pairs (organisations, and people unless told), best first."""
        report = progress or (lambda phase, done, total: None)
        report("Loading records", 0, 1)
        with self.db.session() as s:
            orgs = load_organisation_keys(s)
            persons = load_person_keys(s) if people else []
        names = {k.id: k.name for k in orgs}
        index = OrganisationIndex(orgs)
        result = [
            DuplicatePair(
                "organisation", record_id(a), names[a], record_id(b), names[b], score, reasons
            )
            for a, b, score, reasons in index.pairs(
                lambda done, total: report("Comparing organisations", done, total)
            )
        ]
        report("Comparing people", 0, 1)
        person_names = {p.id: p.name for p in persons}
        result.extend(
            DuplicatePair(
                "person",
                record_id(a),
                person_names[a],
                record_id(b),
                person_names[b],
                score,
                reasons,
            )
            for a, b, score, reasons in person_pairs(persons)
        )
        report("Comparing people", 1, 1)
        result.sort(key=lambda p: (-p.score, p.kind, p.first_name))
        return result
