"""a mail's Message-ID unique per institution (not in the whole database); task.due_time

Revision ID: 0016_i23_finish
Revises: 0016_i24_finish
Create Date: 2026-12-07 06:00:00

Two laptops of one institution filing the same mail offline make the same activity (its id
is derived from the institution and the Message-ID, services/mail/filing.py), which the sync
merges as one record; a second institution on the office server files its own copy. Tasks
get an optional due time ("HH:MM") for the calendar export.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_i23_finish"
down_revision: str | None = "0016_i24_finish"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ux_activity_message_id", table_name="activity")
    op.create_index(
        "ux_activity_message_id",
        "activity",
        ["message_id", "owner_institution_id"],
        unique=True,
    )
    op.add_column("task", sa.Column("due_time", sa.String(length=5), nullable=True))


def downgrade() -> None:
    op.drop_column("task", "due_time")
    op.drop_index("ux_activity_message_id", table_name="activity")
    op.create_index("ux_activity_message_id", "activity", ["message_id"], unique=True)
