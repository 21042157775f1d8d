"""network_membership: a company's standing in the network over time (interested,
participating, partner, left); radar_schedule: when a university's needs digest is due;
vocabulary_term: concepts and synonyms of the matching vocabulary added by staff

Revision ID: 0016_i24_finish
Revises: 0016_i22_finish
Create Date: 2026-12-07 05:30:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0016_i24_finish"
down_revision: str | None = "0016_i22_finish"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _syncable(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f(f"fk_{table}_owner_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "network_membership",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=21), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_network_membership_organisation_id_organisation"),
        ),
        *_syncable("network_membership"),
    )
    for column in ("organisation_id", "since", "owner_institution_id"):
        op.create_index(op.f(f"ix_network_membership_{column}"), "network_membership", [column])
    op.create_table(
        "radar_schedule",
        sa.Column("university_id", sa.Uuid(), nullable=False),
        sa.Column("every_months", sa.Integer(), nullable=False),
        sa.Column("next_due", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["university_id"],
            ["organisation.id"],
            name=op.f("fk_radar_schedule_university_id_organisation"),
        ),
        *_syncable("radar_schedule"),
    )
    for column in ("university_id", "owner_institution_id"):
        op.create_index(op.f(f"ix_radar_schedule_{column}"), "radar_schedule", [column])
    op.create_table(
        "vocabulary_term",
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("synonyms", sa.Text(), nullable=False),
        sa.Column("broader", sa.String(length=120), nullable=True),
        *_syncable("vocabulary_term"),
    )
    op.create_index(
        op.f("ix_vocabulary_term_owner_institution_id"), "vocabulary_term", ["owner_institution_id"]
    )


def downgrade() -> None:
    op.drop_table("vocabulary_term")
    op.drop_table("radar_schedule")
    op.drop_table("network_membership")
