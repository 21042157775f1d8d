"""Which records the acting user may see: network-wide ones and those of the own institution.

The shared database enforces this with row-level security; on a local file holding other
institutions' records (e.g. the demo network) every list adds this condition itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_

from indie_desktop.domain.enums import Visibility
from indie_desktop.services.context import Actor


def visible_to(model: Any, actor: Actor) -> ColumnElement[bool]:
    """Rows of `model` the actor may see (institution-only rows of others are hidden)."""
    if actor.institution_id is None:  # the system (set-up, demo, scripts) sees everything
        return model.id.is_not(None)  # type: ignore[no-any-return]
    return or_(
        model.visibility == Visibility.NETWORK.value,
        model.owner_institution_id == actor.institution_id,
    )


def can_see(record: Any, actor: Actor) -> bool:
    """The same rule for one loaded record."""
    return (
        actor.institution_id is None
        or record.visibility == Visibility.NETWORK.value
        or record.owner_institution_id == actor.institution_id
    )
