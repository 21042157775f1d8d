"""Which records the acting user may see in lists: the network's, and the own institution's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_

from indie_desktop.domain.enums import Visibility
from indie_desktop.services.context import Actor


def visible_to(model: Any, actor: Actor) -> ColumnElement[bool]:
    """Network-wide records, plus institution-only records of the actor's own institution.

    The shared database enforces this with row-level security; here lists apply it themselves.
    """
    if actor.institution_id is None:
        return model.visibility == Visibility.NETWORK.value
    return or_(
        model.visibility == Visibility.NETWORK.value,
        model.owner_institution_id == actor.institution_id,
    )


def can_see(record: Any, actor: Actor) -> bool:
    """The same rule for one loaded record."""
    return record.visibility == Visibility.NETWORK.value or (
        actor.institution_id is not None and record.owner_institution_id == actor.institution_id
    )
