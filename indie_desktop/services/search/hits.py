"""What the global search finds (no database access: the search box is built at start, the
search service with its queries is imported when the user first searches)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    """One found record and where opening it leads (a kind with a view of its own)."""

    kind: str
    id: uuid.UUID
    title: str
    subtitle: str
    open_kind: str
    open_id: uuid.UUID
