"""Projects of the network and the generic records: tags, attachments, audit trail."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from indie_desktop.domain.base import Base, Syncable, UtcDateTime, utcnow, uuid7
from indie_desktop.domain.columns import Money, enum_column
from indie_desktop.domain.enums import (
    ParticipantRole,
    ParticipantStatus,
    ProjectKind,
    ProjectStatus,
)


class Project(Syncable, Base):
    """The network's own projects and events: sector meetings, joint fair stands, trips."""

    __tablename__ = "project"
    __table_args__ = (Index("ix_project_sort_name", "sort_name"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ProjectKind] = enum_column(ProjectKind, ProjectKind.NETWORK_PROJECT)
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, ProjectStatus.PLANNED)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    lead_institution_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("institution.id"))
    budget_eur: Mapped[Decimal | None] = mapped_column(Money())
    description: Mapped[str | None] = mapped_column(Text)
    sort_name: Mapped[str] = mapped_column(String(200), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    # Events (issue 22): an event is a project of an event kind (domain/enums.EVENT_KINDS).
    starts_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    registration_link: Mapped[str | None] = mapped_column(String(500))
    cost_eur: Mapped[Decimal | None] = mapped_column(Money())
    funding: Mapped[str | None] = mapped_column(String(200))  # programme or source of funds
    # Co-organising institutions of the network (hex ids, comma-separated: picked in the
    # event form) and, as text, further co-organisers from outside the network.
    co_organiser_ids: Mapped[str | None] = mapped_column(Text)
    co_organisers: Mapped[str | None] = mapped_column(String(300))
    fair_name: Mapped[str | None] = mapped_column(String(200))  # joint trade-fair stand
    hall_stand: Mapped[str | None] = mapped_column(String(100))
    destination: Mapped[str | None] = mapped_column(String(200))  # business trip

    participants: Mapped[list[ProjectParticipant]] = relationship(back_populates="project")


class ProjectParticipant(Syncable, Base):
    __tablename__ = "project_participant"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), index=True
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(150))
    # Events (issue 22): where the participant stands, in which part, and what they pay.
    status: Mapped[ParticipantStatus | None] = enum_column(ParticipantStatus, None)
    event_role: Mapped[ParticipantRole | None] = enum_column(ParticipantRole, None)
    notes: Mapped[str | None] = mapped_column(Text)  # dietary wishes, accessibility, ...
    cost_share_eur: Mapped[Decimal | None] = mapped_column(Money())  # co-exhibitor's share
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    project: Mapped[Project] = relationship(back_populates="participants")


class Tag(Syncable, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    colour: Mapped[str | None] = mapped_column(String(9))


class TagLink(Syncable, Base):
    """A tag on any record (organisation, person, project, ...)."""

    __tablename__ = "tag_link"
    __table_args__ = (Index("ix_tag_link_target", "target_type", "target_id"),)

    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tag.id"), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[uuid.UUID] = mapped_column()


class Attachment(Syncable, Base):
    """A file kept with a record: in the data folder (path) or in the database (content)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_target", "target_type", "target_id"),)

    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[uuid.UUID] = mapped_column()
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    stored_path: Mapped[str | None] = mapped_column(String(500))
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class AuditEntry(Base):
    """Append-only trail: who changed what when, with old and new values."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_target", "target_type", "target_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    institution_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("institution.id"))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[uuid.UUID] = mapped_column()
    changes: Mapped[dict[str, list[object]] | None] = mapped_column(JSON)
    summary: Mapped[str | None] = mapped_column(Text)
    # Set when the record was institution-only: then only that institution's staff may read it.
    private_to: Mapped[uuid.UUID | None] = mapped_column(default=None)


class Setting(Base):
    """Database-wide facts, e.g. which institution and staff member this local file belongs to."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class VocabularyTerm(Syncable, Base):
    """A concept of the matching vocabulary added or extended by staff (issue 24), on top of
    the shipped list (resources/vocabulary): its label, its synonyms (';'-separated) and the
    broader concept it belongs to. A label of a shipped concept adds synonyms to it."""

    __tablename__ = "vocabulary_term"

    label: Mapped[str] = mapped_column(String(120))
    synonyms: Mapped[str] = mapped_column(Text, default="")
    broader: Mapped[str | None] = mapped_column(String(120))
