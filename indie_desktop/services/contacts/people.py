"""People (business contacts) and their affiliations with organisations."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import validation as v
from indie_desktop.domain.enums import LegalBasis, PreferredChannel, Salutation, Visibility
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Affiliation, Organisation, Person
from indie_desktop.domain.record_keys import person_keys
from indie_desktop.services import listing, records
from indie_desktop.services.contacts import contact_points as cp
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.context import Actor
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter


@dataclass
class AffiliationDraft:
    organisation_id: uuid.UUID | None = None
    organisation_name: str = ""  # shown only
    role: str = ""
    since: str = ""
    until: str = ""
    is_primary: bool = False
    id: uuid.UUID | None = None  # None: new affiliation


@dataclass
class PersonDraft:
    salutation: Salutation = Salutation.NONE
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    function: str = ""
    department: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    preferred_channel: PreferredChannel | None = None
    notes: str = ""
    legal_basis: LegalBasis | None = None
    data_source: str = ""
    visibility: Visibility = Visibility.NETWORK
    affiliations: list[AffiliationDraft] = field(default_factory=list)
    # Further e-mails, phones, faxes, websites, addresses (the first of each: the fields above)
    contact_points: list[ContactPointDraft] = field(default_factory=list)


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    name: str  # "Last, First"
    function: str
    organisation: str
    phone: str
    email: str


@dataclass(frozen=True)
class PersonDetail:
    id: uuid.UUID
    version: int
    draft: PersonDraft
    display_name: str


# Sorts whose column is the person's own and never NULL can page by keyset.
KEYSET_COLUMNS = {"name": Person.sort_name}


def _values(draft: PersonDraft) -> dict[str, object]:
    c = FieldCollector()
    c.take("title", v.optional_text, draft.title, 40)
    c.take("first_name", v.optional_text, draft.first_name, 100)
    c.take("last_name", v.require_text, draft.last_name, 100)
    c.take("function", v.optional_text, draft.function, 150)
    c.take("department", v.optional_text, draft.department, 150)
    c.take("phone", v.normalize_phone, draft.phone)
    c.take("mobile", v.normalize_phone, draft.mobile)
    c.take("email", v.normalize_email, draft.email)
    c.take("notes", v.optional_text, draft.notes, 100_000)
    c.take("data_source", v.optional_text, draft.data_source, 200)
    for i, a in enumerate(draft.affiliations):
        if a.organisation_id is None:
            c.fail(f"affiliations.{i}.organisation", "Choose an organisation")
        c.take(f"affiliations.{i}.role", v.optional_text, a.role, 150)
        since = c.take(f"affiliations.{i}.since", v.parse_date_de, a.since)
        until = c.take(f"affiliations.{i}.until", v.parse_date_de, a.until)
        if since and until and until < since:
            c.fail(f"affiliations.{i}.until", "Ends before it begins")
    if draft.contact_points:
        try:
            cp.check(draft.contact_points)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                c.fail(key, message)
    c.raise_if_any()
    values = {k: val for k, val in c.values.items() if not k.startswith("affiliations.")}
    values["first_name"] = values["first_name"] or ""
    values.update(
        salutation=Salutation(draft.salutation),
        preferred_channel=draft.preferred_channel,
        legal_basis=draft.legal_basis,
        visibility=Visibility(draft.visibility).value,
    )
    values.update(
        person_keys(
            values["first_name"], values["last_name"], draft.email, draft.function, draft.department
        )
    )
    return values


def _save_affiliations(
    s: Session, actor: Actor, person: Person, drafts: list[AffiliationDraft]
) -> None:
    """Reconcile the person's affiliations with the form: update, add, soft-delete removed."""
    existing = {a.id: a for a in person.affiliations if a.deleted_at is None}
    if sum(1 for d in drafts if d.is_primary) > 1:
        raise ValidationError({"affiliations": "Only one affiliation can be the primary one"})
    kept: set[uuid.UUID] = set()
    for d in drafts:
        values = {
            "organisation_id": d.organisation_id,
            "role": d.role.strip() or None,
            "since": v.parse_date_de(d.since),
            "until": v.parse_date_de(d.until),
            "is_primary": d.is_primary,
        }
        if d.id is not None and d.id in existing:
            kept.add(d.id)
            records.apply_changes(s, actor, existing[d.id], values)
        else:
            records.create(s, actor, Affiliation(person_id=person.id, **values))
    for a_id, a in existing.items():
        if a_id not in kept:
            records.soft_delete(s, actor, a)


def _save_contact_points(s: Session, actor: Actor, person: Person, draft: PersonDraft) -> None:
    own = {"email": person.email, "phone": person.phone, "mobile": person.mobile}
    cp.save(s, actor, draft.contact_points, own, person_id=person.id)


