"""organisation.country (addresses abroad), activity.duration_minutes (calendar exports)

Revision ID: 0015_i19_address_books
Revises: 0014_dashagg
Create Date: 2026-12-07 03:00:00

An address book brings Swiss, Austrian and American addresses: the country decides how the
postcode and phone numbers are checked, and a letter abroad prints it in capitals on the last
line (DIN 5008). NULL means Germany, as every address before this revision.

An activity's duration gives a calendar entry its end (DTEND); NULL means the default of its
kind (domain/work.default_duration_minutes), so existing activities need no update.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_i19_address_books"
down_revision: str | None = "0014_dashagg"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: no batch table copy, the search triggers stay.
    op.add_column("organisation", sa.Column("country", sa.String(length=60), nullable=True))
    op.add_column("activity", sa.Column("duration_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("activity", "duration_minutes")
    op.drop_column("organisation", "country")
