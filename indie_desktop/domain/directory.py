"""Who the network is and whom it knows: institutions, staff, organisations, people."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from indie_desktop.domain.base import Base, Syncable
from indie_desktop.domain.columns import enum_column
from indie_desktop.domain.enums import (
    Chamber,
    ConsentScope,
    ContactKind,
    ContactLabel,
    LegalBasis,
    MembershipStatus,
    OrganisationKind,
    OrganisationStatus,
    PreferredChannel,
    RelationKind,
    Salutation,
)


class Institution(Syncable, Base):
    """A member of the network (WF Dortmund, IHK, HWK, ...) with its letterhead data."""

    __tablename__ = "institution"

    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    sender_line: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    logo_path: Mapped[str | None] = mapped_column(String(300))
    footer: Mapped[str | None] = mapped_column(Text)

    staff: Mapped[list[Staff]] = relationship(
        back_populates="institution", foreign_keys="Staff.institution_id"
    )


class Staff(Syncable, Base):
    """A user of the app: a staff member of one institution."""

    __tablename__ = "staff"

    institution_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("institution.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    initials: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    institution: Mapped[Institution] = relationship(
        back_populates="staff", foreign_keys=[institution_id]
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Organisation(Syncable, Base):
    """A company, craft business, service provider, university, institute or agency."""

    __tablename__ = "organisation"
    __table_args__ = (
        Index("ix_organisation_sort_name", "sort_name"),
        Index("ix_organisation_city", "city"),
        # the dashboard's look-up of a record's municipality, kind, WZ code (0012_dash)
        Index("ix_organisation_dashboard", "id", "municipality", "kind", "wz_code"),
        # a dropped e-mail finds its organisation by address (issue 23)
        Index("ix_organisation_email_lower", func.lower("email")),
    )

    kind: Mapped[OrganisationKind] = enum_column(OrganisationKind, OrganisationKind.COMPANY)
    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str | None] = mapped_column(String(40))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    # None: Germany. Else the country as a German reader names it ("Schweiz", "USA").
    country: Mapped[str | None] = mapped_column(String(60))
    municipality: Mapped[str | None] = mapped_column(String(60))
    website: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    wz_code: Mapped[str | None] = mapped_column(String(10), index=True)
    employee_band: Mapped[str | None] = mapped_column(String(10))
    founded_year: Mapped[int | None] = mapped_column(Integer)
    register_court: Mapped[str | None] = mapped_column(String(100))
    register_number: Mapped[str | None] = mapped_column(String(30))
    vat_id: Mapped[str | None] = mapped_column(String(20))
    chamber: Mapped[Chamber] = enum_column(Chamber, Chamber.NONE)
    handwerksrolle: Mapped[bool] = mapped_column(Boolean, default=False)
    competences: Mapped[str | None] = mapped_column(Text)
    tags_text: Mapped[str | None] = mapped_column(String(500))
    responsible_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), index=True
    )
    status: Mapped[OrganisationStatus] = enum_column(OrganisationStatus, OrganisationStatus.ACTIVE)
    source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # Folded copies maintained by the services: German-aware sorting and accent-free filtering.
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Duplicate-matching keys with a digest of what they came from (domain/matching.py).
    match_key: Mapped[str | None] = mapped_column(Text)
    # A unit (Fakultät, Lehrstuhl, Institut, Transferstelle) under its university or institute
    # (0015). No foreign key: sync may bring a unit before its parent.
    parent_id: Mapped[uuid.UUID | None] = mapped_column(index=True)

    responsible_staff: Mapped[Staff | None] = relationship()
    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="organisation")


class Person(Syncable, Base):
    """A business contact; the data-protection fields serve DSGVO duties (DESIGN §6)."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_sort_name", "sort_name"),
        # an import's look-up of the people its rows could be, by phone (0013_matchkeys)
        Index("ix_person_phone", "phone"),
        Index("ix_person_mobile", "mobile"),
        # a dropped e-mail finds its people by address, whatever the case (issue 23)
        Index("ix_person_email_lower", func.lower("email")),
    )

    salutation: Mapped[Salutation] = enum_column(Salutation, Salutation.NONE)
    title: Mapped[str | None] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    function: Mapped[str | None] = mapped_column(String(150))
    department: Mapped[str | None] = mapped_column(String(150))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    preferred_channel: Mapped[PreferredChannel | None] = enum_column(
        PreferredChannel, None, nullable=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[LegalBasis | None] = enum_column(LegalBasis, None, nullable=True)
    data_source: Mapped[str | None] = mapped_column(String(200))
    art14_info_sent_on: Mapped[date | None] = mapped_column(Date)
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="person")
    consents: Mapped[list[Consent]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


class Affiliation(Syncable, Base):
    """A person's role at an organisation, with its time span."""

    __tablename__ = "affiliation"
    # Target groups of people by their organisation (0015_i22_events): the people of a set of
    # organisations from the index alone.
    __table_args__ = (
        Index("ix_affiliation_target_group", "organisation_id", "deleted_at", "until", "person_id"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(150))
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")


class Consent(Syncable, Base):
    """A consent a person gave for one purpose, and its withdrawal."""

    __tablename__ = "consent"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    scope: Mapped[ConsentScope] = enum_column(ConsentScope, ConsentScope.NEWSLETTER)
    given_on: Mapped[date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(60))
    evidence: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    # A consent may be limited in time; the retention review lists it when it runs out.
    expires_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="consents")


class ContactPoint(Syncable, Base):
    """A further e-mail, phone, mobile, fax, website or address of a person or an organisation
    (exactly one of the two). The first of each stays in the record's own columns (email,
    phone, street ...), which every list, letter and search reads; these rows hold the others,
    in `position` order. Link row: takes the visibility of its person or organisation."""

    __tablename__ = "contact_point"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (organisation_id IS NULL)",
            name="person_or_organisation",
        ),
        # the global search's look-up of a further e-mail or number
        Index("ix_contact_point_value_lower", func.lower("value")),
    )

    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    kind: Mapped[ContactKind] = enum_column(ContactKind, ContactKind.EMAIL)
    label: Mapped[ContactLabel] = enum_column(ContactLabel, ContactLabel.WORK)
    # The e-mail, the number (E.164), the URL; for an address its one-line text.
    value: Mapped[str] = mapped_column(String(254), default="")
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    # None: Germany (as organisation.country)
    country: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)


__all__ = [
    "Affiliation",
    "Consent",
    "ContactPoint",
    "Institution",
    "Organisation",
    "Person",
    "Staff",
]


class OrganisationRelation(Syncable, Base):
    """A typed relation: 'organisation <kind> related' (Tochter von, Zulieferer von, Mitglied
    in, Kooperationspartner von, Ausgründung von); shown on both organisations (issue 24)."""

    __tablename__ = "organisation_relation"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    related_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    kind: Mapped[RelationKind] = enum_column(RelationKind, RelationKind.PARTNER_OF)
    since: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))


class NetworkMembership(Syncable, Base):
    """A change of a company's standing in the network (issue 24): from `since` on it is
    interested, participating, a partner, or has left, until the next change. The institution
    that records it is the one that brought the company in (owner_institution_id)."""

    __tablename__ = "network_membership"

    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    status: Mapped[MembershipStatus] = enum_column(MembershipStatus, MembershipStatus.INTERESTED)
    since: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(String(300))