class PersonService(EditableRecords[PersonDraft]):
    model = Person

    def values_of(self, draft: PersonDraft) -> dict[str, object]:
        return _values(draft)

    def after_save(self, session: Session, record: Person, draft: PersonDraft) -> None:
        _save_affiliations(session, self.actor, record, draft.affiliations)
        _save_contact_points(session, self.actor, record, draft)

    def create(self, draft: PersonDraft) -> uuid.UUID:
        values = _values(draft)
        with self.db.session() as s:
            p = records.create(s, self.actor, Person(**values), summary=str(values["last_name"]))
            _save_affiliations(s, self.actor, p, draft.affiliations)
            _save_contact_points(s, self.actor, p, draft)
            return p.id

    def detail(self, person_id: uuid.UUID) -> PersonDetail:
        with self.db.session() as s:
            p = records.load(s, Person, person_id)
            rows = s.execute(
                select(Affiliation, Organisation.name)
                .join(Organisation, Organisation.id == Affiliation.organisation_id)
                .where(
                    Affiliation.person_id == person_id,
                    Affiliation.deleted_at.is_(None),
                    Organisation.deleted_at.is_(None),
                )
                .order_by(Affiliation.is_primary.desc(), Affiliation.until.is_not(None))
            ).all()
            draft = PersonDraft(
                salutation=p.salutation,
                title=p.title or "",
                first_name=p.first_name or "",
                last_name=p.last_name,
                function=p.function or "",
                department=p.department or "",
                phone=p.phone or "",
                mobile=p.mobile or "",
                email=p.email or "",
                preferred_channel=p.preferred_channel,
                notes=p.notes or "",
                legal_basis=p.legal_basis,
                data_source=p.data_source or "",
                visibility=Visibility(p.visibility),
                affiliations=[
                    AffiliationDraft(
                        organisation_id=a.organisation_id,
                        organisation_name=name,
                        role=a.role or "",
                        since=_de(a.since),
                        until=_de(a.until),
                        is_primary=a.is_primary,
                        id=a.id,
                    )
                    for a, name in rows
                ],
                contact_points=cp.drafts_of(cp.load(s, person_id=p.id)),
            )
            return PersonDetail(p.id, p.version, draft, p.full_name)

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        aff = aliased(Affiliation)
        org = aliased(Organisation)
        stmt = (
            select(
                Person.id,
                Person.last_name,
                Person.first_name,
                Person.title,
                Person.function,
                org.name,
                Person.phone,
                Person.email,
            )
            .outerjoin(
                aff,
                and_(
                    aff.person_id == Person.id, aff.is_primary.is_(True), aff.deleted_at.is_(None)
                ),
            )
            .outerjoin(org, and_(org.id == aff.organisation_id, org.deleted_at.is_(None)))
        )
        organisation_id = query.filter_value("organisation_id")
        if organisation_id is not None:
            stmt = stmt.where(aff.organisation_id == organisation_id)
        stmt = stmt.where(*self._conditions(query, with_organisation=False))
        columns = {
            "name": Person.sort_name,
            "function": Person.function,
            "organisation": org.sort_name,
            "phone": Person.phone,
            "email": Person.email,
        }
        return listing.ordered(stmt, query, columns, Person.id)

    def _conditions(
        self, query: listing.ListQuery, *, with_organisation: bool = True
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Person.deleted_at.is_(None)]
        words = text_filter.word_conditions(
            "person",
            query.text,
            sqlite=self.db.is_sqlite,
            fallback=lambda w: listing.like_word(Person.search_key, w),
        )
        reach = cp.reach_condition(Person, query.text)  # a typed e-mail or number
        if reach is not None and words:
            conditions.append(or_(and_(*words), reach))
        else:
            conditions += words
        organisation_id = query.filter_value("organisation_id")
        if with_organisation and organisation_id is not None:
            conditions.append(
                exists().where(
                    Affiliation.person_id == Person.id,
                    Affiliation.organisation_id == organisation_id,
                    Affiliation.is_primary.is_(True),
                    Affiliation.deleted_at.is_(None),
                )
            )
        return conditions

    def ids(self, query: listing.ListQuery) -> list[uuid.UUID]:
        """Every record the list's filter matches, not only the loaded page ("select all")."""
        stmt = select(Person.id).where(*self._conditions(query))
        with self.db.session() as s:
            return list(s.scalars(stmt))

    def count(self, query: listing.ListQuery) -> int:
        """Matching people, counted on the person table alone: joining every person to their
        affiliation and organisation only to count them cost ~200 ms at 100,000 people."""
        stmt = select(func.count()).select_from(Person).where(*self._conditions(query))
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self,
        query: listing.ListQuery,
        offset: int,
        limit: int,
        after: uuid.UUID | None = None,
    ) -> list[PersonRow]:
        """One page of the list; `after` (the last row already shown) pages by keyset."""
        stmt = self._list_stmt(query)
        keyset = listing.after_row(stmt, query, KEYSET_COLUMNS, Person, after) if after else None
        with self.db.session() as s:
            return [
                PersonRow(
                    r[0],
                    f"{r[1]}, {r[2]}" if r[2] else r[1],
                    r[4] or "",
                    r[5] or "",
                    r[6] or "",
                    r[7] or "",
                )
                for r in listing.page(s, stmt, offset, limit, keyset)
            ]


def _de(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""
