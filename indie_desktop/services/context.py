"""Who is acting: every change is attributed to a staff member of an institution."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# The setting that names the local file's user (read at start and by the directory service).
LOCAL_STAFF_KEY = "local_staff_id"


@dataclass(frozen=True)
class Actor:
    staff_id: uuid.UUID | None
    institution_id: uuid.UUID | None
    display_name: str = ""

    @classmethod
    def system(cls) -> Actor:
        """For set-up and demo data, before a user exists."""
        return cls(staff_id=None, institution_id=None, display_name="system")
