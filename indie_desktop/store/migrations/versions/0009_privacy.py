"""data protection: consent expiry, objections to purposes, retention decisions

Revision ID: 0009_privacy
Revises: 0008_money
Create Date: 2026-11-24 23:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_privacy"
down_revision: str | None = "0008_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _syncable_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
    ]


def _create(table: str, *columns: sa.Column) -> None:  # type: ignore[type-arg]
    op.create_table(
        table,
        *columns,
        *_syncable_columns(),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f(f"fk_{table}_owner_institution_id_institution"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f(f"fk_{table}_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    op.create_index(
        op.f(f"ix_{table}_owner_institution_id"), table, ["owner_institution_id"], unique=False
    )
    op.create_index(op.f(f"ix_{table}_person_id"), table, ["person_id"], unique=False)


def upgrade() -> None:
    # The retention review asks per person "a live activity since the cutoff?": covering
    # indexes answer it without reading the activity rows (1.1 s -> 0.4 s at 100,000 people).
    # Plain CREATE INDEX: a batch copy would drop the search triggers of activity.
    op.create_index(
        "ix_activity_person_contact", "activity_person", ["person_id", "activity_id", "deleted_at"]
    )
    op.create_index("ix_activity_contact", "activity", ["id", "occurred_at", "deleted_at"])
    # Plain ADD COLUMN (no batch table copy): consent has no search triggers, but keep it simple.
    op.add_column("consent", sa.Column("expires_on", sa.Date(), nullable=True))
    _create(
        "objection",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "letter",
                "newsletter",
                "event_invitations",
                "pass_to_partners",
                "all",
                name="purpose",
                native_enum=False,
                length=25,
            ),
            nullable=False,
        ),
        sa.Column("objected_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
    )
    _create(
        "retention_decision",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "action",
            sa.Enum("keep", name="retentionaction", native_enum=False, length=12),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_activity_contact", table_name="activity")
    op.drop_index("ix_activity_person_contact", table_name="activity_person")
    for table in ("retention_decision", "objection"):
        op.drop_index(op.f(f"ix_{table}_person_id"), table_name=table)
        op.drop_index(op.f(f"ix_{table}_owner_institution_id"), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("consent") as batch_op:
        batch_op.drop_column("expires_on")
