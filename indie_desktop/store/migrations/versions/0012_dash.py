"""a covering index of organisation for the dashboard: id -> municipality, kind, WZ code

Revision ID: 0012_dash
Revises: 0007_sync
Create Date: 2026-11-25 00:30:00

Every dashboard figure groups or filters records by their organisation's municipality, kind
or WZ code: one look-up per record (tens of thousands for a year). From this index alone the
look-up reads a few small index pages instead of the wide organisation row. SQLite picks it
over the primary key only with statistics of the table: services/outcomes/dashboard.py keeps
`ANALYZE organisation` current; here it runs once for databases that already hold data.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_dash"
down_revision: str | None = "0007_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_organisation_dashboard"
COLUMNS = ["id", "municipality", "kind", "wz_code"]


def upgrade() -> None:
    # Plain CREATE INDEX: no batch table copy, the search triggers stay.
    op.create_index(INDEX, "organisation", COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE organisation")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="organisation")
