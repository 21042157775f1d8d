"""The unsubscribe request of an invitation or newsletter: the subject its List-Unsubscribe
link and its last line ask for, and the reply recognised when it is filed."""

from __future__ import annotations

import re
import uuid

from indie_desktop.domain.privacy import Purpose

UNSUBSCRIBE = re.compile(r"Abmelden\s+(newsletter|event_invitations|letter)-([0-9a-f]{32})", re.I)


def unsubscribe_subject(purpose: Purpose | str, person_id: uuid.UUID) -> str:
    return f"Abmelden {Purpose(purpose).value}-{person_id.hex}"


def unsubscribe_request(subject: str) -> tuple[Purpose, uuid.UUID] | None:
    """A reply asking to unsubscribe (its subject as the List-Unsubscribe link wrote it)."""
    m = UNSUBSCRIBE.search(subject or "")
    return (Purpose(m.group(1).lower()), uuid.UUID(m.group(2))) if m else None
