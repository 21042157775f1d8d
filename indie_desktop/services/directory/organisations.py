"""Organisations: create, edit, soft-delete, list (paged) and show in detail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from indie_desktop.domain import name_rank
from indie_desktop.domain import validation as v
from indie_desktop.domain.countries import country_for_storage, region_of
from indie_desktop.domain.enums import (
    Chamber,
    OrganisationKind,
    OrganisationStatus,
    Visibility,
)
from indie_desktop.domain.errors import ValidationError
from indie_desktop.domain.models import Affiliation, Organisation, Person, Staff
from indie_desktop.domain.record_keys import organisation_keys, organisation_match_key
from indie_desktop.domain.region import municipality_for_postcode
from indie_desktop.services import listing, records
from indie_desktop.services.contacts import contact_points as cp
from indie_desktop.services.contacts.contact_points import ContactPointDraft
from indie_desktop.services.context import Actor
from indie_desktop.services.directory.membership import MembershipService, Tenure
from indie_desktop.services.directory.organisation_rows import OrganisationRow as OrganisationRow
from indie_desktop.services.directory.relations import RelationService, RelationView
from indie_desktop.services.editing import EditableRecords
from indie_desktop.services.fields import FieldCollector
from indie_desktop.services.search import text_filter
from indie_desktop.services.visibility import visible_to

# Candidates a picker ranks; the list pages sort by name, so the best match may come late.
_CANDIDATES = 200


@dataclass
class OrganisationDraft:
    """An organisation as the form holds it: text as typed, choices as enum values."""

    name: str = ""
    kind: OrganisationKind = OrganisationKind.COMPANY
    legal_form: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # empty: Germany
    municipality: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    wz_code: str = ""
    employee_band: str = ""
    founded_year: str = ""
    register_court: str = ""
    register_number: str = ""
    vat_id: str = ""
    chamber: Chamber = Chamber.NONE
    handwerksrolle: bool = False
    competences: str = ""
    tags_text: str = ""
    responsible_staff_id: uuid.UUID | None = None
    status: OrganisationStatus = OrganisationStatus.ACTIVE
    source: str = ""
    notes: str = ""
    visibility: Visibility = Visibility.NETWORK
    parent_id: uuid.UUID | None = None  # the university or institute a unit belongs to
    # Further e-mails, phones, faxes, websites, addresses (the first of each: the fields above)
    contact_points: list[ContactPointDraft] = field(default_factory=list)


@dataclass(frozen=True)
class AffiliatedPerson:
    affiliation_id: uuid.UUID
    person_id: uuid.UUID
    name: str
    role: str
    since: date | None
    until: date | None
    is_primary: bool


@dataclass(frozen=True)
class OrganisationDetail:
    id: uuid.UUID
    version: int
    draft: OrganisationDraft
    responsible_name: str
    people: list[AffiliatedPerson] = field(default_factory=list)
    relations: list[RelationView] = field(default_factory=list)  # typed, both ways
    parent: tuple[uuid.UUID, str] | None = None  # the university of a unit
    units: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # a university's units
    tenure: Tenure | None = None  # its standing in the network over time


SORT_COLUMNS = {
    "name": Organisation.sort_name,
    "kind": Organisation.kind,
    "city": Organisation.city,
    "municipality": Organisation.municipality,
    "phone": Organisation.phone,
    "wz_code": Organisation.wz_code,
    "responsible": Staff.last_name,
}


# Sorts whose column is the organisation's own and never NULL can page by keyset.
KEYSET_COLUMNS = {"name": Organisation.sort_name, "kind": Organisation.kind}


def _values(draft: OrganisationDraft) -> dict[str, object]:
    """Validate a draft; returns column values or raises ValidationError with every field."""
    c = FieldCollector()
    c.take("name", v.require_text, draft.name, 200)
    c.take("legal_form", v.normalize_legal_form, draft.legal_form)
    c.take("street", v.optional_text, draft.street, 200)
    country = c.take("country", country_for_storage, draft.country)
    region = region_of(country)
    # The country decides the checks: a German postcode has five digits, one abroad is kept
    # as written (Swiss 8304, US 30314-1234); phone numbers are read as that country's.
    postcode = c.take(
        "postcode",
        v.normalize_postcode if region == "DE" else v.optional_text,
        draft.postcode,
        *(() if region == "DE" else (10,)),
    )
    c.take("city", v.optional_text, draft.city, 100)
    c.take("website", v.normalize_website, draft.website)
    c.take("phone", v.normalize_phone, draft.phone, region or "ZZ")
    c.take("email", v.normalize_email, draft.email)
    c.take("wz_code", v.normalize_wz_code, draft.wz_code)
    c.take("founded_year", v.normalize_year, draft.founded_year)
    c.take("register_court", v.optional_text, draft.register_court, 100)
    c.take("register_number", v.optional_text, draft.register_number, 30)
    c.take("vat_id", v.normalize_vat_id, draft.vat_id)
    c.take("competences", v.optional_text, draft.competences, 4000)
    c.take("tags_text", v.optional_text, draft.tags_text, 500)
    c.take("source", v.optional_text, draft.source, 200)
    c.take("notes", v.optional_text, draft.notes, 100_000)
    if draft.contact_points:
        try:
            cp.check(draft.contact_points)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                c.fail(key, message)
    c.raise_if_any()
    values = dict(c.values)
    values.update(
        kind=OrganisationKind(draft.kind),
        chamber=Chamber(draft.chamber),
        handwerksrolle=bool(draft.handwerksrolle),
        status=OrganisationStatus(draft.status),
        visibility=Visibility(draft.visibility).value,
        employee_band=draft.employee_band or None,
        responsible_staff_id=draft.responsible_staff_id,
        parent_id=draft.parent_id,
        municipality=(
            draft.municipality.strip()
            or (municipality_for_postcode(postcode) if region == "DE" else None)
        ),
    )
    values.update(
        organisation_keys(
            str(values["name"]), draft.city, postcode, draft.competences, draft.wz_code
        )
    )
    values["match_key"] = organisation_match_key(values)
    return values


def _draft_of(o: Organisation) -> OrganisationDraft:
    d = OrganisationDraft()
    for f in fields(OrganisationDraft):
        if f.name == "contact_points":
            continue
        value = getattr(o, f.name)
        if f.type == "str":
            value = "" if value is None else str(value)
        setattr(d, f.name, value)
    d.visibility = Visibility(o.visibility)
    return d


def _save_contact_points(
    s: Session, actor: Actor, org: Organisation, draft: OrganisationDraft
) -> None:
    own = {"email": org.email, "phone": org.phone, "website": org.website}
    cp.save(s, actor, draft.contact_points, own, organisation_id=org.id)


class OrganisationService(EditableRecords[OrganisationDraft]):
    model = Organisation

    def values_of(self, draft: OrganisationDraft) -> dict[str, object]:
        return _values(draft)

    def after_save(self, session: Session, record: Organisation, draft: OrganisationDraft) -> None:
        _save_contact_points(session, self.actor, record, draft)

    def create(self, draft: OrganisationDraft) -> uuid.UUID:
        values = _values(draft)
        with self.db.session() as s:
            o = records.create(s, self.actor, Organisation(**values), summary=str(values["name"]))
            _save_contact_points(s, self.actor, o, draft)
            return o.id

    def detail(self, org_id: uuid.UUID) -> OrganisationDetail:
        with self.db.session() as s:
            o = records.load(s, Organisation, org_id)
            rows = s.execute(
                select(Affiliation, Person)
                .join(Person, Person.id == Affiliation.person_id)
                .where(
                    Affiliation.organisation_id == org_id,
                    Affiliation.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
                .order_by(Affiliation.until.is_not(None), Person.sort_name)
            ).all()
            people = [
                AffiliatedPerson(
                    a.id, p.id, p.full_name, a.role or "", a.since, a.until, a.is_primary
                )
                for a, p in rows
            ]
            responsible = o.responsible_staff.full_name if o.responsible_staff else ""
            parent = None
            if o.parent_id is not None:
                name = s.scalar(select(Organisation.name).where(Organisation.id == o.parent_id))
                parent = (o.parent_id, name) if name else None
            units = [
                (r[0], r[1])
                for r in s.execute(
                    select(Organisation.id, Organisation.name)
                    .where(
                        Organisation.parent_id == org_id,
                        Organisation.deleted_at.is_(None),
                        visible_to(Organisation, self.actor),
                    )
                    .order_by(Organisation.sort_name)
                ).all()
            ]
            draft = _draft_of(o)
            draft.contact_points = cp.drafts_of(cp.load(s, organisation_id=o.id))
        relations = RelationService(self.db, self.actor).for_organisation(org_id)
        tenure = MembershipService(self.db, self.actor).tenure(org_id)
        return OrganisationDetail(
            o.id, o.version, draft, responsible, people, relations, parent, units, tenure
        )

    def _list_stmt(self, query: listing.ListQuery) -> listing.AnySelect:
        staff = aliased(Staff)
        stmt = select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.city,
            Organisation.municipality,
            Organisation.phone,
            Organisation.wz_code,
            staff.first_name,
            staff.last_name,
        ).outerjoin(staff, staff.id == Organisation.responsible_staff_id)
        stmt = stmt.where(*self._conditions(query))
        columns = dict(SORT_COLUMNS, responsible=staff.last_name)
        return listing.ordered(stmt, query, columns, Organisation.id)

    def _conditions(self, query: listing.ListQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Organisation.deleted_at.is_(None)]
        kinds = query.filter_value("kinds")
        if kinds:
            conditions.append(Organisation.kind.in_(list(kinds)))
        words = text_filter.word_conditions(
            "organisation",
            query.text,
            sqlite=self.db.is_sqlite,
            fallback=lambda w: listing.like_word(Organisation.search_key, w),
        )
        reach = cp.reach_condition(Organisation, query.text)  # a typed e-mail or number
        if reach is not None and words:
            conditions.append(or_(and_(*words), reach))
        else:
            conditions += words
        return conditions

    def ids(self, query: listing.ListQuery) -> list[uuid.UUID]:
        """Every record the list's filter matches, not only the loaded page ("select all")."""
        stmt = select(Organisation.id).where(*self._conditions(query))
        with self.db.session() as s:
            return list(s.scalars(stmt))

    def count(self, query: listing.ListQuery) -> int:
        """Matching organisations; counted on the table alone (the joins only add columns)."""
        stmt = select(func.count()).select_from(Organisation).where(*self._conditions(query))
        with self.db.session() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self,
        query: listing.ListQuery,
        offset: int,
        limit: int,
        after: uuid.UUID | None = None,
    ) -> list[OrganisationRow]:
        """One page of the list; `after` (the last row already shown) pages by keyset."""
        stmt = self._list_stmt(query)
        keyset = (
            listing.after_row(stmt, query, KEYSET_COLUMNS, Organisation, after) if after else None
        )
        with self.db.session() as s:
            return [
                OrganisationRow(
                    r[0],
                    r[1],
                    r[2],
                    r[3] or "",
                    r[4] or "",
                    r[5] or "",
                    r[6] or "",
                    f"{r[7]} {r[8]}" if r[8] else "",
                )
                for r in listing.page(s, stmt, offset, limit, keyset)
            ]

    def choices(self, text: str, limit: int = 30) -> list[tuple[uuid.UUID, str]]:
        """Organisations whose name matches, for pickers (id, 'name, city'), best match first;
        a typed abbreviation ("TU Dortm") also finds the names whose initials it stands for."""
        rows = {r.id: r for r in self.page(listing.ListQuery(text=text), 0, _CANDIDATES)}
        short = name_rank.abbreviations(text)
        if short:
            rest = " ".join(w for w in text.split() if w not in short)
            for r in self.page(listing.ListQuery(text=rest), 0, _CANDIDATES):
                if r.id not in rows and name_rank.matches_abbreviation(text, r.name):
                    rows[r.id] = r
        best = name_rank.rank(text, list(rows.values()), lambda r: r.name)[:limit]
        return [(r.id, f"{r.name}, {r.city}" if r.city else r.name) for r in best]
