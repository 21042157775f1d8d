"""Keeps need.found_on current: the Berlin day of the visit a need was found in, else the day
it was recorded.

ORM mapper events, so every path that writes needs or moves a visit through the ORM keeps the
stored day right (the need dialog, the visit dialog's needs, sync, merges). Bulk writers that
bypass the ORM (the demo generator) set found_on themselves.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, select, update
from sqlalchemy.engine import Connection

from indie_desktop.domain.base import utcnow
from indie_desktop.domain.formatting import to_berlin
from indie_desktop.domain.work import Activity, Need

_need = Need.metadata.tables[Need.__tablename__]
_activity = Activity.metadata.tables[Activity.__tablename__]


def found_day(occurred_at: datetime | None, created_at: datetime | None) -> date:
    return to_berlin(occurred_at or created_at or utcnow()).date()


def _activity_time(connection: Connection, activity_id: uuid.UUID | None) -> datetime | None:
    if activity_id is None:
        return None
    value = connection.scalar(select(_activity.c.occurred_at).where(_activity.c.id == activity_id))
    return value


@event.listens_for(Need, "before_insert")
def _need_inserted(_mapper: Any, connection: Connection, need: Need) -> None:
    if need.found_on is None:
        occurred = _activity_time(connection, need.found_in_activity_id)
        need.found_on = found_day(occurred, need.created_at)


@event.listens_for(Need, "before_update")
def _need_updated(_mapper: Any, connection: Connection, need: Need) -> None:
    history = inspect(need).attrs.found_in_activity_id.history
    if history.has_changes() or need.found_on is None:
        occurred = _activity_time(connection, need.found_in_activity_id)
        need.found_on = found_day(occurred, need.created_at)


@event.listens_for(Activity, "after_update")
def _activity_moved(_mapper: Any, connection: Connection, activity: Activity) -> None:
    """A visit's date changed: the needs found in it were found on the new day."""
    if inspect(activity).attrs.occurred_at.history.has_changes():
        connection.execute(
            update(_need)
            .where(_need.c.found_in_activity_id == activity.id)
            .values(found_on=found_day(activity.occurred_at, None))
        )
