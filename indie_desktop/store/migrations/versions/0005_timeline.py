"""person timeline: indexes on the partner person of referrals and cooperations

Revision ID: 0005_timeline
Revises: 0004_referrals
Create Date: 2026-11-24 22:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_timeline"
down_revision: str | None = "0004_referrals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A person's timeline finds the referrals and cooperations they are the partner in.
    # Plain CREATE INDEX (no batch table copy, which would drop the search triggers on SQLite).
    op.create_index("ix_referral_partner_person_id", "referral", ["partner_person_id"])
    op.create_index("ix_cooperation_partner_person_id", "cooperation_partner", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_cooperation_partner_person_id", table_name="cooperation_partner")
    op.drop_index("ix_referral_partner_person_id", table_name="referral")
