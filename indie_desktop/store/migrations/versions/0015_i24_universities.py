"""need.sought_partner: the kind of partner a need looks for; organisation.parent_id: a
university's or institute's units (Fakultät, Lehrstuhl, Institut, Transferstelle) under it;
organisation_relation: typed relations between organisations (Tochter von, Zulieferer von,
Mitglied in, Kooperationspartner von, Ausgründung von); need_carried: needs carried to a
university in its needs digest (Bedarfsradar) with the university's answer

Revision ID: 0015_i24_universities
Revises: 0015_i22_events
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
down_revision: str | None = "0015_i22_events"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX: no batch table copy, the search triggers stay.
    op.add_column("need", sa.Column("sought_partner", sa.String(length=18), nullable=True))
    op.add_column("organisation", sa.Column("parent_id", sa.Uuid(), nullable=True))
    op.create_index("ix_organisation_parent_id", "organisation", ["parent_id"])
    op.create_table(
        "organisation_relation",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("related_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=21), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_relation_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["related_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_relation_related_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f("fk_organisation_relation_owner_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_relation")),
    )
    op.create_table(
        "need_carried",
        sa.Column("need_id", sa.Uuid(), nullable=False),
        sa.Column("university_id", sa.Uuid(), nullable=False),
        sa.Column("carried_on", sa.Date(), nullable=False),
        sa.Column("named", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.String(length=19), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("referral_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_carried_need_id_need")
        ),
        sa.ForeignKeyConstraint(
            ["university_id"],
            ["organisation.id"],
            name=op.f("fk_need_carried_university_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["organisation.id"], name=op.f("fk_need_carried_unit_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referral.id"], name=op.f("fk_need_carried_referral_id_referral")
        ),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f("fk_need_carried_owner_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need_carried")),
    )
    for column in ("need_id", "university_id", "owner_institution_id"):
        op.create_index(op.f(f"ix_need_carried_{column}"), "need_carried", [column])
    for column in ("organisation_id", "related_id", "owner_institution_id"):
        op.create_index(
            op.f(f"ix_organisation_relation_{column}"), "organisation_relation", [column]
        )


def downgrade() -> None:
    op.drop_table("need_carried")
    op.drop_table("organisation_relation")
    op.drop_index("ix_organisation_parent_id", table_name="organisation")
    # Plain DROP COLUMN (SQLite >= 3.35): no batch table copy, the search triggers stay.
    op.drop_column("organisation", "parent_id")
    op.drop_column("need", "sought_partner")
