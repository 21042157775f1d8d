"""need.sought_partner: the kind of partner a need looks for; organisation.parent_id: a
university's or institute's units (Fakultät, Lehrstuhl, Institut, Transferstelle) under it

Revision ID: 0015_i24_universities
Revises: 0014_dashagg
Create Date: 2026-12-07 03:00:00

Both columns are nullable and filled by the services: an existing need without a sought kind is
read from its words as before (services/work/suggestions.py), an organisation without a parent
is a top-level organisation. parent_id has no foreign key: sync may bring a unit before its
parent (as need.from_referral_id).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_i24_universities"
down_revision: str | None = "0014_dashagg"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX: no batch table copy, the search triggers stay.
    op.add_column("need", sa.Column("sought_partner", sa.String(length=18), nullable=True))
    op.add_column("organisation", sa.Column("parent_id", sa.Uuid(), nullable=True))
    op.create_index("ix_organisation_parent_id", "organisation", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_organisation_parent_id", table_name="organisation")
    # Plain DROP COLUMN (SQLite >= 3.35): no batch table copy, the search triggers stay.
    op.drop_column("organisation", "parent_id")
    op.drop_column("need", "sought_partner")
