"""full-text search index (SQLite FTS5 + triggers, PostgreSQL unaccent + GIN)

Revision ID: 0002_search
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

from indie_desktop.store import search_index

revision: str = "0002_search"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # The index definition lives in store/search_index.py (queries must use the same
    # expressions); changing it later needs a new migration that calls install() again.
    search_index.install(op.get_bind())


def downgrade() -> None:
    search_index.uninstall(op.get_bind())
