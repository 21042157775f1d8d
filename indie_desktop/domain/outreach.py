"""A university's needs digest (Bedarfsradar, issue 24) as the printing receives it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FittingUnit:
    unit_id: uuid.UUID
    name: str
    terms: tuple[str, ...]  # the need's terms the unit offers, as the vocabulary names them


@dataclass(frozen=True)
class DigestItem:
    need_id: uuid.UUID
    topic: str
    competence: str
    company: str  # the name with consent, else 'Unternehmen aus Hagen (WZ 25.62 …)'
    named: bool
    found_on: date | None
    units: tuple[FittingUnit, ...]


@dataclass(frozen=True)
class Digest:
    university_id: uuid.UUID
    university: str
    made_on: date
    items: tuple[DigestItem, ...]
