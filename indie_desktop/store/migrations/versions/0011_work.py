"""need.found_on: the day a need was found, stored and indexed for the Needs list

Revision ID: 0011_work
Revises: 0009_privacy
Create Date: 2026-11-25 00:00:00

The Needs list sorts by the day a need was found (the day of the visit it came from, else the
day it was recorded). Computed per row in a join, that ordering could not use an index: on the
200,000-activity demo the first page took about 150 ms. The services keep the stored date
current (services/work/need_dates.py).
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0011_work"
down_revision: str | None = "0009_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BERLIN = ZoneInfo("Europe/Berlin")


def _berlin_day(value: Any) -> date:
    """A stored UTC timestamp (aware on PostgreSQL, naive UTC or text on SQLite) -> Berlin day."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(BERLIN).date()  # type: ignore[no-any-return]


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX: no batch copy, which would drop the need
    # table's search triggers on SQLite.
    op.add_column("need", sa.Column("found_on", sa.Date(), nullable=True))
    bind = op.get_bind()
    need = sa.table(
        "need",
        sa.column("id", sa.Uuid()),
        sa.column("created_at"),
        sa.column("found_in_activity_id", sa.Uuid()),
        sa.column("found_on", sa.Date()),
    )
    activity = sa.table("activity", sa.column("id", sa.Uuid()), sa.column("occurred_at"))
    rows = bind.execute(
        sa.select(need.c.id, activity.c.occurred_at, need.c.created_at).outerjoin(
            activity, activity.c.id == need.c.found_in_activity_id
        )
    ).all()
    update = (
        sa.update(need)
        .where(need.c.id == sa.bindparam("need_id"))
        .values(found_on=sa.bindparam("day"))
    )
    for start in range(0, len(rows), 5000):
        bind.execute(
            update,
            [
                {"need_id": r[0], "day": _berlin_day(r[1] if r[1] is not None else r[2])}
                for r in rows[start : start + 5000]
            ],
        )
    op.create_index("ix_need_found_on", "need", ["found_on", "id"])
    op.create_index("ix_need_status_found_on", "need", ["status", "found_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_need_status_found_on", table_name="need")
    op.drop_index("ix_need_found_on", table_name="need")
    op.drop_column("need", "found_on")
