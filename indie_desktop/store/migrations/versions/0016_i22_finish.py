"""project.co_organiser_ids: an event's co-organisers are institutions of the network, picked
from the list (issue 22); on SQLite the organisations' tags get a full-text index of their own
(store/search_index.TAG_SOURCES; the index is rebuilt after every migration by
store/database.open_local)

Revision ID: 0016_i22_finish
Revises: 0015_i24_universities
Create Date: 2026-12-07 06:00:00

The old free text stays: names in it that are a network institution's short or full name
become its id in co_organiser_ids; the rest of the text (partners outside the network) stays
in co_organisers, shown as "further co-organisers". Nothing typed is lost. The ids are a
comma-separated list of hex UUIDs in a plain text column: the project row carries them, so
sync and row-level security treat them as the project's own (a handful per event).
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_i22_finish"
down_revision: str | None = "0015_i24_universities"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SPLIT = re.compile(r"\s*(?:[,;/+&]|\bund\b|\band\b)\s*", re.IGNORECASE)


def split_names(text: str) -> list[str]:
    return [p.strip() for p in _SPLIT.split(text) if p and p.strip()]


def upgrade() -> None:
    op.add_column("project", sa.Column("co_organiser_ids", sa.Text(), nullable=True))
    conn = op.get_bind()
    institutions: dict[str, str] = {}
    for iid, name, short in conn.execute(
        sa.text("SELECT id, name, short_name FROM institution WHERE deleted_at IS NULL")
    ):
        hex_id = iid.hex if hasattr(iid, "hex") else str(iid).replace("-", "")
        for key in (name, short):
            if key:
                institutions[key.strip().casefold()] = hex_id
    rows = conn.execute(
        sa.text("SELECT id, co_organisers FROM project WHERE co_organisers IS NOT NULL")
    ).all()
    for pid, text in rows:
        ids: list[str] = []
        rest: list[str] = []
        for part in split_names(text or ""):
            found = institutions.get(part.casefold())
            if found is not None and found not in ids:
                ids.append(found)
            elif found is None:
                rest.append(part)
        if not ids:
            continue  # nothing recognised: the text stays exactly as typed
        conn.execute(
            sa.text(
                "UPDATE project SET co_organiser_ids = :ids, co_organisers = :rest WHERE id = :id"
            ),
            {"ids": ",".join(ids), "rest": ", ".join(rest) or None, "id": pid},
        )


def downgrade() -> None:
    conn = op.get_bind()
    names: dict[str, str] = {}
    for iid, short in conn.execute(sa.text("SELECT id, short_name FROM institution")):
        names[iid.hex if hasattr(iid, "hex") else str(iid).replace("-", "")] = short
    rows = conn.execute(
        sa.text(
            "SELECT id, co_organiser_ids, co_organisers FROM project "
            "WHERE co_organiser_ids IS NOT NULL"
        )
    ).all()
    for pid, ids, text in rows:
        parts = [names[i] for i in (ids or "").split(",") if i in names]
        if text:
            parts.append(text)
        conn.execute(
            sa.text("UPDATE project SET co_organisers = :t WHERE id = :id"),
            {"t": ", ".join(parts)[:300] or None, "id": pid},
        )
    if conn.dialect.name == "sqlite":
        # SQLite's own DROP COLUMN (3.35+): a batch copy of the table would drop the search
        # index's triggers on project and renumber its rows.
        op.execute("ALTER TABLE project DROP COLUMN co_organiser_ids")
    else:
        op.drop_column("project", "co_organiser_ids")
