"""What a timeline shows: its entries and pages (no database access, the UI imports them at
start; the queries are in `timeline`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class EntryKind(StrEnum):
    ACTIVITY = "activity"
    NEED = "need"
    REFERRAL = "referral"
    STAGE_CHANGE = "stage_change"
    COOPERATION = "cooperation"
    TASK = "task"
    EVENT = "event"  # taking part in an event (the participation's current status)
    RELATION = "relation"  # a typed relation to another organisation (since when known)
    NETWORK = "network"  # a step of the company's tenure in the network


class Role(StrEnum):
    """How the organisation/person takes part in a referral or cooperation."""

    REFERRED = "referred"  # its need was referred to a partner
    PARTNER = "partner"  # it was the partner something was referred to
    NONE = ""


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime  # aware UTC; dates count from midnight in Berlin
    kind: EntryKind
    record_id: uuid.UUID
    title: str  # subject, topic, the other side's name, task title, ...
    subkind: str = ""  # activity kind, stage, cooperation kind, urgency
    role: Role = Role.NONE
    institution: str = ""  # short name of the owning institution
    done: bool = False  # tasks
    is_date: bool = False  # only a date is known, no time of day


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    has_more: bool
