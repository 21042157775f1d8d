"""organisation.match_key: the stored duplicate-matching keys of every organisation; person
phone and mobile indexed

Revision ID: 0013_matchkeys
Revises: 0012_dash
Create Date: 2026-11-25 02:00:00

An import checks every row against every organisation; normalising 20,000 names, streets and
registers took most of a second each time. The services now keep the keys with the record
(domain/record_keys.organisation_match_key), with a digest of the values they came from, so a
missing or outdated key is computed afresh when read (services/duplicates/finder.py).

SQLite: the keys of the existing organisations are filled in here (a plain UPDATE of a column
the search triggers do not watch; no version bump, so sync sees no change). PostgreSQL: the
column only; a shared server's row triggers would write an audit entry per organisation, and
the clients compute missing keys as they read them, as before this revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_matchkeys"
down_revision: str | None = "0012_dash"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INPUTS = (
    "name",
    "postcode",
    "street",
    "city",
    "vat_id",
    "register_court",
    "register_number",
    "email",
    "website",
    "phone",
    "sort_name",
)


def upgrade() -> None:
    # Plain ADD COLUMN / CREATE INDEX: no batch table copy, the search triggers stay.
    op.add_column("organisation", sa.Column("match_key", sa.Text(), nullable=True))
    # An import looks up the people its rows could be by phone: without these, four scans of
    # the whole person table per import.
    op.create_index("ix_person_phone", "person", ["phone"])
    op.create_index("ix_person_mobile", "person", ["mobile"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from indie_desktop.domain.record_keys import organisation_match_key

    rows = bind.exec_driver_sql(f"SELECT id, {', '.join(_INPUTS)} FROM organisation").fetchall()
    updates = [
        (organisation_match_key(dict(zip(_INPUTS, row[1:], strict=True))), row[0]) for row in rows
    ]
    for start in range(0, len(updates), 5000):
        bind.exec_driver_sql(
            "UPDATE organisation SET match_key = ? WHERE id = ?", updates[start : start + 5000]
        )


def downgrade() -> None:
    op.drop_index("ix_person_mobile", table_name="person")
    op.drop_index("ix_person_phone", table_name="person")
    # Plain DROP COLUMN (SQLite >= 3.35): no batch table copy, the search triggers stay.
    op.drop_column("organisation", "match_key")
