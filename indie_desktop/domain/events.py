"""Events' participation history, saved target groups and institutions' own letter texts.

An event is a Project of an event kind (enums.EVENT_KINDS): projects already carry dates, the
lead institution, the budget, the participants, the activities that belong to them, the
attendance list, erasure and merging. Extending the project keeps all of that for events
instead of doubling it in a second record.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from indie_desktop.domain.base import Base, Syncable, UtcDateTime, utcnow
from indie_desktop.domain.columns import enum_column
from indie_desktop.domain.enums import ParticipantStatus, TargetSubject


class ParticipantStatusChange(Syncable, Base):
    """One step of a participant's history: the new status, when, and who set it."""

    __tablename__ = "participant_status_change"
    __table_args__ = (Index("ix_participant_status_change_when", "participant_id", "changed_at"),)

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project_participant.id"))
    status: Mapped[ParticipantStatus] = enum_column(ParticipantStatus, ParticipantStatus.INVITED)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))


class TargetGroup(Syncable, Base):
    """A saved, structured filter over organisations or people (a Zielgruppe).

    `criteria` is the JSON form of services/events/criteria.Criteria. Saved groups belong to
    the institution (visibility 'institution'); a private one is shown only to `staff_id`.
    """

    __tablename__ = "target_group"

    name: Mapped[str] = mapped_column(String(120))
    subject: Mapped[TargetSubject] = enum_column(TargetSubject, TargetSubject.ORGANISATION)
    criteria: Mapped[str] = mapped_column(Text, default="{}")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    shared: Mapped[bool] = mapped_column(Boolean, default=True)


class InstitutionTemplate(Syncable, Base):
    """An institution's own text of a letter template (e.g. its event invitation), edited in
    the app; it replaces the shipped template of the same name for that institution's staff."""

    __tablename__ = "institution_template"

    name: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(40), default="letter")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
