"""referral and need lists: indexes for the stage and status filters

Revision ID: 0004_referrals
Revises: 0003_shared
Create Date: 2026-11-24 21:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_referrals"
down_revision: str | None = "0003_shared"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The referral list filters by stage and shows the newest first; the needs list by status.
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_stage_referred_on", ["stage", "referred_on"])
        batch_op.create_index("ix_referral_referred_on", ["referred_on"])
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index("ix_need_status_created_at", ["status", "created_at"])
        batch_op.create_index("ix_need_created_at", ["created_at"])


def downgrade() -> None:
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index("ix_need_created_at")
        batch_op.drop_index("ix_need_status_created_at")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_referred_on")
        batch_op.drop_index("ix_referral_stage_referred_on")
