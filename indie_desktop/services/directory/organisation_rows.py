"""A row of the organisations list (no database access: the start reads the first page
without the ORM, services.start)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from indie_desktop.domain.enums import OrganisationKind


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    kind: OrganisationKind
    city: str
    municipality: str
    phone: str
    wz_code: str
    responsible: str
