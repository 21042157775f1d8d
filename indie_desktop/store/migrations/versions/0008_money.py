"""money stored exactly: integer cents in SQLite (cooperation value, project budget);
covering indexes for the dashboard

Revision ID: 0008_money
Revises: 0005_timeline
Create Date: 2026-11-24 23:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_money"
down_revision: str | None = "0005_timeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column) of the amounts now mapped with domain.columns.Money.
MONEY_COLUMNS = (("cooperation", "value_eur"), ("project", "budget_eur"))


DASHBOARD_INDEXES = (
    ("ix_activity_kind_occurred", "activity",
     ["kind", "occurred_at", "deleted_at", "owner_institution_id", "id"]),
    ("ix_activity_occurred_cover", "activity", ["occurred_at", "deleted_at", "id"]),
    ("ix_activity_id_occurred", "activity", ["id", "occurred_at"]),
    ("ix_activity_organisation_cover", "activity_organisation",
     ["activity_id", "deleted_at", "organisation_id"]),
)  # fmt: skip


def upgrade() -> None:
    # The dashboard counts a year of activities from these indexes alone (no table rows).
    # Plain CREATE INDEX: no batch table copy, the search triggers stay.
    for name, table, columns in DASHBOARD_INDEXES:
        op.create_index(name, table, columns)
    # PostgreSQL keeps NUMERIC(14, 2): already exact. SQLite stored the euros as binary
    # floats (or as integers, when whole: NUMERIC affinity); from now on it holds whole cents.
    # Before this revision every value in these columns was euros, so all are converted once.
    # The declared type stays: no table copy (which would drop the search triggers of `project`).
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, column in MONEY_COLUMNS:
        op.execute(
            f"UPDATE {table} SET {column} = CAST(ROUND({column} * 100) AS INTEGER) "
            f"WHERE {column} IS NOT NULL"
        )


def downgrade() -> None:
    for name, table, _columns in DASHBOARD_INDEXES:
        op.drop_index(name, table_name=table)
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, column in MONEY_COLUMNS:
        op.execute(f"UPDATE {table} SET {column} = {column} / 100.0 WHERE {column} IS NOT NULL")
