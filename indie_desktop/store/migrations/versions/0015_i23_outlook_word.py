"""e-mails on the record: activity.message_id (unique), direction, sender and recipients;
lower(email) of organisations and people indexed; activity.planned (+ duration_minutes)

Revision ID: 0015_i23_outlook_word
Revises: 0015_i19_address_books
Create Date: 2026-12-07 03:00:00

(Alembic allows no "-" in a revision id: the branch i23-outlook-word is spelt with "_".)

A mail dropped from Outlook becomes an activity of kind e-mail; the same mail dropped again
is recognised by its Message-ID, unique in the whole database (on the shared server too, so a
second institution filing the same mail is told it is there). Plain ADD COLUMN / CREATE INDEX:
no batch table copy, the search triggers stay.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_i23_outlook_word"
down_revision: str | None = "0015_i19_address_books"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("activity", sa.Column("message_id", sa.String(length=300), nullable=True))
    op.add_column("activity", sa.Column("mail_direction", sa.String(length=8), nullable=True))
    op.add_column("activity", sa.Column("mail_from", sa.String(length=300), nullable=True))
    op.add_column("activity", sa.Column("mail_to", sa.Text(), nullable=True))
    op.create_index("ux_activity_message_id", "activity", ["message_id"], unique=True)
    # Appointments: planned; their duration is activity.duration_minutes (0015_i19).
    op.add_column(
        "activity",
        sa.Column("planned", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    # Addresses compare without case (Mike.Farman@ and mike.farman@ are one mailbox).
    op.create_index("ix_organisation_email_lower", "organisation", [sa.text("lower(email)")])
    op.create_index("ix_person_email_lower", "person", [sa.text("lower(email)")])


def downgrade() -> None:
    op.drop_index("ix_person_email_lower", table_name="person")
    op.drop_index("ix_organisation_email_lower", table_name="organisation")
    op.drop_index("ux_activity_message_id", table_name="activity")
    for column in ("planned", "mail_to", "mail_from", "mail_direction", "message_id"):
        op.drop_column("activity", column)
