"""Bookkeeping tables of an offline replica (a laptop's SQLite copy of the shared database).

They are not syncable records: they describe the replica itself (see indie_desktop/sync/).
Values are kept in SQLite's storage form (uuid as 32 hex digits, times as UTC text) so
that they compare directly with the replica's own rows.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from indie_desktop.domain.base import Base


class SyncMeta(Base):
    """Server URL and login, pull cursor, hybrid clock, capture switch."""

    __tablename__ = "sync_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncChange(Base):
    """A record changed here and not yet handed to the outbox (written by triggers)."""

    __tablename__ = "sync_change"
    __table_args__ = (UniqueConstraint("tbl", "row_id", name="uq_sync_change_row"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(1))


class SyncBase(Base):
    """The server's row as this replica last saw it: the base of the three-way merge."""

    __tablename__ = "sync_base"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """An upload with a stable operation id: sent again unchanged until the server's receipt."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    mine: Mapped[str | None] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    stamp: Mapped[str] = mapped_column(String(40))


class SyncConflict(Base):
    """Both sides changed the same field (or one edited what the other deleted).

    `fields` is JSON {field: {"base": .., "mine": .., "theirs": ..}}; the server value stays
    in the record until a person decides, the local value is kept here.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    fields: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolution: Mapped[str | None] = mapped_column(String(20))
