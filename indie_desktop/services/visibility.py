"""Which records the acting user may see: network-wide ones and those of the own institution.

The shared-database issue enforces this in PostgreSQL with row-level security; until then (and
on a local file holding other institutions' records, e.g. the demo) every list adds this
condition itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_

from indie_desktop.domain.enums import Visibility
from indie_desktop.services.context import Actor


def visible_to(model: Any, actor: Actor) -> ColumnElement[bool]:
    """Rows of `model` the actor may see (institution-only rows of others are hidden)."""
    if actor.institution_id is None:  # the system (set-up, demo) sees everything
        return model.id.is_not(None)  # type: ignore[no-any-return]
    return or_(
        model.visibility == Visibility.NETWORK.value,
        model.owner_institution_id == actor.institution_id,
    )
