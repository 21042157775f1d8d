"""Data protection records of a person (DESIGN §6): objections to purposes, retention decisions.

Consents live with the person in domain/directory.py; their evidence may be a text or files
attached to the consent (Attachment target_type "consent").
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from indie_desktop.domain.base import Base, Syncable
from indie_desktop.domain.columns import enum_column


class Purpose(StrEnum):
    """What personal data is processed for; an objection names one (or all)."""

    LETTER = "letter"  # postal mail merges
    NEWSLETTER = "newsletter"
    EVENT_INVITATIONS = "event_invitations"
    PASS_TO_PARTNERS = "pass_to_partners"
    ALL = "all"


class RetentionAction(StrEnum):
    KEEP = "keep"


class Objection(Syncable, Base):
    """The person objected (Art. 21) to processing for a purpose; withdrawn_on ends it."""

    __tablename__ = "objection"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    purpose: Mapped[Purpose] = enum_column(Purpose, Purpose.ALL)
    objected_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)


class RetentionDecision(Syncable, Base):
    """A person decided to keep a contact the retention review listed: why, and until when."""

    __tablename__ = "retention_decision"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    action: Mapped[RetentionAction] = enum_column(RetentionAction, RetentionAction.KEEP)
    reason: Mapped[str] = mapped_column(String(500))
    keep_until: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date] = mapped_column(Date)


__all__ = ["Objection", "Purpose", "RetentionAction", "RetentionDecision"]
