"""What an access request (Art. 15 DSGVO) finds about a person: sections of rows.

Gathered by services/privacy/access.py, printed by printing/privacy_letters.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Section:
    key: str
    title: str
    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)


@dataclass
class AccessReport:
    person_id: uuid.UUID
    display_name: str
    generated_at: datetime
    sections: list[Section]
    attachments: list[tuple[str, bytes]] = field(default_factory=list)  # filename, content

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
