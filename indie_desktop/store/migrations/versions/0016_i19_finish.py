"""contact_point: further e-mails, phones, mobiles, faxes, websites and addresses of a person
or an organisation (issue 19); the first of each stays in the record's own columns

Revision ID: 0016_i19_finish
Revises: 0016_i23_finish
Create Date: 2026-12-07 05:40:00

A new table only: no batch copy of person or organisation, their search triggers stay.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_i19_finish"
down_revision: str | None = "0016_i23_finish"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_point",
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=15), nullable=False),
        sa.Column("label", sa.String(length=13), nullable=False),
        sa.Column("value", sa.String(length=254), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("country", sa.String(length=60), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("visibility", sa.String(length=12), nullable=False),
        sa.Column("owner_institution_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (organisation_id IS NULL)",
            name=op.f("ck_contact_point_person_or_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_contact_point_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_contact_point_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_institution_id"],
            ["institution.id"],
            name=op.f("fk_contact_point_owner_institution_id_institution"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    for column in ("person_id", "organisation_id", "owner_institution_id"):
        op.create_index(op.f(f"ix_contact_point_{column}"), "contact_point", [column])
    op.create_index("ix_contact_point_value_lower", "contact_point", [sa.text("lower(value)")])


def downgrade() -> None:
    op.drop_table("contact_point")
